// `npm run bench -- --vergelijk starlight`: builds the same synthetic practice examples with Astro
// Starlight, in a throwaway project in .tmp/bench/starlight/ (ignored by git), so both build times
// are measured in one run on the same machine. The project is installed once and reinstalled only
// when its package.json changes (for example after an Astro upgrade here).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { countHtmlPages, dirBytes, treeRss } from './measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What the comparison measures, printed with the results. */
export const STARLIGHT_NOTE = [
  'Vergelijking: dezelfde N synthetische praktijkvoorbeelden (titel, samenvatting en Markdown-tekst)',
  'gebouwd met Astro Starlight (standaardinstellingen, taal nl, met de Pagefind-zoekindex van Starlight)',
  'in .tmp/bench/starlight/, met dezelfde Astro-versie. Beide builds starten koud. Onze build bevat ook de',
  "echte handreiking, overzichtspagina's, controle, sitemap, offline-versie en printdocument; Starlight",
  "bouwt alleen de voorbeeldpagina's, een startpagina en 404, met de automatische zijbalk (alle pagina's).",
].join('\n');

const ASTRO_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Vergelijking',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

const INDEX_PAGE = `---
title: Vergelijking
description: Synthetische praktijkvoorbeelden, gebouwd met Starlight voor npm run bench.
---

Deze site bestaat alleen om de buildtijd te vergelijken.
`;

/** Synthetic examples end in a five-digit number (generate.mjs's exampleId); real ones do not. */
const SYNTHETIC = /-\d{5}\.mdx?$/;

/** package.json of the comparison project: the same Astro version as ours, Starlight 0.42.x. */
function packageJson() {
  const astro = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  const pkg = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: { astro, '@astrojs/starlight': '^0.42' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Installs the project unless node_modules is there for exactly this package.json. */
function install(projectDir, benchDir) {
  const pkg = packageJson();
  // Written only after a successful install, so an interrupted install is retried.
  const stamp = join(projectDir, 'node_modules/.bench-package.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === pkg) return;
  console.log('Starlight installeren…');
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(join(projectDir, 'package.json'), pkg);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, encoding: 'utf8' });
  const logFile = join(benchDir, 'starlight-install.log');
  writeFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}`);
  if (result.status !== 0) throw new Error(`npm install voor Starlight is mislukt (log: ${logFile})`);
  writeFileSync(stamp, pkg);
}

/** Writes the config files and one Starlight page per synthetic example; returns the number of examples. */
function writeProject(projectDir, contentDir) {
  writeFileSync(join(projectDir, 'astro.config.mjs'), ASTRO_CONFIG);
  // Without its own tsconfig.json, Vite would pick up the handreiking's one from a parent folder.
  writeFileSync(
    join(projectDir, 'tsconfig.json'),
    `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`,
  );
  const docs = join(projectDir, 'src/content/docs');
  rmSync(join(projectDir, 'src'), { recursive: true, force: true });
  mkdirSync(join(docs, 'praktijkvoorbeelden'), { recursive: true });
  writeFileSync(join(projectDir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(docs, 'index.md'), INDEX_PAGE);
  const sourceDir = join(contentDir, 'praktijkvoorbeelden');
  let count = 0;
  for (const name of readdirSync(sourceDir).filter((file) => SYNTHETIC.test(file))) {
    const text = readFileSync(join(sourceDir, name), 'utf8');
    const [, frontmatter, body] = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/) ?? [];
    if (frontmatter === undefined) throw new Error(`Geen frontmatter in ${join(sourceDir, name)}`);
    const data = YAML.parse(frontmatter);
    const starlightData = { title: data.titel, description: data.samenvatting };
    writeFileSync(
      join(docs, 'praktijkvoorbeelden', name.replace(/\.mdx?$/, '.md')),
      `---\n${YAML.stringify(starlightData, { lineWidth: 0 })}---\n${body}`,
    );
    count++;
  }
  return count;
}

/**
 * Builds `size` synthetic examples from contentDir with Starlight, cold. Resolves with wall time,
 * CPU time (when /usr/bin/time exists), HTML pages, peak memory of the process tree and sizes.
 */
export async function buildStarlight({ size, contentDir, benchDir }) {
  const projectDir = join(benchDir, 'starlight');
  install(projectDir, benchDir);
  const examples = writeProject(projectDir, contentDir);
  if (examples !== size) {
    throw new Error(`${examples} synthetische voorbeelden gevonden in ${contentDir}, niet ${size}`);
  }
  // Cold, like our build: no output, no generated types, no content cache.
  for (const dir of ['dist', '.astro', 'node_modules/.astro']) {
    rmSync(join(projectDir, dir), { recursive: true, force: true });
  }

  const logFile = join(benchDir, `starlight-build-${size}.log`);
  const timeFile = join(benchDir, `starlight-time-${size}.txt`);
  rmSync(timeFile, { force: true });
  const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  if (existsSync('/usr/bin/time')) command.unshift('/usr/bin/time', '-f', '%U %S', '-o', timeFile);
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    cwd: projectDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  let peakTree = 0;
  let peakProcess = 0;
  const poll = setInterval(() => {
    const { sum, max } = treeRss(child.pid);
    peakTree = Math.max(peakTree, sum);
    peakProcess = Math.max(peakProcess, max);
  }, 100);
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(logFile, output.join(''));

  const distDir = join(projectDir, 'dist');
  const [user, sys] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2) : [];
  const log = readFileSync(logFile, 'utf8');
  // Starlight's Pagefind step logs "Indexed N pages" (or "Found N HTML files").
  const indexed = log.match(/Indexed (\d+) pages?/) ?? log.match(/Found (\d+) HTML files?/);
  return {
    code,
    logFile,
    seconds,
    cpuSeconds: user === undefined ? undefined : Number(user) + Number(sys),
    pages: code === 0 ? countHtmlPages(distDir) : undefined,
    pagefindPages: indexed ? Number(indexed[1]) : undefined,
    peakMemoryMB: peakTree / 2 ** 20,
    peakLargestProcessMB: peakProcess / 2 ** 20,
    pagefindIndexKB: dirBytes(join(distDir, 'pagefind')) / 1024,
    distMB: dirBytes(distDir) / 2 ** 20,
  };
}
