// Layout shift at phone width for `npm run bench`: every page type of test/helpers/layout-shift.ts,
// loaded a few times over a slow connection; the worst load per type and over all types.
import { launchBrowser } from '../../test/helpers/browser.ts';
import { LAYOUT_SHIFT_PAGES, measureLayoutShift, serveSlowly } from '../../test/helpers/layout-shift.ts';

/** @returns {Promise<{ max: number, worstType: string, byType: Record<string, number> } | { error: string }>} */
export async function measureLayoutShifts(dist, base, loads = 2) {
  let browser;
  let server;
  try {
    browser = await launchBrowser();
    server = await serveSlowly(dist, base);
    /** @type {Record<string, number>} */
    const byType = {};
    for (const { type, path, ready } of LAYOUT_SHIFT_PAGES) {
      for (let load = 0; load < loads; load++) {
        const { score } = await measureLayoutShift(browser, `${server.origin}${base}${path.slice(1)}`, ready);
        byType[type] = Math.max(byType[type] ?? 0, score);
      }
    }
    const [worstType, max] = Object.entries(byType).sort((a, b) => b[1] - a[1])[0];
    return { max, worstType, byType };
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  } finally {
    await browser?.close();
    await server?.close();
  }
}
