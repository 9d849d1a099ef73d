// Measures a built site: sizes on disk, bytes per page type on page load, and the search payload;
// and the memory of a running build.
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = ['home', 'hoofdstuk', 'tip', 'praktijkvoorbeeld', 'wetsartikel', 'thema', 'zoeken'];
const TYPE_FOLDERS = {
  hoofdstuk: 'hoofdstukken',
  tip: 'tips',
  praktijkvoorbeeld: 'praktijkvoorbeelden',
  wetsartikel: 'wetgeving',
  thema: 'themas',
};

const gz = (buffer) => gzipSync(buffer).length;

/** All files under dir, as paths relative to dir. */
export function walk(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((dirent) => {
    const rel = join(prefix, dirent.name);
    return dirent.isDirectory() ? walk(dir, rel) : [rel];
  });
}

export function dirBytes(dir) {
  return existsSync(dir) ? walk(dir).reduce((sum, rel) => sum + statSync(join(dir, rel)).size, 0) : 0;
}

export function countHtmlPages(dist) {
  return walk(dist).filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind')).length;
}

/** Detail pages of a type (folder/<id>/index.html), largest first. */
function pagesOfType(dist, type) {
  if (type === 'home') return ['index.html'];
  if (type === 'zoeken') return ['zoeken/index.html'];
  const folder = TYPE_FOLDERS[type];
  return (
    readdirSync(join(dist, folder), { withFileTypes: true })
      .filter((dirent) => dirent.isDirectory())
      .map((dirent) => join(folder, dirent.name, 'index.html'))
      // Skip folders that are not a page themselves, such as praktijkvoorbeelden/pagina/.
      .filter((page) => existsSync(join(dist, page)))
      .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)
  );
}

/** Attribute value from one HTML tag, or undefined. */
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * Bytes loaded on page load: the HTML, its stylesheets and its scripts (external files plus inline
 * module scripts; inline script text is also part of the HTML bytes). Each file is gzipped on its own,
 * as a server would send it.
 */
export function pageWeight(dist, rel, base) {
  const html = readFileSync(join(dist, rel));
  const text = html.toString('utf8');
  const local = (href) => {
    if (!href || /^[a-z]+:|^\/\//i.test(href)) return undefined;
    const path = href.split(/[?#]/)[0];
    return join(dist, path.startsWith(base) ? path.slice(base.length) : path);
  };
  const css = [];
  const js = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    if (rel === 'stylesheet') css.push(readFileSync(local(attr(tag, 'href'))));
    // The search page preloads the search bundle; its bytes are the search payload, reported on their own.
    const search = attr(tag, 'href')?.startsWith(`${base}pagefind/`);
    if (rel === 'modulepreload' && !search) js.push(readFileSync(local(attr(tag, 'href'))));
  }
  for (const [, open, inline] of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const src = attr(open, 'src');
    if (src) js.push(readFileSync(local(src)));
    else if (!/type="application\/(ld\+)?json"/.test(open) && inline.trim()) js.push(Buffer.from(inline));
  }
  const sum = (buffers) => ({
    raw: buffers.reduce((total, buffer) => total + buffer.length, 0),
    gz: buffers.reduce((total, buffer) => total + gz(buffer), 0),
  });
  return { page: `/${rel.replace(/index\.html$/, '')}`, html: sum([html]), css: sum(css), js: sum(js) };
}

/** The heaviest page of each type: the worst case for the page-weight targets. */
export function pageWeights(dist, base) {
  return Object.fromEntries(PAGE_TYPES.map((type) => [type, pageWeight(dist, pagesOfType(dist, type)[0], base)]));
}

/**
 * Estimate of what the first search query downloads: pagefind.js, the entry file, the language's
 * wasm, the meta file, all filter files (the UI loads them on start) and the largest index chunk.
 * Pagefind's .pf_* files are already gzipped; the others are gzipped here as a server would.
 */
export function searchPayload(dist) {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const language = Object.values(entry.languages)[0];
  const size = (rel) => statSync(join(dir, rel)).size;
  const largest = (folder, ext) =>
    readdirSync(join(dir, folder))
      .filter((name) => name.endsWith(ext))
      .map((name) => join(folder, name))
      .sort((a, b) => size(b) - size(a));
  const plain = ['pagefind.js', 'pagefind-entry.json', `wasm.${language.wasm}.pagefind`];
  const packed = [
    `pagefind.${language.hash}.pf_meta`,
    ...largest('filter', '.pf_filter'),
    largest('index', '.pf_index')[0],
  ];
  const bytes =
    plain.reduce((sum, rel) => sum + gz(readFileSync(join(dir, rel))), 0) +
    packed.reduce((sum, rel) => sum + size(rel), 0);
  return {
    bytes,
    metaBytes: size(packed[0]),
    largestChunkBytes: size(packed.at(-1)),
    chunks: largest('index', '.pf_index').length,
  };
}

/** The service worker, if the site has one: the page registers it on load, so it is fetched too. */
export function serviceWorker(dist) {
  const file = join(dist, 'sw.js');
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return { raw: bytes.length, gz: gz(bytes) };
}

/** Sum and largest single RSS (bytes) of a process and all its descendants, read from /proc. */
export function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096); // rss is in 4 KiB pages
    } catch {
      // The process ended while we were reading.
    }
  }
  let sum = 0;
  let max = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    sum += rss.get(pid) ?? 0;
    max = Math.max(max, rss.get(pid) ?? 0);
    queue.push(...(children.get(pid) ?? []));
  }
  return { sum, max };
}
