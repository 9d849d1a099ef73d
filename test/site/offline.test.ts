// Offline: a reader downloads the site once; later, without a network, unvisited pages and search
// still work. A new build reaches the reader as a whole, after they accept the update.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function downloadForOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  const button = page.getByRole('button', { name: /Download voor offline gebruik \(\d/ });
  await button.click();
  await page.locator('[data-offline-status]', { hasText: 'staat op dit apparaat' }).waitFor({ timeout: 60_000 });
}

/** What the caches hold: per cache, whether it is marked complete and which URLs it has. */
function cacheContents(page: Page) {
  return page.evaluate(async () => {
    const result: { name: string; complete: boolean; urls: string[] }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const urls = (await cache.keys()).map((request) => new URL(request.url).pathname);
      result.push({ name, complete: urls.includes('/__offline-compleet'), urls });
    }
    return result;
  });
}

describe('offline reading', () => {
  it('reads never-visited pages and searches without a network after the download', async () => {
    let serving = true;
    const server = await serveSite(inject('siteDir'));
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/`);
      await downloadForOffline(page);

      await context.setOffline(true);
      await server.close();
      serving = false;

      for (const [path, title] of [
        ['/tips/formeer-duos/', "Formeer duo's"],
        ['/wetgeving/jeugdwet-2-1/', null],
        ['/praktijkvoorbeelden/zorgmail-rijswijk/', null],
      ] as const) {
        await page.goto(`${server.origin}${path}`);
        const h1 = await page.locator('h1').textContent();
        expect(h1?.length, path).toBeGreaterThan(3);
        if (title) expect(h1).toBe(title);
      }

      await page.goto(`${server.origin}/zoeken/?q=meldcode`);
      const first = page.locator('.zoekresultaat__link').first();
      await first.waitFor();
      const target = await first.getAttribute('href');
      await first.click();
      await page.waitForURL((url) => url.pathname === new URL(target!, server.origin).pathname);
      expect(await page.locator('h1').textContent()).not.toBe('Pagina niet gevonden');
    } finally {
      await context.close();
      if (serving) await server.close();
    }
  }, 180_000);
});

describe('a download that meets files of another version', () => {
  let dir: string;
  beforeEach(() => {
    // A copy of the site, so the test can change files on the "server" as a deploy would.
    dir = mkdtempSync(join(tmpdir(), 'handreiking-site-'));
    cpSync(inject('siteDir'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops, says a newer version is there, and never marks the cache complete', async () => {
    const server = await serveSite(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
      // The deploy of a newer version, while this page still runs the old worker.
      appendFileSync(join(dir, 'tips/formeer-duos/index.html'), '<!-- nieuwe versie -->');
      const summary = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8'));
      writeFileSync(join(dir, 'offline.json'), JSON.stringify({ ...summary, version: 'nieuwer' }));

      await page.getByRole('button', { name: /Download voor offline gebruik \(\d/ }).click();
      const status = page.locator('[data-offline-status]');
      await status.filter({ hasText: 'nieuwere versie' }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1000); // no late progress message overwrites the error
      expect(await status.textContent()).toContain('Laad de pagina opnieuw');
      expect(await page.getByRole('button', { name: /Download voor offline gebruik/ }).isEnabled()).toBe(true);

      const caches = await cacheContents(page);
      expect(caches.length).toBeGreaterThan(0);
      for (const cache of caches) {
        expect(cache.complete, cache.name).toBe(false);
        expect(cache.urls, cache.name).not.toContain('/tips/formeer-duos/');
      }
      // Not complete, so pages still come from the network: the reader sees the newer page.
      const html = await page.evaluate(async () => (await fetch('/tips/formeer-duos/')).text());
      expect(html).toContain('<!-- nieuwe versie -->');
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it('checks the files it keeps at install, and does not install with a wrong one', async () => {
    const css = readdirSync(join(dir, '_astro')).find((name) => name.endsWith('.css'))!;
    appendFileSync(join(dir, '_astro', css), '\n/* andere versie */\n');
    const server = await serveSite(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/`);
      // The button appears once the page has registered the worker.
      await page.getByRole('button', { name: /Download voor offline gebruik \(\d/ }).waitFor();
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              return registration?.installing ? 'bezig' : registration?.active ? 'actief' : 'niet geïnstalleerd';
            }),
          { timeout: 30_000 },
        )
        .toBe('niet geïnstalleerd');
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
      for (const cache of await cacheContents(page)) {
        expect(cache.complete, cache.name).toBe(false);
        expect(cache.urls, cache.name).not.toContain(`/_astro/${css}`);
      }
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);
});

describe('an update', () => {
  let fixture: FixtureCopy;
  const build = (out: string) => {
    const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: fixture.contentDir, ASTRO_CACHE_KEY: 'offline-update' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  };
  beforeAll(() => {
    fixture = copyFixture();
  });
  afterAll(() => fixture.remove());

  it('reaches the reader as a whole new version once they accept it, with no stale pages', async () => {
    const first = join(fixture.root, 'versie-1');
    const second = join(fixture.root, 'versie-2');
    build(first);
    fixture.edit('tips/formeer-duos.mdx', (text) => text.replace("titel: Formeer duo's", 'titel: Werk in duo’s'));
    fixture.edit('praktijkvoorbeelden/zorgmail-rijswijk.mdx', (text) =>
      text.replace('titel: Zorgmail in Rijswijk', 'titel: Zorgmail verbindt huisartsen in Rijswijk'),
    );
    build(second);

    let current = first;
    const server = await serveSite(() => current);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/tips/formeer-duos/`);
      await downloadForOffline(page);
      expect(await page.locator('h1').textContent()).toBe("Formeer duo's");

      current = second;
      await page.reload(); // still the old version, complete and consistent, from the cache
      expect(await page.locator('h1').textContent()).toBe("Formeer duo's");
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const refresh = page.getByRole('button', { name: 'Nu vernieuwen' });
      await refresh.waitFor({ timeout: 60_000 });
      await Promise.all([page.waitForEvent('load'), refresh.click()]);
      expect(await page.locator('h1').textContent()).toBe('Werk in duo’s');

      // A page the reader did not open again is new as well, also without a network.
      await context.setOffline(true);
      await page.goto(`${server.origin}/praktijkvoorbeelden/zorgmail-rijswijk/`);
      expect(await page.locator('h1').textContent()).toBe('Zorgmail verbindt huisartsen in Rijswijk');
    } finally {
      await context.close();
      await server.close();
    }
  }, 240_000);
});
