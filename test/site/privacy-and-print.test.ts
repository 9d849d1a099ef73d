// Privacy, security and print in a real browser: no request leaves the site, no cookies, no CSP
// violations, and a chapter prints as a clean A4 document.
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPages } from '../helpers/built-site.ts';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

const siteDir = inject('siteDir');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(siteDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy and security', () => {
  it('requests nothing from another host, sets no cookies and breaks no CSP rule, on every page and in search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== server.origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
        foreign.push(request.url());
    });
    const onConsole = (message: ConsoleMessage) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        cspErrors.push(`${page.url()}: ${message.text().slice(0, 160)}`);
    };
    page.on('console', onConsole);
    page.on('pageerror', (error) => cspErrors.push(`${page.url()}: ${error.message}`));

    for (const built of loadPages(siteDir)) {
      await page.goto(`${server.origin}${built.path}`);
    }
    await page.goto(`${server.origin}/zoeken/?q=meldcode`);
    await page.locator('.zoekresultaat').first().waitFor();

    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(cspErrors).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
  }, 300_000);

  it('declares a Content-Security-Policy that only allows the site itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/zoeken/`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toContain("'unsafe-inline'");
    await page.close();
  });
});

describe('print', () => {
  it('prints a chapter as PDF without navigation, search or footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/hoofdstukken/preventie/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.prev-next', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('aside.kader').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it('prints the address of external links after the link text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/hoofdstukken/bijlage-visie/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page
      .locator('.prose a.link-extern')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://');
    await page.close();
  });

  it('prints the whole handreiking as one document, every chapter with its boxes, in reading order', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/volledig/`);
    const titles = await page.locator('section[data-hoofdstuk] > h2').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(11);
    expect(titles[0]).toMatch(/Voorwoord/);
    expect(await page.locator('section[data-hoofdstuk] aside.kader--tip').count()).toBeGreaterThanOrEqual(21);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(200_000);
    await page.close();
  }, 120_000);
});
