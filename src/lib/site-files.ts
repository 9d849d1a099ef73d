// The files of a built site, as the finishing steps (search index, offline list, zip) see it: paths
// relative to the site folder, with forward slashes, sorted, so every step works in the same order
// and the same site gives the same output.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CMS_FOLDER } from './cms-bundle.ts';

export async function siteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Whether a file of the built site belongs to the site as a reader takes it along: the offline
 * version and the download (handreiking-offline.zip). Not the service worker and its lists, nor the
 * zip (the whole site again); not _headers (host configuration, src/integrations/host-headers.ts)
 * nor hidden files (scripts/build.mjs's `.gebouwd`); not the editing app (/beheer/), which is for
 * editors online.
 */
export function forOffline(path: string): boolean {
  if (path.startsWith(`${CMS_FOLDER}/`) || path.split('/').some((part) => part.startsWith('.'))) return false;
  return !['sw.js', '_headers'].includes(path) && !/^(offline[^/]*\.json|[^/]*\.zip)$/.test(path);
}
