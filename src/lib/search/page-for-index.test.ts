import { describe, expect, it } from 'vitest';
import { pageForIndex, searchablePage } from './page-for-index.ts';

const page = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Formeer duo's</title>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-abc='"></head>
<body><header class="site-header" data-astro-cid-x><nav><a href="/">Handreiking</a></nav></header>
<script type="module">document.querySelector('.menu-button')</script>
<main><header class="entry__header" data-pagefind-body><h1 data-pagefind-meta="title">Formeer duo's</h1></header>
<div class="entry__body" data-pagefind-body><p>Werk samen in duo's.</p><script>console.log('in de tekst')</script></div></main>
<footer class="site-footer"><p>Offline lezen</p><script type="module">navigator.serviceWorker</script></footer>
</body></html>`;

describe('pageForIndex', () => {
  const trimmed = pageForIndex(page);

  it('keeps the title, and every searchable element with its text and attributes', () => {
    expect(trimmed).toContain("<title>Formeer duo's</title>");
    expect(trimmed).toContain('<header class="entry__header" data-pagefind-body><h1 data-pagefind-meta="title">');
    expect(trimmed).toContain('<div class="entry__body" data-pagefind-body><p>Werk samen in duo\'s.</p></div>');
  });

  it('leaves out the scripts, the site header and footer and the policy', () => {
    for (const gone of ['<script', 'site-header', 'Offline lezen', 'content-security-policy', 'menu-button'])
      expect(trimmed).not.toContain(gone);
  });
});

describe('searchablePage', () => {
  const given = searchablePage(page);

  it('gives Pagefind the language, the title and the searchable elements, with their text', () => {
    expect(given.html).toMatch(/^<!DOCTYPE html><html lang="nl"><head><title>Formeer duo's<\/title><\/head><body>/);
    expect(given.html).toContain('<header class="entry__header" data-pagefind-body><h1 data-pagefind-meta="title">');
    expect(given.text).toBe("Formeer duo's Werk samen in duo's.");
    expect(given.html).not.toContain('<main>');
  });

  it('keeps a filter or meta element outside the searchable text, whole, in the order of the page', () => {
    const html = searchablePage(
      `<html><head><title>T</title></head><body><nav>Menu</nav><span data-pagefind-filter="type:Tip">Tip</span>` +
        `<div data-pagefind-body><p>Tekst</p></div><p data-pagefind-meta="auteur">Jan</p></body></html>`,
    ).html;
    expect(html).toBe(
      '<!DOCTYPE html><html><head><title>T</title></head><body><span data-pagefind-filter="type:Tip">Tip</span>' +
        '<div data-pagefind-body><p>Tekst</p></div><p data-pagefind-meta="auteur">Jan</p></body></html>',
    );
  });

  it('gives a searchable element inside another, or inside a filter element, only once', () => {
    const html = searchablePage(
      `<html><body><section data-pagefind-filter="thema:x"><div data-pagefind-body>A<div data-pagefind-body>B</div></div></section></body></html>`,
    ).html;
    expect(html.match(/>B</g)).toHaveLength(1);
    expect(html).toContain('<section data-pagefind-filter="thema:x"><div data-pagefind-body>A');
  });
});
