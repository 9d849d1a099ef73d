// npm run controleer: checks all content without building the site, in seconds.
// Prints every problem in Dutch with file, line, field and a fix, and exits non-zero on problems.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor, CHECK_CACHE_FILE } from '../src/lib/cache-dir.ts';
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
// CONTENT_DIR checks another content folder, as the build does (see astro.config.mjs).
const contentDir = resolve(process.env.CONTENT_DIR ?? resolve(root, 'content'));
const publicDir = resolve(process.env.PUBLIC_DIR ?? resolve(root, 'public'));
// The same cache as the build, so checking after a build (or the other way round) is fast.
const cacheFile = join(cacheDirFor(root, contentDir), CHECK_CACHE_FILE);
const { problems, fileCount } = await checkContent(contentDir, dirname(contentDir), publicDir, { cacheFile });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  console.error(formatReport(problems).replace('Er is niets gepubliceerd.', '').trimEnd());
  console.error(`\n${fileCount} bestanden gecontroleerd in ${seconds} s.`);
  process.exit(1);
}
console.log(`✓ ${fileCount} bestanden gecontroleerd in ${seconds} s: geen problemen.`);
