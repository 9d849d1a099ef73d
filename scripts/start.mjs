// npm start: builds the site when the sources changed since the last build, then serves dist/ at
// http://localhost:4321 (under the base path when one is configured).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.gebouwd');

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'].map((name) => join(root, name));
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (Math.max(...sources.map(newestChange)) > builtAt) {
  console.log('De bronbestanden zijn gewijzigd: de site wordt eerst gebouwd.\n');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('De site is al gebouwd en up-to-date.\n');
}

const port = process.env.PORT ?? '4321';
spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
