// A real Chromium for the browser tests, and a static server for a built site. Uses the system's
// Chromium when there is one (Debian: apt-get install chromium), else the one npm installs with
// @sparticuz/chromium, so a fresh machine needs no manual step. Never skips: without a browser the
// tests fail and say how to get one.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
// Without these, Chromium tries to reach Google's services at start; this machine has no network
// for that and the privacy test would see the requests.
const QUIET = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  const preferNpm = process.env.HANDREIKING_BROWSER === 'npm';
  const system = preferNpm ? undefined : SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) {
    return chromium.launch({ executablePath: system, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
  }
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    const args = packaged.args.filter((arg) => arg !== '--single-process' && !arg.startsWith('--headless'));
    return await chromium.launch({ executablePath: await packaged.executablePath(), args: [...args, ...QUIET] });
  } catch (error) {
    throw new Error(
      `Geen browser gevonden voor de browsertests. Installeer Chromium (Debian: apt-get install chromium) ` +
        `of voer npm ci uit, dat @sparticuz/chromium installeert. Oorzaak: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 on a free port; `base` is the sub-path it is served under.
 * `dir` may be a function, so a test can switch to a newer build on the same address.
 */
export async function serveSite(dir: string | (() => string), base = '/'): Promise<StaticServer> {
  const servers = new Map<string, ReturnType<typeof sirv>>();
  const current = () => (typeof dir === 'function' ? dir() : dir);
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    const root = current();
    if (!servers.has(root)) servers.set(root, sirv(root, { dev: true, extensions: ['html'] }));
    servers.get(root)!(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(notFoundPage(root));
    });
  });
  return listenOnLoopback(server);
}

/** Starts a test server on 127.0.0.1 on a free port; `close` also ends open keep-alive connections. */
export async function listenOnLoopback(server: Server): Promise<StaticServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function notFoundPage(dir: string): string {
  const file = join(dir, '404.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : 'Niet gevonden';
}
