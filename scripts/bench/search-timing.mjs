// Search as a reader meets it: open /zoeken/?q=… in Chromium on localhost and time until the first
// result shows; count the bytes of the search bundle the browser fetched for it.
import { launchBrowser, serveSite } from '../../test/helpers/browser.ts';

/** @returns {Promise<{ firstResultMs: number, pagefindBytes: number, requests: number } | { error: string }>} */
export async function measureSearch(dist, base, query = 'meldcode') {
  let browser;
  let server;
  try {
    browser = await launchBrowser();
    server = await serveSite(dist, base);
    const context = await browser.newContext();
    const page = await context.newPage();
    let pagefindBytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requests++;
      const body = await response.body().catch(() => undefined);
      if (body) pagefindBytes += body.length;
    });
    const started = performance.now();
    await page.goto(`${server.origin}${base}zoeken/?q=${encodeURIComponent(query)}`);
    await page.locator('.zoekresultaat').first().waitFor({ timeout: 60_000 });
    const firstResultMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    await context.close();
    return { firstResultMs, pagefindBytes, requests };
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  } finally {
    await browser?.close();
    await server?.close();
  }
}
