// Search in a real browser: from the header by keyboard, opening the search page with a query,
// filters and browsing, highlighting, the sub-path, and the search-quality set
// (test/fixtures/zoekvragen.yaml) against the real index with the page's own ranking.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { RANKING } from '../../src/components/search/pagefind-client.ts';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(inject('siteDir'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}
const status = (page: Page) => page.locator('.zoeken__status');
const resultCount = async (page: Page) => Number((await status(page).textContent())?.match(/^(\d+)/)?.[1] ?? 0);

describe('search from the header', () => {
  it('works by keyboard only, and the page it opens highlights the search words', async () => {
    const page = await open('/hoofdstukken/preventie/');
    await page.keyboard.press('/');
    await page.keyboard.type('verwijsindex');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=verwijsindex/);
    await page.locator('.zoekresultaat').first().waitFor();
    // ↓ from the search field goes to the first result; Enter opens it.
    await page.locator('#zoekterm').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('zoekresultaat__link');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/zoeken/'));
    expect(new URL(page.url()).searchParams.get('markeer')).toBe('verwijsindex');
    await page.locator('main mark').first().waitFor();
    expect((await page.locator('main mark').first().textContent())?.toLowerCase()).toContain('verwijsindex');
    await page.close();
  });

  it('opens with Ctrl+K too', async () => {
    const page = await open('/tips/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.close();
  });

  it('returns from the results to the field with ↑ and clears it with Escape', async () => {
    const page = await open('/zoeken/?q=meldcode');
    await page.locator('.zoekresultaat').first().waitFor();
    await page.locator('#zoekterm').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#zoekterm')).toBe('');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('q'));
    await page.close();
  });
});

describe('opening the search page with a query', () => {
  it('shows the results first, then the filters with counts for this search', async () => {
    // A fresh context: nothing of the search bundle is in the cache yet, as on a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/zoeken/?q=meldcode`);
    const first = page.locator('.zoekresultaat__link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/hoofdstukken\/meldcode-kindcheck-verwijsindex\//);
    expect(await page.inputValue('#zoekterm')).toBe('meldcode');
    await page.waitForFunction(() =>
      /^\d+ resultaten voor "meldcode"\.$/.test(document.querySelector('.zoeken__status')?.textContent ?? ''),
    );
    const count = await resultCount(page);
    // Every page has exactly one type, so the type counts of this search add up to its results;
    // the counts of the whole site would add up to far more.
    await page.waitForFunction((total) => {
      const counts = [...document.querySelectorAll('input[name="type"] + label .zoekfilter__aantal')].map((label) =>
        Number(label.textContent?.replace(/\D/g, '')),
      );
      return counts.length > 0 && counts.reduce((sum, value) => sum + value, 0) === total;
    }, count);
    await context.close();
  });

  it.each([
    ['at the root', '/'],
    ['under a sub-path', 'subpath'],
  ])("fetches Pagefind's script with the page %s, once", async (_name, where) => {
    const base = where === 'subpath' ? inject('subpath') : '/';
    const site = await serveSite(where === 'subpath' ? inject('subpathDir') : inject('siteDir'), base);
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.origin}${base}zoeken/?q=verwijsindex`);
    await page.locator('.zoekresultaat').first().waitFor();
    const preloads = await page.$$eval('link[rel="modulepreload"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloads).toEqual([`${base}pagefind/pagefind.js`]);
    // The page's import() used the preloaded script: one request, not a second download.
    expect(requests.filter((request) => request === preloads[0])).toHaveLength(1);
    expect(failed).toEqual([]);
    await context.close();
    await site.close();
  });
});

describe('filters', () => {
  it('narrow the results by keyboard and keep the choice in the URL', async () => {
    const page = await open('/zoeken/?q=gemeente');
    await page.locator('.zoekresultaat').first().waitFor();
    const before = await resultCount(page);
    expect(before).toBeGreaterThan(10);
    await page.locator('input[name="type"][value="Tip"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/type=Tip/);
    await page.waitForFunction((previous) => {
      const text = document.querySelector('.zoeken__status')?.textContent ?? '';
      return Number(text.match(/^(\d+)/)?.[1] ?? previous) < previous;
    }, before);
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const types = await page.locator('.zoekresultaat .kicker').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Tip']));
    await page.close();
  });

  it('list everything that matches when only a filter is chosen', async () => {
    const page = await open('/zoeken/?provincie=Overijssel');
    await page.locator('.zoekresultaat').first().waitFor();
    const examples = readFileSync(resolve(inject('siteDir'), 'praktijkvoorbeelden/index.html'), 'utf8');
    const inOverijssel = (examples.match(/, Overijssel</g) ?? []).length;
    expect(inOverijssel).toBeGreaterThan(5);
    expect(await resultCount(page)).toBe(inOverijssel);
    expect(await status(page).textContent()).toContain('met de gekozen filters');
    await page.close();
  });
});

describe('search under a sub-path', () => {
  it('finds and links pages under the sub-path', async () => {
    const subpath = inject('subpath');
    const subServer = await serveSite(inject('subpathDir'), subpath);
    const page = await browser.newPage();
    await page.goto(`${subServer.origin}${subpath}tips/`);
    await page.locator('#site-search-q').fill('zorgmail');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${subpath}zoeken/\\?q=zorgmail`));
    const first = page.locator('.zoekresultaat__link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${subpath}praktijkvoorbeelden/zorgmail-rijswijk/`));
    await page.close();
    await subServer.close();
  });
});

describe('search quality', () => {
  const queries = parse(readFileSync(resolve(import.meta.dirname, '../fixtures/zoekvragen.yaml'), 'utf8')) as {
    vraag: string;
    verwacht: string | string[];
    /** The expected page must be at this place or higher; 3 unless given. */
    positie?: number;
  }[];
  const expected = (verwacht: string | string[]) => (Array.isArray(verwacht) ? verwacht : [verwacht]);

  it(`has at least 44 queries, each asked once`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(44);
    expect(new Set(queries.map(({ vraag }) => vraag.toLowerCase())).size).toBe(queries.length);
  });

  it('finds the expected page in the top 3 for every query, through Pagefind in the browser', async () => {
    const page = await open('/tips/');
    // A string, so the test runner does not rewrite the browser's own import().
    const top3 = (await page.evaluate(`(async ({ list, ranking }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/', ranking });
      await pagefind.init();
      const out = {};
      for (const { vraag } of list) {
        const search = await pagefind.search(vraag);
        const data = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
        out[vraag] = data.map((item) => item.url.split('?')[0]);
      }
      return out;
    })(${JSON.stringify({ list: queries, ranking: RANKING })})`)) as Record<string, string[]>;
    const misses = queries
      .filter(
        ({ vraag, verwacht, positie = 3 }) =>
          !expected(verwacht).some((url) => top3[vraag]?.slice(0, positie).includes(url)),
      )
      .map(
        ({ vraag, verwacht, positie = 3 }) =>
          `${vraag} → verwacht ${verwacht} in de top ${positie}, kreeg ${top3[vraag]?.join(', ') || 'niets'}`,
      );
    expect(misses).toEqual([]);
    await page.close();
  });

  it('links a glossary term straight to its explanation', async () => {
    const page = await open('/zoeken/?q=handelingsverlegenheid');
    const section = page.locator('.zoekresultaat__secties a', { hasText: 'Handelingsverlegenheid' });
    await section.waitFor();
    expect(await section.getAttribute('href')).toMatch(
      /^\/begrippen\/\?markeer=handelingsverlegenheid#handelingsverlegenheid$/,
    );
    await page.close();
  });
});

describe('Dutch compounds and abbreviations', () => {
  async function searchUrls(page: Page, query: string): Promise<string[]> {
    return (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const search = await pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(search.results.map((result) => result.data()));
      return data.map((item) => item.url.split('?')[0]);
    })()`)) as string[];
  }
  const visibleText = (path: string) =>
    readFileSync(resolve(inject('siteDir'), `.${path}index.html`), 'utf8').replace(/<[^>]+>/g, ' ');

  it('finds pages that only say "kindermishandeling" when searching "mishandeling"', async () => {
    const page = await open('/zoeken/');
    const urls = await searchUrls(page, 'mishandeling');
    const onlyCompound = urls.filter((url) => !/(?<![\p{L}])mishandeling/iu.test(visibleText(url)));
    expect(onlyCompound.length).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the spelled-out term with the abbreviation and the reverse', async () => {
    const page = await open('/zoeken/');
    const byAbbreviation = await searchUrls(page, 'VIR');
    expect(
      byAbbreviation.some((url) => !/\bVIR\b/.test(visibleText(url)) && /verwijsindex/i.test(visibleText(url))),
    ).toBe(true);
    const bySpelledOut = await searchUrls(page, 'Advies- en Meldpunt Huiselijk geweld en Kindermishandeling');
    expect(bySpelledOut.length).toBeGreaterThan(0);
    await page.close();
  });
});
