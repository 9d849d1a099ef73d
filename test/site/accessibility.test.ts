// WCAG 2.1 AA (and 2.2 AA) with axe-core on every page in the sitemap, in light and dark mode;
// plus the things axe cannot judge alone: skip link, visible focus, heading order, reduced motion.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

const siteDir = inject('siteDir');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: StaticServer;

function sitemapPaths(): string[] {
  const xml = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(siteDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core', () => {
  // Light and dark run side by side: each has its own browser context.
  it.concurrent.each(['light', 'dark'] as const)(
    'finds no violations in %s mode on any page in the sitemap, nor on the 404 page',
    async (colorScheme) => {
      const paths = [...sitemapPaths(), '/404.html'];
      expect(paths.length).toBeGreaterThan(100);
      const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(`${server.origin}${path}`);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const violation of result.violations) {
          violations.push(
            `${path}: ${violation.id} (${violation.nodes.length}×) ${violation.nodes[0]?.target.join(' ')}`,
          );
        }
      }
      await context.close();
      expect(violations).toEqual([]);
    },
    600_000,
  );
});

describe('axe-core on content that loads after the page', () => {
  // The search page fills its results and filters with JavaScript; axe must see what a reader sees.
  it.each([
    ['a phone', 390],
    ['a desktop', 1280],
  ])('finds no violations on the search page with results and every filter open, on %s', async (_name, width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/zoeken/?q=meldcode`);
    await page.locator('.zoeken__lijst li').first().waitFor();
    await page.locator('.zoekfilter input[type="checkbox"]').first().waitFor({ state: 'attached' });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details.zoekfilter'))
        (details as HTMLDetailsElement).open = true;
    });
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    );
    // Every control at least 24 × 24 px (WCAG 2.2, 2.5.8), also where axe allows spacing instead.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.zoeken input, .zoeken button, .zoeken summary')]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('keyboard and structure', () => {
  it('has a skip link that appears on focus and moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/hoofdstukken/preventie/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  it('shows a visible focus indicator on links', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tips/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const computed = getComputedStyle(element);
      return { outline: computed.outlineStyle, shadow: computed.boxShadow, background: computed.backgroundColor };
    });
    expect(style.outline !== 'none' || style.shadow !== 'none').toBe(true);
    await page.close();
  });

  it('never skips a heading level', async () => {
    const page = await browser.newPage();
    for (const path of sitemapPaths()) {
      await page.goto(`${server.origin}${path}`);
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) =>
          Number(h.tagName[1]),
        ),
      );
      expect(levels[0], path).toBe(1);
      levels.reduce((previous, level) => {
        expect(level - previous, `${path}: h${previous} → h${level}`).toBeLessThanOrEqual(1);
        return level;
      });
    }
    await page.close();
  }, 300_000);

  it('turns off smooth scrolling for readers who ask for reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });
});
