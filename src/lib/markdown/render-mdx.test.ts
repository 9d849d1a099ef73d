import { describe, expect, it } from 'vitest';
import { parseMdx } from '../content-check/mdx-scan.ts';
import { expandEmbeds } from './embed-boxes.ts';
import { renderMdx, type RenderOptions } from './render-mdx.ts';
import { shiftHeadings } from './shift-headings.ts';

const CHAPTER: RenderOptions = {
  base: '/',
  glossary: [{ id: 'vir', term: 'Verwijsindex risicojongeren', afkorting: 'VIR' }],
  components: ['Tip', 'Praktijk', 'Info'],
};
const render = (body: string, options: Partial<RenderOptions> = {}) =>
  renderMdx(parseMdx(body), { ...CHAPTER, ...options });

describe('renderMdx', () => {
  it('renders Markdown with heading ids, typographic quotes and tables in a scroll container', () => {
    const { html, headings } = render("## Wat werkt?\n\nHet 'plan' -- kort.\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n");
    expect(html).toContain('<h2 id="wat-werkt">Wat werkt?</h2>');
    expect(html).toContain('Het ‘plan’ — kort.');
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel, scroll opzij voor meer"><table>',
    );
    expect(html).toContain('<th class="align-left">a</th>');
    expect(headings).toEqual([{ depth: 2, slug: 'wat-werkt', text: 'Wat werkt?' }]);
  });

  it('draws <Info> as a box and leaves a placeholder for embedded tips and examples', () => {
    const { html } = render(
      '<Info titel="Let op">\n\nTekst in het kader.\n\n</Info>\n\n<Tip id="formeer-duos" />\n\n<Praktijk id=\'zorgmail\' />',
    );
    expect(html).toMatch(/<aside class="kader kader--info" aria-label="Achtergrond: Let op">/);
    expect(html).toContain('<p class="kader__titel">Let op</p>');
    expect(html).toContain('<div class="kader__inhoud">\n<p>Tekst in het kader.</p>\n</div></aside>');
    expect(html).toContain('<handreiking-kader data-collection="tips" data-id="formeer-duos"></handreiking-kader>');
    expect(html).toContain(
      '<handreiking-kader data-collection="praktijkvoorbeelden" data-id="zorgmail"></handreiking-kader>',
    );
  });

  it('puts the base path before site links and images, and marks external links', () => {
    const { html } = render(
      '[Tip](/tips/a/) [NJi](https://www.nji.nl/)\n\n![Loket in het stadhuis](/afbeeldingen/loket.jpg)',
      {
        base: '/handreiking/',
      },
    );
    expect(html).toContain('<a href="/handreiking/tips/a/">Tip</a>');
    expect(html).toContain('<a href="https://www.nji.nl/" rel="noopener noreferrer" class="link-extern">NJi</a>');
    expect(html).toContain(
      '<img src="/handreiking/afbeeldingen/loket.jpg" alt="Loket in het stadhuis" loading="lazy" decoding="async">',
    );
  });

  it('explains an abbreviation on its first use only, never in a heading', () => {
    const { html } = render('## De VIR\n\nDe VIR is handig. De VIR werkt.');
    expect(html).toContain('<h2 id="de-vir">De VIR</h2>');
    expect(html.match(/<abbr/g)).toHaveLength(1);
    expect(html).toContain(
      '<a href="/begrippen/#vir" class="begrip"><abbr title="Verwijsindex risicojongeren">VIR</abbr></a> is handig',
    );
  });

  it('writes footnotes with a Dutch label and back link', () => {
    const { html } = render('Tekst.[^1]\n\n[^1]: Bron.');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Voetnoten</h2>');
    expect(html).toContain('aria-label="Terug naar de tekst"');
  });

  it.each([
    ['an import', "import x from './x.mjs'\n\nTekst."],
    ['an expression', 'Som: {1 + 1}'],
    ['an unknown component', '<Video src="x" />'],
    ['a script element', '<script>alert(1)</script>'],
    ['a component with code in an attribute', '<Info titel={x}>\n\nA\n\n</Info>'],
    ['a box that is not allowed in this collection', '<Tip id="a" />'],
    ['a relative image, which Astro would import as code', '![Logo](./.logo.mjs)'],
    ['an image from another host', '![x](https://example.org/x.png)'],
    ['a reference-style image from another host', '![x][p]\n\n[p]: //example.org/p.gif'],
    ['an image without alt text', '![](/afbeeldingen/a.png)'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a reference-style data: link', '[x][d]\n\n[d]: data:text/html,<script>alert(1)</script>'],
    ['a relative link', '[x](../tips/a/)'],
  ])('refuses %s, whatever the content check said', (_name, body) => {
    expect(() => render(body, { components: ['Info'] })).toThrow(/Niet toegestaan/);
  });
});

describe('expandEmbeds', () => {
  it('draws the embedded entry in its box, escaping the title', () => {
    const html = expandEmbeds(
      '<p>A</p><handreiking-kader data-collection="tips" data-id="x"></handreiking-kader>',
      () => ({
        kind: 'tip',
        title: "Duo's & <meer>",
        html: '<p>Tekst</p>',
        href: '/tips/x/',
      }),
    );
    expect(html).toContain('<aside class="kader kader--tip" aria-label="Tip: Duo&#x27;s &amp; <meer>">');
    expect(html).toContain('<p class="kader__titel">Duo\'s &amp; &lt;meer></p>');
    expect(html).toContain('<div class="kader__inhoud"><p>Tekst</p></div>');
    expect(html).toContain(
      '<a href="/tips/x/">Meer over deze tip<span class="visually-hidden">: Duo\'s &amp; &lt;meer></span></a>',
    );
  });

  it('shows the embedded text with its headings as bold lines without ids', () => {
    const { html } = render('## Aanpak\n\nTekst.', { components: [] });
    const box = expandEmbeds(
      '<handreiking-kader data-collection="praktijkvoorbeelden" data-id="x"></handreiking-kader>',
      () => ({
        kind: 'praktijk',
        title: 'X',
        html,
        href: '/praktijkvoorbeelden/x/',
        meta: 'Zwolle, Overijssel',
      }),
    );
    expect(box).toContain(
      '<div class="kader__inhoud"><p class="meta">Zwolle, Overijssel</p><p class="kader__tussenkop">Aanpak</p>\n<p>Tekst.</p></div>',
    );
    expect(box).not.toContain('id="aanpak"');
  });

  it('stops when an embedded entry does not exist', () => {
    expect(() =>
      expandEmbeds('<handreiking-kader data-collection="tips" data-id="weg"></handreiking-kader>', () => undefined),
    ).toThrow(/tips\/weg/);
  });

  it('leaves text that only looks like a placeholder alone, since the renderer escapes it', () => {
    const { html } = render('&lt;handreiking-kader data-collection="tips" data-id="x">&lt;/handreiking-kader>', {
      components: [],
    });
    expect(expandEmbeds(html, () => undefined)).toBe(html);
  });
});

describe('shiftHeadings', () => {
  it('moves every heading one level down, keeping ids', () => {
    expect(shiftHeadings('<h2 id="a">A</h2><h5>B</h5><h6>C</h6>')).toBe('<h3 id="a">A</h3><h6>B</h6><h6>C</h6>');
  });
});

describe('heading ids', () => {
  it('never take an id the page layout uses, such as the skip link target #inhoud', () => {
    const { html, headings } = render('## Inhoud\n\nTekst.\n\n## Aanpak');
    expect(html).toContain('<h2 id="inhoud-kop">Inhoud</h2>');
    expect(headings.map((heading) => heading.slug)).toEqual(['inhoud-kop', 'aanpak']);
  });
});
