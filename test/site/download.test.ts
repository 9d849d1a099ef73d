// The download: the zip opens from disk (file://) in Chromium, links work there, it has no ES modules
// (browsers refuse them from disk), and without JavaScript the search page says where to look instead.
// Search itself from disk: zip-search.test.ts.
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

  it("has classic scripts only, and Pagefind's index as data scripts instead of files read with fetch()", () => {
    const modules = Object.entries(files)
      .filter(([name]) => name.endsWith('.html'))
      .filter(([, content]) => /<script[^>]*type="module"[^>]*src=/.test(new TextDecoder().decode(content)))
      .map(([name]) => name);
    expect(modules).toEqual([]);
    const names = Object.keys(files);
    expect(names.some((name) => /^handreiking\/pagefind\/index\/.+\.pf_index\.js$/.test(name))).toBe(true);
    expect(names.filter((name) => /\.pf_[a-z]+$|pagefind-worker\.js$/.test(name))).toEqual([]);
  });

  it('without JavaScript, says on the search page where to find things, and the footer zip link goes online', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, 'handreiking/zoeken/index.html')).href);
    expect(await page.locator('main').innerText()).toContain('Zoeken werkt met JavaScript.');
    await page.getByRole('link', { name: 'begrippenlijst' }).last().click();
    expect(page.url()).toMatch(/begrippen\/index\.html$/);
    expect(await page.getByRole('link', { name: 'handreiking-offline.zip' }).getAttribute('href')).toMatch(
      /^https:\/\/.+\/handreiking-offline\.zip$/,
    );
    await context.close();
  });

  it('runs the tools and the print button from file://, as LEESMIJ.html says', async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const open = async (path: string) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      await page.goto(pathToFileURL(join(folder, `handreiking/${path}`)).href);
      return page;
    };
    const rekenhulp = await open('hulpmiddelen/rekenhulp/index.html');
    await rekenhulp.getByLabel('Aantal inwoners').fill('5.000');
    await rekenhulp.getByRole('button', { name: 'Reken uit' }).click();
    expect(await rekenhulp.locator('[data-uitkomst="kinderen"]').textContent()).toBe('ongeveer 35 kinderen');

    const zelfscan = await open('hulpmiddelen/zelfscan/index.html');
    await zelfscan.getByLabel('Borging bij actie 1', { exact: true }).selectOption('3');
    const [download] = await Promise.all([
      zelfscan.waitForEvent('download'),
      zelfscan.getByRole('button', { name: /Download als CSV/ }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(
      '1;Screening en hulp voor zwangere vrouwen in hoogrisicosituaties;3;',
    );

    const plan = await open('hulpmiddelen/uitvoeringsplan/index.html');
    await plan.getByRole('checkbox', { name: 'Preventie', exact: true }).check();
    await plan.getByRole('button', { name: 'Maak het conceptplan' }).click();
    expect(
      await plan
        .locator('#plan')
        .getByRole('heading', { name: /^Thema \d/ })
        .allTextContents(),
    ).toEqual(['Thema 1: Preventie']);

    const print = await open('volledig/index.html');
    expect(await print.getByRole('button', { name: 'Print of bewaar als PDF' }).isVisible()).toBe(true);
    // The "Download voor offline gebruik" button needs a web address; from disk it stays hidden.
    expect(await print.locator('[data-offline-download]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});
