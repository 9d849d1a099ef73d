// npm run build: builds the site into a staging folder and only then replaces dist/.
// A build that fails (bad content, a render error, the search index) leaves the old dist/ as it
// was, so nothing is ever half-published.
// Two stages: Astro renders the pages in a process of its own; when it has exited, this script runs
// the steps that work on the finished site (search index, offline, zip, headers; see
// src/integrations/finishing-steps.ts), so the two never hold their memory at the same time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEPARATE_FINISH_ENV } from '../src/integrations/finish-separately.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const target = resolve(root, outIndex >= 0 ? args[outIndex + 1] : 'dist');
const staging = `${target}.bouw`;

// Astro writes generated modules to .astro/ in the project root, whatever the content folder, so two
// builds at the same time (tests, the benchmark) would overwrite each other's. One build at a time.
const lock = resolve(root, '.tmp/bouw.lock');
mkdirSync(dirname(lock), { recursive: true });
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    const stale = existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 30 * 60 * 1000;
    if (stale) rmSync(lock, { recursive: true, force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

rmSync(staging, { recursive: true, force: true });
const astro = spawn(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [SEPARATE_FINISH_ENV]: 'apart' },
  },
);
// The finishing steps' modules (a second of loading) load while Astro builds.
const loading = import('../src/integrations/finishing-steps.ts');
loading.catch(() => {}); // reported below, once Astro is done
const status = await new Promise((done) => astro.on('close', done));
if (status !== 0) fail(status ?? 1);
try {
  const { finishingSteps, runFinishingSteps } = await loading;
  const { buildSettings } = await import('../src/build-settings.ts');
  // The settings Astro built with (handreiking.yaml is valid: Astro has read it).
  const settings = buildSettings(root);
  await runFinishingSteps(finishingSteps(settings), { root, cacheDir: settings.cacheDir, outDir: staging });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  fail(1);
}
writeFileSync(resolve(staging, '.gebouwd'), new Date().toISOString());
// The previous site is moved aside and removed in the background: deleting 10,000 pages took 3 s.
const previous = `${target}.vorige`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
if (existsSync(previous)) {
  const remove = `require('node:fs').rmSync(${JSON.stringify(previous)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', remove], { detached: true, stdio: 'ignore' }).unref();
}
console.log(`\nKlaar: de site staat in ${target}.`);

function fail(status) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nDe build is mislukt; ${existsSync(target) ? 'de vorige versie in ' + target + ' is ongewijzigd' : 'er is niets gepubliceerd'}.`,
  );
  process.exit(status);
}
