// Writes the built site as one zip, file by file (streamed), with links made relative and classic
// scripts instead of module scripts, so it opens from disk, search included (classic/). Used by
// src/integrations/offline-zip.ts in a worker.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, Zip, type ZipInputFile } from 'fflate';
import { classicScripts, dataScript, isPagefindData } from './classic/classic-scripts.ts';
import { withClassicScripts } from './classic/html.ts';
import { forOffline, siteFiles } from '../site-files.ts';
import { pathToRoot, relativizeLinks } from './relative-links.ts';
import { type CachedEntry, pack, type PackedFile, zipCache } from './zip-cache.ts';

export interface ZipSiteOptions {
  siteDir: string;
  base: string;
  zipName: string;
  readme: string;
  /** The site's address on the internet (content/handreiking.yaml, url). */
  siteUrl: string;
  /** Where deflated entries are kept between builds (zip-cache.ts); without it, everything is compressed anew. */
  cacheFile?: string;
  /** The project root (its code is part of each cached entry's key). */
  root: string;
}

/** The site's module scripts (Vite names them by their content); in the download each is a classic script. */
const SITE_SCRIPT = /^_astro\/.*\.js$/;

/** Pagefind's ES modules that the site loads; in the download each is a classic script. */
const PAGEFIND_MODULES = new Set(['pagefind/pagefind.js', 'pagefind/pagefind-highlight.js']);

/** A file deflated before (see zip-cache.ts), handed to fflate's Zip as a ready entry (its ZipInputFile). */
function addPacked(zip: Zip, name: string, packed: PackedFile) {
  const file: ZipInputFile = { filename: name, size: packed.size, crc: packed.crc, compression: 8 };
  zip.add(file);
  file.ondata!(null, packed.data, true);
}

/** Runs `work` over the items, a few at a time (reading files waits on the disk), keeping their order. */
async function mapConcurrently<T, R>(items: T[], work: (item: T) => Promise<R>, concurrency = 8): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** @returns the size of the zip in bytes, and how many entries came from the cache */
export async function zipSite(options: ZipSiteOptions): Promise<{ bytes: number; reused: number; entries: number }> {
  const output = createWriteStream(join(options.siteDir, options.zipName));
  let written = 0;
  const done = new Promise<void>((resolve, reject) => {
    output.on('error', reject);
    output.on('finish', resolve);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    written += chunk.length;
    output.write(chunk);
    if (final) output.end();
  });
  const read = (path: string) => readFile(join(options.siteDir, path));
  const paths = await siteFiles(options.siteDir);
  // What every page's scripts are made from: the bundles (named by their content) and Pagefind's modules.
  const scriptSources = paths.filter((path) => SITE_SCRIPT.test(path) || PAGEFIND_MODULES.has(path));
  const scriptsHash = createHash('sha1');
  for (const path of scriptSources) scriptsHash.update(path).update(await read(path));
  const cache = zipCache(
    options.root,
    options.cacheFile,
    [options.base, options.siteUrl, scriptsHash.digest('hex')].join('\n'),
  );
  const classic = classicScripts(options.siteDir, options.base);
  // The zip link in the footer leads to the newest zip on the internet.
  const online = { url: options.siteUrl, paths: new Set([options.zipName]) };
  const included = paths.filter(
    (path) =>
      forOffline(path) &&
      path !== options.zipName && // never the zip itself (the previous build's, when a folder is zipped again)
      !SITE_SCRIPT.test(path) && // added below, as classic scripts
      // Pagefind's ready-made interfaces and its web worker are not used by the site.
      (!path.startsWith('pagefind/') || PAGEFIND_MODULES.has(path) || isPagefindData(path)),
  );

  const entries = await mapConcurrently(included, async (path): Promise<[string, CachedEntry]> => {
    if (PAGEFIND_MODULES.has(path))
      return [
        path,
        await cache.get(cache.key('module', path), async () => ({
          packed: await pack(strToU8(await classic.pagefindModule(path))),
        })),
      ];
    const content = await read(path);
    if (path.startsWith('pagefind/')) {
      const script = async () => ({ packed: await pack(strToU8(dataScript(path.slice('pagefind/'.length), content))) });
      return [`${path}.js`, await cache.get(cache.key('data', path, content), script)];
    }
    if (!path.endsWith('.html'))
      return [path, await cache.get(cache.key('file', content), async () => ({ packed: await pack(content) }))];
    return [
      path,
      await cache.get(cache.key('page', path, content), async () => {
        const page = await withClassicScripts(
          new TextDecoder().decode(content),
          pathToRoot(path),
          options.base,
          classic,
        );
        return {
          packed: await pack(strToU8(relativizeLinks(page.html, path, options.base, online))),
          scripts: page.scripts,
          files: [...page.files],
        };
      }),
    ];
  });

  // The site's module scripts, each bundled with its imports into one classic script at its own path.
  const moduleScripts = new Set<string>();
  const inlineScripts = new Map<string, string>();
  addPacked(zip, 'handreiking/LEESMIJ.html', await pack(strToU8(options.readme)));
  for (const [path, entry] of entries) {
    for (const script of entry.scripts ?? []) moduleScripts.add(script);
    for (const [script, code] of entry.files ?? []) inlineScripts.set(script, code);
    addPacked(zip, `handreiking/${path}`, entry.packed);
  }
  for (const path of [...moduleScripts].sort()) {
    const entry = await cache.get(cache.key('module', path), async () => ({
      packed: await pack(strToU8(await classic.moduleScript(path))),
    }));
    addPacked(zip, `handreiking/${path}`, entry.packed);
  }
  for (const [path, code] of [...inlineScripts].sort(([a], [b]) => a.localeCompare(b)))
    addPacked(zip, `handreiking/${path}`, await pack(strToU8(code)));
  zip.end();
  await done;
  cache.save();
  return { bytes: written, reused: cache.hits, entries: entries.length + moduleScripts.size + inlineScripts.size + 1 };
}
