// Writes the built site as one zip, file by file (streamed), with links made relative and classic
// scripts instead of module scripts, so it opens from disk, search included (classic/). Used by
// src/integrations/offline-zip.ts in a worker.
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { classicScripts, dataScript, isPagefindData } from './classic/classic-scripts.ts';
import { withClassicScripts } from './classic/html.ts';
import { pathToRoot, relativizeLinks } from './relative-links.ts';

export interface ZipSiteOptions {
  siteDir: string;
  base: string;
  zipName: string;
  /** Files that do not belong in the download (the service worker and its lists); `folder/` for a whole folder. */
  leaveOut: string[];
  readme: string;
  /** The site's address on the internet (content/handreiking.yaml, url). */
  siteUrl: string;
}

/** Pagefind's ES modules that the site loads; in the download each is a classic script. */
const PAGEFIND_MODULES = new Set(['pagefind/pagefind.js', 'pagefind/pagefind-highlight.js']);

/** @returns the size of the zip in bytes */
export async function zipSite(options: ZipSiteOptions): Promise<number> {
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
  const add = (name: string, content: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(content, true);
  };
  add('handreiking/LEESMIJ.html', strToU8(options.readme));
  const classic = classicScripts(options.siteDir, options.base);
  // The site's module scripts, each bundled with its imports into one classic script at its own path.
  const moduleScripts = new Set<string>();
  const inlineScripts = new Map<string, string>();
  const leaveOut = new Set(options.leaveOut);
  // The zip link in the footer leads to the newest zip on the internet.
  const online = { url: options.siteUrl, paths: new Set([options.zipName]) };
  for (const entry of await readdir(options.siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(options.siteDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (leaveOut.has(path) || /^offline-[0-9a-f]+\.json$/.test(path)) continue;
    if ([...leaveOut].some((name) => name.endsWith('/') && path.startsWith(name))) continue;
    if (/^_astro\/.*\.js$/.test(path)) continue; // added below, as classic scripts
    if (path.startsWith('pagefind/')) {
      if (PAGEFIND_MODULES.has(path)) add(`handreiking/${path}`, strToU8(await classic.pagefindModule(path)));
      else if (isPagefindData(path)) {
        const content = await readFile(join(options.siteDir, path));
        add(`handreiking/${path}.js`, strToU8(dataScript(path.slice('pagefind/'.length), content)));
      }
      continue; // Pagefind's ready-made interfaces and its web worker are not used by the site
    }
    let content: Uint8Array = await readFile(join(options.siteDir, path));
    if (path.endsWith('.html')) {
      const page = await withClassicScripts(new TextDecoder().decode(content), pathToRoot(path), options.base, classic);
      for (const script of page.scripts) moduleScripts.add(script);
      for (const [script, code] of page.files) inlineScripts.set(script, code);
      content = strToU8(relativizeLinks(page.html, path, options.base, online));
    }
    add(`handreiking/${path}`, content);
  }
  for (const path of moduleScripts) add(`handreiking/${path}`, strToU8(await classic.moduleScript(path)));
  for (const [path, code] of inlineScripts) add(`handreiking/${path}`, strToU8(code));
  zip.end();
  await done;
  return written;
}
