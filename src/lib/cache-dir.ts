// Where the build keeps what survives between builds (Astro's content store, the content check's
// results): one folder per content folder, so entries of one never leak into a build of another.
// ASTRO_CACHE_KEY keeps the caches of test and benchmark builds apart.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export function cacheDirFor(root: string, contentDir: string, key = process.env.ASTRO_CACHE_KEY ?? ''): string {
  const id = createHash('sha1').update(`${contentDir}:${key}`).digest('hex').slice(0, 12);
  return join(root, 'node_modules/.astro', id);
}

/** The content check's results, next to Astro's own cache. */
export const CHECK_CACHE_FILE = 'inhoudscontrole.bin';
