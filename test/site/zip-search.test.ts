// Search in the download, opened from disk (file://) in Chromium, on a phone and on a desktop: a
// compound part, an abbreviation and a filter, each found as online, and a result opens its page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

let browser: Browser;
let server: StaticServer;
let folder: string;
let subpathFolder: string;

/** Unpacks a build's download into a new temporary folder. */
function unzipDownload(siteDir: string): string {
  const target = mkdtempSync(join(tmpdir(), 'handreiking-zip-zoeken-'));
  const files = unzipSync(readFileSync(join(siteDir, 'handreiking-offline.zip')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(target, name)), { recursive: true });
    writeFileSync(join(target, name), content);
  }
  return target;
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(inject('siteDir'));
  folder = unzipDownload(inject('siteDir'));
  subpathFolder = unzipDownload(inject('subpathDir'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const target of [folder, subpathFolder]) if (target) rmSync(target, { recursive: true, force: true });
});

let current = () => folder;
const site = () => pathToFileURL(join(current(), 'handreiking/')).href;

/** The search page from disk; collects script errors, failed loads and anything that leaves the disk. */
async function openFromDisk(width: number, query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // Failed loads (a file missing from the download, a refused module or fetch) show up as console
  // errors. Pagefind's highlighter adding its own <style> is refused by the CSP online too.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Applying inline style violates'))
      problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
      problems.push(`request to ${request.url()}`);
  });
  await page.goto(`${site()}zoeken/index.html?q=${encodeURIComponent(query)}`);
  await results(page);
  return { page, problems };
}

/** Waits until a search's first page of results (up to ten) is shown: they appear one by one. */
async function allShown(page: Page) {
  await page.waitForFunction(() => {
    const count = Number(document.querySelector('.zoeken__status')?.textContent?.match(/^(\d+) resulta/)?.[1]);
    return count > 0 && document.querySelectorAll('.zoekresultaat').length === Math.min(count, 10);
  });
}

/** Waits until the results are on the page, and gives their pages as paths from the site root. */
async function results(page: Page): Promise<string[]> {
  await allShown(page);
  const hrefs = await page
    .locator('a.zoekresultaat__link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => {
    expect(href.startsWith(site()), href).toBe(true);
    return `/${href
      .slice(site().length)
      .split('?')[0]!
      .replace(/index\.html$/, '')}`;
  });
}

/** The same search online (over http), as paths from the site root, in Pagefind's order. */
async function online(query: string, filter?: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/zoeken/?q=${encodeURIComponent(query)}${filter ? `&${filter}` : ''}`);
  await allShown(page);
  const paths = await page
    .locator('a.zoekresultaat__link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await page.close();
  return paths;
}

const visibleText = (path: string) =>
  readFileSync(join(current(), `handreiking${path}index.html`), 'utf8').replace(/<[^>]+>/g, ' ');

/** Opens the result for `path` and checks the page that opens: from disk, its title, the words marked. */
async function openResult(page: Page, path: string, marked?: RegExp) {
  const link = page.locator(`a.zoekresultaat__link[href^="${site()}${path.slice(1)}index.html"]`);
  const title = await link.locator('.zoekresultaat__titel').textContent();
  await link.click();
  await page.waitForURL((url) => url.pathname.endsWith(`${path}index.html`));
  expect(page.url().startsWith('file:')).toBe(true);
  expect(await page.locator('h1').textContent()).toBe(title);
  if (!marked) return;
  await page.locator('main mark').first().waitFor();
  expect(await page.locator('main mark').first().textContent()).toMatch(marked);
}

for (const [device, width] of [
  ['phone', 390],
  ['desktop', 1280],
] as const) {
  describe(`search from disk (file://), ${device}`, () => {
    it('finds pages by part of a compound word, as online', async () => {
      const { page, problems } = await openFromDisk(width, 'scheiding');
      const found = await results(page);
      // Pages that only say "vechtscheiding": the Dutch index splits the compound.
      const onlyCompound = found.filter(
        (path) => !/(?<!\p{L})scheiding/iu.test(visibleText(path)) && /\p{L}scheiding/iu.test(visibleText(path)),
      );
      expect(onlyCompound.length).toBeGreaterThan(0);
      expect(found).toEqual((await online('scheiding')).slice(0, found.length));
      await openResult(page, onlyCompound[0]!);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('finds the spelled-out term by its abbreviation, and opens it', async () => {
      const { page, problems } = await openFromDisk(width, 'VIR');
      const found = await results(page);
      expect(found.slice(0, 3)).toContain('/wetgeving/jeugdwet-verwijsindex/');
      expect(found).toEqual((await online('VIR')).slice(0, found.length));
      await openResult(page, '/wetgeving/jeugdwet-verwijsindex/', /VIR|verwijsindex/i);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('narrows the results with a filter, keeps it in the address, and opens a result', async () => {
      const { page, problems } = await openFromDisk(width, 'gemeente');
      const before = Number((await page.locator('.zoeken__status').textContent())?.match(/^\d+/)?.[0]);
      const tip = page.locator('input[name="type"][value="Tip"]');
      await tip.waitFor({ state: 'attached' }); // the filters come after the first results
      // On a phone the filters start closed.
      if (!(await tip.isVisible())) await page.locator('.zoekfilter summary', { hasText: 'Soort pagina' }).click();
      await tip.check();
      await page.waitForURL(/type=Tip/);
      await page.waitForFunction(
        (count) => Number(document.querySelector('.zoeken__status')?.textContent?.match(/^\d+/)?.[0]) < count,
        before,
      );
      const found = await results(page);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((path) => path.startsWith('/tips/'))).toBe(true);
      expect(await page.locator('.zoekresultaat .kicker').allTextContents()).toEqual(found.map(() => 'Tip'));
      expect(found).toEqual((await online('gemeente', 'type=Tip')).slice(0, found.length));
      await openResult(page, found[0]!, /gemeente/i);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}

describe('search from disk, in the download of a site under a sub-path (/handreiking/)', () => {
  it('finds and opens a page', async () => {
    current = () => subpathFolder;
    try {
      const { page, problems } = await openFromDisk(1280, 'verwijsindex');
      expect((await results(page)).slice(0, 3)).toContain('/wetgeving/jeugdwet-verwijsindex/');
      await openResult(page, '/wetgeving/jeugdwet-verwijsindex/', /verwijsindex/i);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      current = () => folder;
    }
  });
});
