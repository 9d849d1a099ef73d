// The download: the zip opens from disk (file://) in Chromium, links work there, and the search page
// says plainly how to open the site so that search works.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let folder: string;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), 'handreiking-zip-'));
  files = unzipSync(readFileSync(join(inject('siteDir'), 'handreiking-offline.zip')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the offline download', () => {
  it('contains every page, a Dutch how-to-open page, and no root-relative links', () => {
    expect(Object.keys(files)).toContain('handreiking/LEESMIJ.html');
    expect(Object.keys(files)).toContain('handreiking/tips/formeer-duos/index.html');
    expect(Object.keys(files)).not.toContain('handreiking/sw.js');
    const rootRelative = Object.entries(files)
      .filter(([name]) => name.endsWith('.html'))
      .filter(([, content]) => /\s(?:href|src|action)="\/(?!\/)/.test(new TextDecoder().decode(content)))
      .map(([name]) => name);
    expect(rootRelative).toEqual([]);
  });

  it('opens from file:// and follows links between pages', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(folder, 'handreiking/index.html')).href);
    await page.getByRole('link', { name: 'Preventie', exact: true }).first().click();
    expect(page.url()).toMatch(/hoofdstukken\/preventie\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Preventie');
    // Styles load too: the header has its brand colour.
    expect(
      await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('says on the search page how to open the site so that search works', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(folder, 'handreiking/zoeken/index.html')).href);
    const notice = page.locator('[data-bestand-melding]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Zoeken werkt niet als u de handreiking als bestand opent');
    await notice.getByRole('link', { name: 'LEESMIJ.html' }).click();
    expect(await page.locator('h1').textContent()).toContain('Zo opent u');
    await page.close();
  });
});
