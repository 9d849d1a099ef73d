// npm run controleer: checks all content without building the site, in seconds.
// Prints every problem in Dutch with file, line, field and a fix, and exits non-zero on problems.
// Plain-language advice is printed as warnings and never fails the check. With --overzicht it also
// lists the pages due for review (laatstGecontroleerd older than controleTermijnMaanden). Under GitHub
// Actions (GITHUB_ACTIONS=true) every problem is also an annotation on its line in the pull request.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDirFor, CHECK_CACHE_FILE } from '../src/lib/cache-dir.ts';
import { formatAnnotations } from '../src/lib/content-check/annotations.ts';
import { checkContent, formatReport, formatWarnings } from '../src/lib/content-check/index.ts';
import { formatReviewOverview, reviewContent } from '../src/lib/review-due.ts';

const { values } = parseArgs({ options: { overzicht: { type: 'boolean', default: false } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
// CONTENT_DIR checks another content folder, as the build does (see astro.config.mjs).
const contentDir = resolve(process.env.CONTENT_DIR ?? resolve(root, 'content'));
const publicDir = resolve(process.env.PUBLIC_DIR ?? resolve(root, 'public'));
// The same cache as the build, so checking after a build (or the other way round) is fast.
const cacheFile = join(cacheDirFor(root, contentDir), CHECK_CACHE_FILE);
const { problems, warnings, entries, fileCount } = await checkContent(contentDir, dirname(contentDir), publicDir, {
  cacheFile,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

// Under GitHub Actions each problem also becomes an annotation on its line in the pull request.
if (process.env.GITHUB_ACTIONS === 'true' && problems.length > 0) console.log(formatAnnotations(problems));
if (warnings.length > 0) console.log(`${formatWarnings(warnings)}\n`);
if (values.overzicht) console.log(`${formatReviewOverview(reviewContent(contentDir, entries))}\n`);
if (problems.length > 0) {
  console.error(formatReport(problems).replace('Er is niets gepubliceerd.', '').trimEnd());
  console.error(`\n${fileCount} bestanden gecontroleerd in ${seconds} s.`);
  process.exit(1);
}
const advice = warnings.length > 0 ? ` (${warnings.length} taaladviezen, zie hierboven)` : '';
console.log(`✓ ${fileCount} bestanden gecontroleerd in ${seconds} s: geen problemen${advice}.`);
