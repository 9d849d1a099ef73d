import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from './rehype-glossary.ts';

const terms = [
  { id: 'vir', afkorting: 'VIR', term: 'Verwijsindex risicojongeren' },
  { id: 'om', afkorting: 'OM', term: 'Openbaar Ministerie' },
  { id: 'mda-plus-plus', afkorting: 'MDA++', term: 'Multidisciplinaire aanpak' },
];

function run(children: Root['children'], base = '/') {
  const tree: Root = { type: 'root', children };
  rehypeGlossary({ terms, base })(tree);
  return toHtml(tree);
}
const p = (text: string) => ({
  type: 'element' as const,
  tagName: 'p',
  properties: {},
  children: [{ type: 'text' as const, value: text }],
});

describe('rehypeGlossary', () => {
  it('explains the first use of an abbreviation with a link to the glossary', () => {
    expect(run([p('De VIR helpt. De VIR is digitaal.')])).toBe(
      '<p>De <a href="/begrippen/#vir" class="begrip"><abbr title="Verwijsindex risicojongeren">VIR</abbr></a> helpt. De VIR is digitaal.</p>',
    );
  });

  it('matches whole words in the right case only', () => {
    expect(run([p('Kom om drie uur; VIRTUEEL; het OMroepbericht.')])).not.toContain('<abbr');
  });

  it('handles abbreviations with signs and the base path', () => {
    expect(run([p('De MDA++ werkt met het OM.')], '/handreiking/')).toContain(
      'href="/handreiking/begrippen/#mda-plus-plus"',
    );
  });

  it('leaves headings and existing links alone', () => {
    const html = run([
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'De VIR' }] },
      p('Gebruik de VIR.'),
    ]);
    expect(html).toContain('<h2>De VIR</h2>');
    expect(html).toContain('<abbr title="Verwijsindex risicojongeren">VIR</abbr>');
  });
});
