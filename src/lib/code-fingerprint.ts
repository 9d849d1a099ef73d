// A hash of the code that turns content into checked data and HTML, and of the installed packages.
// Cached results (the content check's, the loader's rendered HTML) carry it, so changing the code or
// upgrading a package never serves a stale result.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PIPELINE_FOLDERS = [
  'src/lib',
  'src/lib/content-check',
  'src/lib/markdown',
  'src/lib/search',
  'src/schemas',
  'src/loaders',
];

const computed = new Map<string, string>();

/** @param root the project root */
export function codeFingerprint(root: string): string {
  const known = computed.get(root);
  if (known) return known;
  const hash = createHash('sha1');
  for (const folder of PIPELINE_FOLDERS) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        hash.update(`${folder}/${name}`).update(readFileSync(join(root, folder, name)));
    }
  }
  const fingerprint = hash.update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
  computed.set(root, fingerprint);
  return fingerprint;
}
