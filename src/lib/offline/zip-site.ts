// Writes the built site as one zip, file by file (streamed), with links made relative so it opens
// from disk, and a note on the search page. Used by src/integrations/offline-zip.ts in a worker.
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { relativizeLinks } from './relative-links.ts';

export interface ZipSiteOptions {
  siteDir: string;
  base: string;
  zipName: string;
  /** Files that do not belong in the download (the service worker and its lists). */
  leaveOut: string[];
  readme: string;
  searchNotice: string;
}

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
  const leaveOut = new Set(options.leaveOut);
  for (const entry of await readdir(options.siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(options.siteDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (leaveOut.has(path) || /^offline-[0-9a-f]+\.json$/.test(path)) continue;
    let content: Uint8Array = await readFile(join(options.siteDir, path));
    if (path.endsWith('.html')) {
      let html = relativizeLinks(new TextDecoder().decode(content), path, options.base);
      if (path === 'zoeken/index.html') html = html.replace('</h1>', () => `</h1>${options.searchNotice}`);
      content = strToU8(html);
    }
    add(`handreiking/${path}`, content);
  }
  zip.end();
  await done;
  return written;
}
