// Astro's incremental build copies a page from the previous build when its cacheKey
// (src/lib/page-cache-key.ts) is unchanged. A key that misses something the page shows would
// publish an old page. So: the real handreiking is built, edited in several ways, built again with
// the caches, and compared file by file with a build of the same content from nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/lib/cache-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const KEY = `incrementeel-${process.pid}`;
let work: string;
let contentDir: string;

function build(out: string, cacheKey: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_KEY: cacheKey },
    encoding: 'utf8',
  });
  // Without colours: with CI set, Astro colours its log even when it is not a terminal.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  expect(result.status, output).toBe(0);
  return output;
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `${file} is niet gewijzigd`).not.toBe(before);
  writeFileSync(path, after);
}

/** Every file of a build with its bytes; the zip by its entries (their dates are the build time). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(sub)) {
      const full = join(sub, name);
      const rel = relative(dir, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (rel === '.gebouwd') continue;
      else if (rel.endsWith('.zip')) {
        for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(full))))
          files.set(`${rel}!${entry}`, Buffer.from(bytes).toString('base64'));
      } else files.set(rel, readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

interface Manifest {
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }>;
}

/** For a failure: what changed between two of Astro's incremental manifests. */
function whyNotReused(before: string, after: string): string {
  const [a, b] = [JSON.parse(before) as Manifest, JSON.parse(after) as Manifest];
  const routes = Object.keys(a.routes).map((route) => {
    const [x, y] = [a.routes[route]!, b.routes[route]];
    const paths = Object.keys(x.paths);
    const changed = paths.filter((path) => x.paths[path]!.cacheKey !== y?.paths[path]?.cacheKey).length;
    return `${route}: code ${x.dependencyHash === y?.dependencyHash ? 'gelijk' : 'anders'}, ${changed}/${paths.length} sleutels anders`;
  });
  return [
    `config ${a.configHash === b.configHash ? 'gelijk' : 'anders'}, lockfile ${a.lockfileHash === b.lockfileHash ? 'gelijk' : 'anders'}`,
    ...routes,
  ].join('\n');
}

/** The paths Astro copied from the previous build instead of rendering them. */
const reused = (log: string) => [...log.matchAll(/\/(\S+index\.html)\s*\((?:restored|cached)\)/g)].map((m) => m[1]!);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'handreiking-incrementeel-'));
  contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
});
afterAll(() => {
  for (const key of [KEY, `${KEY}-vers`]) rmSync(cacheDirFor(ROOT, contentDir, key), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the incremental build', () => {
  it('publishes the same site after edits as a build from nothing, and renders only what changed', () => {
    build(join(work, 'eerst'), KEY);
    const manifest = join(cacheDirFor(ROOT, contentDir, KEY), 'incremental-build.json');
    const before = readFileSync(manifest, 'utf8');

    // Only the wording of an example that a chapter embeds.
    edit('praktijkvoorbeelden/wijkprofiel-rotterdam.mdx', (t) =>
      t.replace('De Sociale Index is inmiddels', 'De Sociale Index is sinds kort'),
    );
    // The wording of a tip shown in a chapter's box.
    edit('tips/blijf-geinformeerd.mdx', (t) => `${t}\nEen zin die de redactie toevoegde.\n`);
    const onlyText = build(join(work, 'tekst'), KEY);
    const restored = reused(onlyText);
    // Most pages are copied, but not those that show the edited texts.
    expect(restored.length, whyNotReused(before, readFileSync(manifest, 'utf8'))).toBeGreaterThan(50);
    for (const page of [
      'praktijkvoorbeelden/wijkprofiel-rotterdam/index.html',
      'hoofdstukken/drie-stappen/index.html',
      'tips/blijf-geinformeerd/index.html',
      'hoofdstukken/introductie/index.html',
    ])
      expect(restored, page).not.toContain(page);
    expect(readFileSync(join(work, 'tekst/hoofdstukken/drie-stappen/index.html'), 'utf8')).toContain(
      'De Sociale Index is sinds kort',
    );

    // A title other pages list, a new link from a law article to a tip (its backlinks change) and a
    // new heading in a tip.
    edit('praktijkvoorbeelden/wijkprofiel-rotterdam.mdx', (t) =>
      t.replace('titel: Sociale Index en Wijkprofiel in Rotterdam', 'titel: Het Wijkprofiel van Rotterdam'),
    );
    edit('wetsartikelen/jeugdwet-1-1.mdx', (t) => `${t}\nZie ook [deze tip](/tips/voer-casusbesprekingen/).\n`);
    edit('tips/blijf-geinformeerd.mdx', (t) => `${t}\n## Nieuwe kop\n\nNog een zin.\n`);
    build(join(work, 'daarna'), KEY);

    build(join(work, 'vers'), `${KEY}-vers`);
    const warm = snapshot(join(work, 'daarna'));
    const cold = snapshot(join(work, 'vers'));
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    const different = [...cold.keys()].filter((file) => warm.get(file) !== cold.get(file));
    expect(different).toEqual([]);
    expect(readFileSync(join(work, 'daarna/tips/voer-casusbesprekingen/index.html'), 'utf8')).toContain('jeugdwet-1-1');
  });
});
