// Every internal link and asset resolves, at the root and under a sub-path; nothing is loaded from
// another host.
import { describe, expect, inject, it } from 'vitest';
import { internalUrls, loadPages, page, resolveFile } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const subpathDir = inject('subpathDir');
const subpath = inject('subpath');

function brokenLinks(dir: string, base: string) {
  const pages = loadPages(dir);
  const ids = new Map(pages.map((p) => [p.path, new Set(p.dom.querySelectorAll('[id]').map((el) => el.id))]));
  const broken: string[] = [];
  for (const built of pages) {
    for (const url of internalUrls(built)) {
      if (!url.startsWith(base) && !url.startsWith(built.path)) {
        broken.push(`${built.path}: ${url} (buiten ${base})`);
        continue;
      }
      const sitePath = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
      if (!resolveFile(dir, sitePath)) {
        broken.push(`${built.path}: ${url}`);
        continue;
      }
      const [target = '', fragment] = sitePath.split('#');
      if (fragment && ids.has(target) && !ids.get(target)!.has(decodeURIComponent(fragment))) {
        broken.push(`${built.path}: ${url} (anker ontbreekt)`);
      }
    }
  }
  return { pages, broken };
}

describe('internal links', () => {
  it('all resolve, anchors included, on the site at the root', () => {
    const { pages, broken } = brokenLinks(siteDir, '/');
    expect(pages.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it(`all stay under ${subpath} and resolve when the site is built for a sub-path`, () => {
    const { broken } = brokenLinks(subpathDir, subpath);
    expect(broken).toEqual([]);
  });

  it('point the search form and the search bundle at the sub-path', () => {
    const { dom } = page(subpathDir, '/zoeken/');
    expect(dom.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`${subpath}zoeken/`);
    expect(dom.querySelector('[data-zoeken]')?.getAttribute('data-base')).toBe(subpath);
    expect(resolveFile(subpathDir, '/pagefind/pagefind.js')).toBeDefined();
  });
});

describe('trimmed URLs', () => {
  it('lead to a page: every parent path of a page is a page too', () => {
    // Missing parent path → the first page found under it.
    const missing = new Map<string, string>();
    for (const built of loadPages(siteDir)) {
      const parts = built.path.split('/').filter(Boolean);
      for (let depth = 1; depth < parts.length; depth++) {
        const parent = `/${parts.slice(0, depth).join('/')}/`;
        if (!missing.has(parent) && !resolveFile(siteDir, parent)) missing.set(parent, built.path);
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});

describe('privacy', () => {
  it('loads no script, style, font or image from another host', () => {
    for (const built of loadPages(siteDir)) {
      const external = built.dom
        .querySelectorAll('script[src], link[href], img[src], iframe, source[src]')
        .filter(
          (element) =>
            element.tagName === 'IFRAME' ||
            /^(https?:)?\/\//.test(element.getAttribute('src') ?? element.getAttribute('href') ?? ''),
        )
        .filter((element) => element.getAttribute('rel') !== 'canonical');
      expect(
        external.map((element) => element.outerHTML),
        built.path,
      ).toEqual([]);
    }
  });

  it('opens external links without passing on the reader or the page', () => {
    for (const built of loadPages(siteDir)) {
      for (const link of built.dom.querySelectorAll('a[href^="http"]')) {
        expect(link.getAttribute('rel'), `${built.path}: ${link.getAttribute('href')}`).toContain('noopener');
        expect(link.getAttribute('rel')).toContain('noreferrer');
      }
    }
  });
});
