// The web server of `npm start`: serves a built site as a static host would, with the headers from
// the site's own `_headers` file (src/integrations/host-headers.ts), gzip or brotli for text, and the
// site's 404 page. Any path it cannot map safely to a file in the site (bad percent-encoding, an
// encoded slash or backslash, `..`, NUL, hidden files) is simply not found: never an error page with
// details of this machine.
import { createReadStream, existsSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { HEADERS_FILE, type HeaderRule, headersFor, parseHeadersFile } from '../src/integrations/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};
// Pagefind's own files (.pf_*, .pagefind) are gzip inside already; compressing them again gains nothing.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

export interface ServeOptions {
  /** The built site, e.g. dist/. */
  dir: string;
  /** The base path the site was built for, e.g. `/` or `/handreiking/`. */
  base?: string;
}

/** A server for the built site in `dir`; call `listen` on it. */
export function createServer({ dir, base = '/' }: ServeOptions): Server {
  const root = realpathSync(dir);
  const headersFile = join(root, HEADERS_FILE);
  // Read once: the file belongs to the build this server serves.
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  return createHttpServer((request, response) => {
    handle(request, response, root, base, rules).catch(() => {
      // Details stay in this process; the reader gets a plain answer.
      if (!response.headersSent) plain(response, 500, 'Er ging iets mis.');
      else response.destroy();
    });
  });
}

/** Starts the server and resolves with its address once it listens. */
export async function startServer(options: ServeOptions & { port?: number; host?: string }) {
  const server = createServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? 'localhost', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  base: string,
  rules: HeaderRule[],
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return plain(response, 405, 'Deze methode wordt niet ondersteund.');
  }
  const target = request.url ?? '';
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  const search = query < 0 ? '' : target.slice(query);

  if (!path.startsWith(base)) {
    // The site's own address without the trailing slash, or the host root: send the reader to the site.
    if (path === '/' || `${path}/` === base) return redirect(response, 302, base);
    return notFound(request, response, root, base, rules);
  }
  const segments = decodeSegments(path.slice(base.length));
  if (!segments) return notFound(request, response, root, base, rules);

  let file = join(root, ...segments);
  let stats = await statOrNull(file);
  if (stats?.isDirectory()) {
    // Pages live at folder addresses with a slash (trailingSlash: 'always'), as on the published site.
    if (!path.endsWith('/')) return redirect(response, 301, `${path}/${search}`);
    file = join(file, 'index.html');
    stats = await statOrNull(file);
  } else if (path.endsWith('/')) {
    stats = null;
  }
  if (!stats?.isFile() || !inside(root, file)) return notFound(request, response, root, base, rules);
  return sendFile(request, response, file, stats, 200, headersFor(rules, path));
}

/**
 * Decodes the path below the base into file-name segments, or null when it cannot name a file of
 * the site. Checked per segment, so an encoded `/`, `\` or NUL can never become a separator.
 */
export function decodeSegments(path: string): string[] | null {
  const parts = path.split('/');
  if (parts.at(-1) === '') parts.pop();
  const segments: string[] = [];
  for (const part of parts) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return null;
    }
    // Empty (`//`), dot segments, hidden files (`.gebouwd`) and `_headers` are no part of the site.
    if (name === '' || name.startsWith('.') || name === HEADERS_FILE) return null;
    if ([...name].some((char) => char === '/' || char === '\\' || char < ' ' || char === '\x7f')) return null;
    segments.push(name);
  }
  return segments;
}

/** Also follows symbolic links, so nothing outside the site is ever served. */
function inside(root: string, file: string): boolean {
  try {
    return realpathSync(file).startsWith(root + sep);
  } catch {
    return false;
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

async function notFound(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  base: string,
  rules: HeaderRule[],
) {
  const file = join(root, '404.html');
  const stats = await statOrNull(file);
  // The headers of the 404 page itself: never the long caching of the path that was asked for.
  const headers = headersFor(rules, `${base}404.html`);
  if (!stats?.isFile()) {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    return plain(response, 404, 'Deze pagina bestaat niet.');
  }
  return sendFile(request, response, file, stats, 404, headers);
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  stats: Stats,
  status: number,
  headers: Record<string, string>,
) {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type);
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('Content-Type', type);
  if (compressible) response.setHeader('Vary', 'Accept-Encoding');
  if (status === 200) {
    response.setHeader('ETag', etag);
    response.setHeader('Last-Modified', stats.mtime.toUTCString());
    if (request.headers['if-none-match'] === etag) {
      response.statusCode = 304;
      response.end();
      return;
    }
  }
  const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : null;
  response.statusCode = status;
  if (encoding) response.setHeader('Content-Encoding', encoding);
  else response.setHeader('Content-Length', stats.size);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const source = createReadStream(file);
  if (encoding === 'br') {
    const brotli = createBrotliCompress({
      // Fast enough to compress on every request; the best level is many times slower for a few % less.
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: stats.size },
    });
    await pipeline(source, brotli, response);
  } else if (encoding === 'gzip') {
    await pipeline(source, createGzip(), response);
  } else {
    await pipeline(source, response);
  }
}

/** br before gzip, honouring `;q=0`; null for no compression. */
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const item of String(header ?? '').split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

function redirect(response: ServerResponse, status: number, location: string) {
  response.statusCode = status;
  response.setHeader('Location', location);
  response.end();
}

function plain(response: ServerResponse, status: number, text: string) {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(text);
}
