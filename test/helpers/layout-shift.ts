// Layout shift as a reader on a slow phone meets it: each page type at 390 px, the HTML arriving in
// two parts (so the browser paints before the page's scripts run) and the CPU slowed down. Used by
// test/site/layout-shift.test.ts and by `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { listenOnLoopback, type StaticServer } from './browser.ts';

/** One page of each type, without base path; `ready` is what must show before measuring. */
export const LAYOUT_SHIFT_PAGES: { type: string; path: string; ready?: string }[] = [
  { type: 'home', path: '/' },
  { type: 'hoofdstuk', path: '/hoofdstukken/preventie/' },
  { type: 'tip', path: '/tips/formeer-duos/' },
  { type: 'praktijkvoorbeeld', path: '/praktijkvoorbeelden/zorgmail-rijswijk/' },
  { type: 'praktijkvoorbeelden', path: '/praktijkvoorbeelden/' },
  { type: 'wetsartikel', path: '/wetgeving/jeugdwet-2-1/' },
  { type: 'thema', path: '/themas/samenwerking/' },
  { type: 'zoeken', path: '/zoeken/?q=meldcode', ready: '.zoekresultaat' },
  { type: 'hulpmiddel', path: '/hulpmiddelen/rekenhulp/' },
];

/** How long the second part of every HTML page waits: long enough for a first paint without scripts. */
const HTML_DELAY_MS = 400;

export type SlowServer = StaticServer;

/**
 * Serves a built site like a slow network: an HTML page comes in two parts, the second after a pause,
 * so the browser paints the top of the page before the module scripts (which wait for the whole
 * document) run. Other files come at once.
 */
export async function serveSlowly(dir: string, base = '/'): Promise<SlowServer> {
  const files = sirv(dir, { dev: true, extensions: ['html'] });
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const path = `/${decodeURIComponent(url.pathname).slice(base.length)}`;
    const file = join(dir, path, 'index.html');
    if (path.endsWith('/') && !path.includes('..') && existsSync(file)) {
      const html = readFileSync(file);
      // Cut a little into the main text: header and the start of the page arrive first.
      const main = html.indexOf('<main');
      const cut = main > 0 ? Math.min(main + 2000, html.length) : html.length;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(html.subarray(0, cut));
      setTimeout(() => response.end(html.subarray(cut)), HTML_DELAY_MS);
      return;
    }
    request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  return listenOnLoopback(server);
}

export interface LayoutShift {
  /** Sum of the layout-shift entries without recent input (the CLS of a short page visit). */
  score: number;
  /** The elements that moved, for the failure message. */
  sources: string[];
}

/** Loads `url` at phone width with a slowed-down CPU and sums its layout shifts once it has settled. */
export async function measureLayoutShift(browser: Browser, url: string, ready?: string): Promise<LayoutShift> {
  // A phone-sized viewport, without Playwright's mobile emulation: with it, Chromium marks the shifts of
  // the first paint as "had recent input", and they would not count.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    if (ready) await page.locator(ready).first().waitFor({ timeout: 30_000 });
    // Late work (filters, fonts, images) gets a moment to land, as it would for a reader.
    await page.waitForTimeout(1000);
    return await page.evaluate(
      () =>
        new Promise<LayoutShift>((resolve) => {
          let score = 0;
          const sources: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node | null }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              score += entry.value;
              for (const source of entry.sources ?? []) {
                const node = source.node as Element | null | undefined;
                sources.push(node ? `${node.nodeName.toLowerCase()}.${String(node.className).split(' ')[0]}` : '?');
              }
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive in the observer's first callback.
          setTimeout(() => resolve({ score, sources: [...new Set(sources)] }), 200);
        }),
    );
  } finally {
    await context.close();
  }
}
