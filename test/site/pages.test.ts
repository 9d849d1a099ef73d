// What a reader gets: every page type renders with its frame, and the cross-links are there.
import { describe, expect, inject, it } from 'vitest';
import { loadPages, page } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');

describe('every page type', () => {
  const paths = [
    '/',
    '/hoofdstukken/',
    '/hoofdstukken/preventie/',
    '/tips/',
    '/tips/formeer-duos/',
    '/praktijkvoorbeelden/',
    '/praktijkvoorbeelden/zorgmail-rijswijk/',
    '/wetgeving/',
    '/wetgeving/jeugdwet-2-1/',
    '/themas/',
    '/themas/samenwerking/',
    '/begrippen/',
    '/bronnen/',
    '/risicofactoren/',
    '/preventieve-acties/',
    '/zoeken/',
    '/volledig/',
    '/toegankelijkheid/',
    '/404.html',
  ];

  it.each(paths)('%s renders in Dutch with one h1, a title, a description and the skip link', (path) => {
    const { dom } = page(siteDir, path);
    expect(dom.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(dom.querySelectorAll('h1')).toHaveLength(1);
    expect(dom.querySelector('title')?.text.trim()).toBeTruthy();
    expect(dom.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(10);
    expect(dom.querySelector('a.skip-link')?.getAttribute('href')).toBe('#inhoud');
    expect(dom.querySelector('main#inhoud')).not.toBeNull();
    expect(dom.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/zoeken/');
  });

  it('gives every page a canonical URL and OpenGraph tags on the configured site', () => {
    for (const built of loadPages(siteDir).filter((p) => p.path !== '/404.html')) {
      const canonical = built.dom.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, built.path).toBe(`https://handreiking-kindermishandeling.example${built.path}`);
      expect(built.dom.querySelector('meta[property="og:title"]'), built.path).not.toBeNull();
    }
  });
});

describe('chapters', () => {
  it('embed tip and practice-example boxes that link to their own pages', () => {
    const { dom } = page(siteDir, '/hoofdstukken/introductie/');
    const tip = dom.querySelectorAll('aside.kader--tip').find((box) => box.text.includes('Formeer duo'));
    expect(tip?.querySelector('a[href="/tips/formeer-duos/"]')).toBeTruthy();
    const example = dom.querySelectorAll('aside.kader--praktijk').find((box) => box.text.includes('Rijswijk'));
    expect(example?.querySelector('a[href="/praktijkvoorbeelden/zorgmail-rijswijk/"]')).toBeTruthy();
  });

  it('have breadcrumbs and previous/next in reading order', () => {
    const { dom } = page(siteDir, '/hoofdstukken/preventie/');
    expect(dom.querySelectorAll('nav.breadcrumbs a').map((link) => link.getAttribute('href'))).toEqual([
      '/',
      '/hoofdstukken/',
    ]);
    expect(dom.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/hoofdstukken/introductie/');
    expect(dom.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/hoofdstukken/inkoop-en-subsidies/');
  });

  it('are all listed on /hoofdstukken/, in reading order', () => {
    const chapterPages = loadPages(siteDir).filter((built) => /^\/hoofdstukken\/[^/]+\/$/.test(built.path));
    const links = page(siteDir, '/hoofdstukken/')
      .dom.querySelectorAll('main ol a')
      .map((link) => link.getAttribute('href'));
    expect(links).toHaveLength(chapterPages.length);
    const sample = ['/hoofdstukken/introductie/', '/hoofdstukken/preventie/', '/hoofdstukken/inkoop-en-subsidies/'];
    expect(links.filter((link) => sample.includes(link!))).toEqual(sample);
  });

  it('show "Op deze pagina" with links to the sections of a long chapter', () => {
    const { dom } = page(siteDir, '/hoofdstukken/introductie/');
    const links = dom.querySelectorAll('nav.toc a');
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      expect(dom.getElementById(id), id).not.toBeNull();
    }
  });

  it('render footnotes with their back-references', () => {
    const { dom } = page(siteDir, '/hoofdstukken/introductie/');
    expect(dom.querySelector('section.footnotes')).not.toBeNull();
    expect(dom.querySelectorAll('[data-footnote-ref]').length).toBeGreaterThan(0);
  });
});

describe('computed backlinks', () => {
  it('a tip lists the chapters that cite it and its themes', () => {
    const { dom } = page(siteDir, '/tips/formeer-duos/');
    const citedBy = dom
      .querySelectorAll('.link-list')
      .find((section) => section.querySelector('h2')?.text === 'Genoemd in');
    expect(citedBy?.querySelector('a[href="/hoofdstukken/introductie/"]')).toBeTruthy();
    expect(dom.querySelector('.theme-tags a[href="/themas/samenwerking/"]')).not.toBeNull();
  });

  it('a tip says when it was last changed, as one sentence without stray spaces', () => {
    const { dom } = page(siteDir, '/tips/formeer-duos/');
    const updated = dom.querySelector('.entry__history .entry__updated');
    expect(updated?.text.trim()).toMatch(/^Laatst bijgewerkt op \d{1,2} [a-z]+ \d{4}\.$/);
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('a law article lists the pages that link to it', () => {
    const { dom } = page(siteDir, '/wetgeving/jeugdwet-1-1/');
    const citedBy = dom
      .querySelectorAll('.link-list')
      .find((section) => section.querySelector('h2')?.text === 'Genoemd in');
    expect(citedBy?.querySelectorAll('a').length).toBeGreaterThan(0);
  });

  it('a theme hub lists the chapters, tips, examples and articles of that theme', () => {
    const { dom } = page(siteDir, '/themas/samenwerking/');
    const headings = dom.querySelectorAll('.link-list h2').map((heading) => heading.text);
    expect(headings).toEqual(expect.arrayContaining(['Tips', 'Praktijkvoorbeelden']));
    expect(dom.querySelector('a[href="/tips/formeer-duos/"]')).not.toBeNull();
  });
});
