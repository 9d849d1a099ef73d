// Search as a reader meets it: open /zoeken/?q=… in Chromium on localhost, several times with an empty
// cache, and time from the start of the navigation until the first result is on the page (the page's
// own clock, so the test driver's delays do not count); count the bytes of the search bundle the
// browser fetched for it.
import { launchBrowser, serveSite } from '../../test/helpers/browser.ts';

/** How often the page is opened; the median and the slowest are reported. */
export const SEARCH_LOADS = 7;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @returns {Promise<{ firstResultMs: number, firstResultMaxMs: number, loads: number[], pagefindBytes: number,
 *   requests: number } | { error: string }>} firstResultMs is the median over the loads
 */
export async function measureSearch(dist, base, query = 'meldcode', loads = SEARCH_LOADS) {
  let browser;
  let server;
  try {
    browser = await launchBrowser();
    server = await serveSite(dist, base);
    const times = [];
    let pagefindBytes = 0;
    let requests = 0;
    for (let load = 0; load < loads; load++) {
      // A new context each time: nothing cached, as on a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.zoekresultaat')) return;
          window.__firstResult = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      if (load === 0) {
        page.on('response', async (response) => {
          if (!response.url().includes('/pagefind/')) return;
          requests++;
          const body = await response.body().catch(() => undefined);
          if (body) pagefindBytes += body.length;
        });
      }
      await page.goto(`${server.origin}${base}zoeken/?q=${encodeURIComponent(query)}`);
      await page.locator('.zoekresultaat').first().waitFor({ timeout: 60_000 });
      times.push(await page.evaluate(() => window.__firstResult));
      if (load === 0) await page.waitForLoadState('networkidle');
      await context.close();
    }
    return {
      firstResultMs: median(times),
      firstResultMaxMs: Math.max(...times),
      loads: times,
      pagefindBytes,
      requests,
    };
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  } finally {
    await browser?.close();
    await server?.close();
  }
}
