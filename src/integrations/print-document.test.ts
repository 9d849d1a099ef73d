import { describe, expect, it } from 'vitest';
import { prefixIdsPerSection } from './print-document.ts';

describe('prefixIdsPerSection', () => {
  it('makes ids unique per chapter and keeps in-page links and ARIA references working', () => {
    const html = [
      '<section data-hoofdstuk="a"><h2 id="a">A</h2><h3 id="voorbeelden">V</h3>',
      '<a href="#user-content-fn-1" aria-describedby="footnote-label">1</a><h2 id="footnote-label">Voetnoten</h2>',
      '<p id="user-content-fn-1">Bron</p></section>',
      '<section data-hoofdstuk="b"><h3 id="voorbeelden">V</h3><a href="#voorbeelden">terug</a><a href="#elders">x</a></section>',
    ].join('');
    const out = prefixIdsPerSection(html);
    expect(out).toContain('<h2 id="a">A</h2>');
    expect(out).toContain('id="a--voorbeelden"');
    expect(out).toContain('href="#a--user-content-fn-1" aria-describedby="a--footnote-label"');
    expect(out).toContain('id="b--voorbeelden"');
    expect(out).toContain('href="#b--voorbeelden"');
    expect(out).toContain('href="#elders"');
  });
});
