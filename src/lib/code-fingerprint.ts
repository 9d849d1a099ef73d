// Hashes of code, for results kept between builds: each carries the hash of the code that made it
// and of the installed packages, so changing the code or upgrading a package never serves a stale
// result.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the TypeScript modules in `folders` (tests left out) and of package-lock.json.
 * @param root the project root; folders are relative to it, e.g. `src/lib/search`
 * @param recursive whether modules in subfolders count too
 */
export function codeHash(root: string, folders: string[], recursive = true): string {
  const hash = createHash('sha1');
  for (const folder of folders) {
    const names = readdirSync(join(root, folder), { recursive, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort();
    for (const name of names) hash.update(`${folder}/${name}`).update(readFileSync(join(root, folder, name)));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/** The code that turns content into checked data and HTML (each folder on its own, not its subfolders). */
const PIPELINE_FOLDERS = [
  'src/lib',
  'src/lib/content-check',
  'src/lib/markdown',
  'src/lib/search',
  'src/schemas',
  'src/loaders',
];

const computed = new Map<string, string>();

/** The hash the content check's results and the loader's rendered HTML carry. @param root the project root */
export function codeFingerprint(root: string): string {
  const known = computed.get(root) ?? codeHash(root, PIPELINE_FOLDERS, false);
  computed.set(root, known);
  return known;
}
