// npm start's web server against the built site: the headers of `_headers`, compression, the 404
// page, and malformed or hostile paths answered as "not found" without a trace of this machine.
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { formatHeadersFile, hostHeaderRules, IMMUTABLE } from '../../src/integrations/host-headers.ts';
import { launchBrowser } from '../helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const siteDir = inject('siteDir');
const subpathDir = inject('subpathDir');
const subpath = inject('subpath');

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path goes out exactly as written, without URL normalisation. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

function expectSecurityHeaders(answer: Answer, path: string) {
  expect(answer.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  expect(answer.headers['content-security-policy'], path).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
  expect(answer.headers['referrer-policy'], path).toBe('no-referrer');
  expect(answer.headers['permissions-policy'], path).toContain('camera=()');
}

function expectNoLeak(answer: Answer, path: string) {
  const text = answer.body.toString('utf8');
  expect(text, path).not.toContain('/work/');
  expect(text, path).not.toContain(ROOT);
  expect(text, path).not.toMatch(/\n\s+at \S+/);
  expect(text, path).not.toContain('Error');
}

describe('the built site', () => {
  it('carries _headers from the one source, with the base path', () => {
    expect(readFileSync(join(siteDir, '_headers'), 'utf8')).toBe(formatHeadersFile(hostHeaderRules('/')));
    expect(readFileSync(join(subpathDir, '_headers'), 'utf8')).toBe(formatHeadersFile(hostHeaderRules(subpath)));
    const list = readFileSync(
      join(
        siteDir,
        readdirSync(siteDir).find((name) => /^offline-\w+\.json$/.test(name))!,
      ),
    );
    expect(list.toString()).not.toContain('_headers');
  });
});

describe('npm start serves', () => {
  let port: number;
  let close: () => Promise<void>;
  const asset = readdirSync(join(siteDir, '_astro')).find((name) => name.endsWith('.js'))!;

  beforeAll(async () => {
    ({ port, close } = await startServer({ dir: siteDir, base: '/', host: '127.0.0.1' }));
  });
  afterAll(() => close?.());

  it('pages, assets and the service worker with the headers of _headers', async () => {
    const cases = [
      ['/', 'no-cache', 'text/html; charset=utf-8'],
      ['/tips/formeer-duos/', 'no-cache', 'text/html; charset=utf-8'],
      [`/_astro/${asset}`, IMMUTABLE, 'text/javascript; charset=utf-8'],
      ['/sw.js', 'no-cache', 'text/javascript; charset=utf-8'],
    ] as const;
    for (const [path, cache, type] of cases) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(200);
      expectSecurityHeaders(answer, path);
      expect(answer.headers['cache-control'], path).toBe(cache);
      expect(answer.headers['content-type'], path).toBe(type);
    }
    const page = await get(port, '/tips/formeer-duos/');
    expect(page.body.equals(readFileSync(join(siteDir, 'tips/formeer-duos/index.html')))).toBe(true);
  });

  it('gzip or brotli when the browser asks, and says so in Vary', async () => {
    const file = readFileSync(join(siteDir, 'index.html'));
    const gzip = await get(port, '/', { 'Accept-Encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).equals(file)).toBe(true);
    expect(gzip.body.length).toBeLessThan(file.length / 2);

    const brotli = await get(port, '/', { 'Accept-Encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(file)).toBe(true);

    const none = await get(port, '/', { 'Accept-Encoding': 'gzip;q=0' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(file)).toBe(true);
    expect(none.headers.vary).toBe('Accept-Encoding');
  });

  it('answers revalidation and HEAD without a body', async () => {
    const first = await get(port, '/tips/formeer-duos/');
    const again = await get(port, '/tips/formeer-duos/', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get(port, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get(port, '/', {}, 'POST')).status).toBe(405);
  });

  it('sends a folder address without its slash to the page', async () => {
    const answer = await get(port, '/tips/formeer-duos?q=duo');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/tips/formeer-duos/?q=duo');
  });

  it('the 404 page with status 404 for unknown and malformed paths, without a trace of this machine', async () => {
    const notFound = readFileSync(join(siteDir, '404.html'));
    const paths = [
      '/bestaat-niet/',
      '/%2f',
      '/tips%2f..%2f/',
      '/tips%2f..%2f..%2fetc%2fpasswd',
      '/..%2f..%2fpackage.json',
      '/../package.json',
      '/%2e%2e/package.json',
      '/tips/%5c..%5c..%5cpackage.json',
      '/%00',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/%',
      '/_headers',
      '/.gebouwd',
      '/tips//formeer-duos/',
      '/tips/formeer-duos/index.html/',
      '/_astro/bestaat-niet.js',
    ];
    for (const path of paths) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFound), path).toBe(true);
      expectSecurityHeaders(answer, path);
      // Never the long caching of /_astro/ for a page that is not there.
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expectNoLeak(answer, path);
    }
  });
});

describe('npm start under a base path', () => {
  let port: number;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ port, close } = await startServer({ dir: subpathDir, base: subpath, host: '127.0.0.1' }));
  });
  afterAll(() => close?.());

  it('serves the site there, sends the host root to it and applies the same headers', async () => {
    const home = await get(port, subpath);
    expect(home.status).toBe(200);
    expectSecurityHeaders(home, subpath);
    const root = await get(port, '/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe(subpath);
    const asset = readdirSync(join(subpathDir, '_astro'))[0]!;
    expect((await get(port, `${subpath}_astro/${asset}`)).headers['cache-control']).toBe(IMMUTABLE);
    for (const path of ['/tips/formeer-duos/', `${subpath}..%2f..%2fpackage.json`, `${subpath}%E0%A4%A`]) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(404);
      expectNoLeak(answer, path);
    }
  });
});

describe('the header policy in a browser', () => {
  let browser: Browser;
  let port: number;
  let close: () => Promise<void>;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ port, close } = await startServer({ dir: siteDir, base: '/', host: '127.0.0.1' }));
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('blocks nothing the pages use, search and the service worker included', async () => {
    const origin = `http://127.0.0.1:${port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/Content.Security.Policy|Refused to|Permissions-Policy/i.test(message.text()))
        problems.push(`${page.url()}: ${message.text().slice(0, 200)}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));

    const home = await page.goto(`${origin}/`);
    expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await page.goto(`${origin}/hoofdstukken/preventie/`);
    await page.goto(`${origin}/zoeken/?q=meldcode`);
    await page.locator('.zoekresultaat').first().waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});
