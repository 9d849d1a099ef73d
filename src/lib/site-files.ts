// The files of a built site, as the finishing steps (search index, offline list, zip) see it: paths
// relative to the site folder, with forward slashes, sorted, so every step works in the same order
// and the same site gives the same output.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function siteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
