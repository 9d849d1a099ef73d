// npm start: builds the site when the sources changed since the last build, then serves dist/ at
// http://localhost:4321 (under the base path when one is configured), with the headers a web server
// should send (scripts/serve.ts), instead of `astro preview`, which sends none and shows stack traces.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../src/site-config.ts';
import { startServer } from './serve.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.gebouwd');

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'].map((name) => join(root, name));
// A build from before _headers existed would be served without its headers: build it again.
const complete = existsSync(stamp) && existsSync(join(root, 'dist', '_headers'));
const builtAt = complete ? statSync(stamp).mtimeMs : 0;
if (Math.max(...sources.map(newestChange)) > builtAt) {
  console.log('De bronbestanden zijn gewijzigd: de site wordt eerst gebouwd.\n');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('De site is al gebouwd en up-to-date.\n');
}

// The same base path as the build (astro.config.mjs): handreiking.yaml, or BASE_PATH.
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
let base;
try {
  base = loadSiteConfig(join(contentDir, 'handreiking.yaml')).basispad;
} catch (error) {
  // A Dutch message for the editor, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
try {
  const { close } = await startServer({ dir: join(root, 'dist'), base, port, host: 'localhost' });
  console.log(`De handreiking staat op http://localhost:${port}${base} (stoppen met Ctrl+C).`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
} catch (error) {
  const inUse = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=4322 npm start`
      : `De webserver kon niet starten: ${/** @type {Error} */ (error).message}`,
  );
  process.exit(1);
}
