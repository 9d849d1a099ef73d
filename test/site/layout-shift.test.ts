// The page stays put on a phone: no page type moves (cumulative layout shift ≤ 0.05) while it loads,
// also when the scripts run late. Measured over several loads, because a late script does not show
// on every load.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { LAYOUT_SHIFT_PAGES, measureLayoutShift, serveSlowly, type SlowServer } from '../helpers/layout-shift.ts';

const LOADS = 3;
const MAX_SHIFT = 0.05;

let browser: Browser;
let server: SlowServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSlowly(inject('siteDir'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('layout shift at 390 px', () => {
  for (const { type, path, ready } of LAYOUT_SHIFT_PAGES) {
    it(`keeps the ${type} page (${path}) still over ${LOADS} loads`, async () => {
      for (let load = 1; load <= LOADS; load++) {
        const { score, sources } = await measureLayoutShift(browser, `${server.origin}${path}`, ready);
        expect(score, `load ${load}: moved ${sources.join(', ')}`).toBeLessThanOrEqual(MAX_SHIFT);
      }
    });
  }

  it('keeps the menu open on a phone that runs no scripts', async () => {
    // The fold is CSS for browsers that run scripts; without them nothing could unfold it again.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tips/`);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Wetgeving' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await context.close();
  });
});
