// The Pagefind index is built with the site, in Dutch, over the main content only.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_TYPES } from '../../src/lib/labels.ts';
import { parse } from 'node-html-parser';
import { searchIndex, withSearchWords } from '../../src/integrations/search-index.ts';
import * as pagefind from 'pagefind';
import { searchablePage } from '../../src/lib/search/page-for-index.ts';
import { SEARCH_LANGUAGE } from '../../src/lib/search/bundle.ts';
import { createTermExpander } from '../../src/lib/search/term-expansion.ts';
import { readVocabulary } from '../../src/lib/search/vocabulary.ts';
import { loadPages } from '../helpers/built-site.ts';
import { ROOT } from '../setup/build-site.ts';

const siteDir = inject('siteDir');

describe('search index', () => {
  it('is written under /pagefind/ in Dutch', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const searchable = loadPages(siteDir).filter((built) => built.dom.querySelector('[data-pagefind-body]'));
    expect(searchable.length).toBeGreaterThan(90);
    expect(entry.languages.nl!.page_count).toBe(searchable.length);
    expect(existsSync(join(siteDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('indexes the article, not the header, menu, footer or backlink lists', () => {
    for (const built of loadPages(siteDir)) {
      for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.entry__links', '.toc']) {
        const element = built.dom.querySelector(selector);
        if (!element) continue;
        expect(element.closest('[data-pagefind-body]'), `${built.path} ${selector}`).toBeNull();
      }
    }
  });

  it('files every page under exactly one known type, so the type filter can order them all', () => {
    for (const built of loadPages(siteDir).filter((p) => p.dom.querySelector('[data-pagefind-body]'))) {
      const types = built.dom
        .querySelectorAll('[data-pagefind-filter^="type:"]')
        .map((element) => element.getAttribute('data-pagefind-filter')!.slice('type:'.length));
      expect(types, built.path).toHaveLength(1);
      expect(SEARCH_TYPES, built.path).toContain(types[0]);
    }
  });

  it('keeps the 404 page out of the index', () => {
    const notFound = loadPages(siteDir).find((built) => built.path === '/404.html');
    expect(notFound?.dom.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe('sitemap', () => {
  it('lists the pages under the configured site URL', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://handreiking-kindermishandeling.example/tips/formeer-duos/</loc>');
    expect(sitemap).not.toContain('404');
  });
});

describe('what Pagefind is given of a page (searchablePage)', () => {
  it('makes the same index, byte for byte, as the whole pages would', async () => {
    // The test site's index came from the reduced pages; this one is made from the whole pages.
    const whole = mkdtempSync(join(tmpdir(), 'zoekindex-heel-'));
    try {
      const expand = createTermExpander(readVocabulary(join(ROOT, 'content')));
      const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      const pages = loadPages(siteDir)
        .filter((built) => built.html.includes('data-pagefind-body'))
        .sort((a, b) => (a.file < b.file ? -1 : 1));
      for (const built of pages) {
        const text = built.dom
          .querySelectorAll('[data-pagefind-body]')
          .map((element) => element.text)
          .join(' ');
        await index!.addHTMLFile({
          sourcePath: relative(siteDir, built.file).split('\\').join('/'),
          content: withSearchWords(built.html, expand(text)),
        });
      }
      await index!.writeFiles({ outputPath: whole });
      await pagefind.close();
      const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
      expect(files(join(siteDir, 'pagefind'))).toEqual(files(whole));
      for (const file of files(whole).filter((name) => /\.pf_/.test(name)))
        expect(readFileSync(join(siteDir, 'pagefind', file)).equals(readFileSync(join(whole, file))), file).toBe(true);
    } finally {
      rmSync(whole, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps every searchable text and every filter, meta and sort attribute of a page', () => {
    for (const built of loadPages(siteDir)) {
      const given = parse(searchablePage(built.html).html);
      const attributes = (dom: typeof given) =>
        dom
          .querySelectorAll('[data-pagefind-filter],[data-pagefind-meta],[data-pagefind-sort]')
          .map((element) => element.rawAttrs)
          .sort();
      expect(attributes(given), built.path).toEqual(attributes(built.dom));
      const bodies = (dom: typeof given) => dom.querySelectorAll('[data-pagefind-body]').map((element) => element.text);
      expect(bodies(given), built.path).toEqual(bodies(built.dom));
      expect(given.querySelector('title')?.text, built.path).toBe(built.dom.querySelector('title')?.text);
    }
  });
});

describe('the same site', () => {
  it('gets the same index each time, so readers who took it offline download nothing new', async () => {
    // The index of the built test site, made twice more from a copy of its pages.
    const copy = mkdtempSync(join(tmpdir(), 'zoekindex-'));
    try {
      cpSync(siteDir, copy, { recursive: true });
      const indexFiles = async () => {
        rmSync(join(copy, 'pagefind'), { recursive: true, force: true });
        const hook = searchIndex({ contentDir: join(ROOT, 'content') }).hooks[
          'astro:build:done'
        ] as unknown as (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;
        await hook({ dir: pathToFileURL(`${copy}/`), logger: { info: () => {} } });
        return readdirSync(join(copy, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();
      };
      const first = await indexFiles();
      expect(first.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
      expect(await indexFiles()).toEqual(first);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
