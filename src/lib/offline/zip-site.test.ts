import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipSite, type ZipSiteOptions } from './zip-site.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-site-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, 'site', path)), { recursive: true });
  writeFileSync(join(dir, 'site', path), text);
}

const page = (title: string) =>
  `<!DOCTYPE html><html lang="nl"><head><link rel="stylesheet" href="/_astro/site.css"></head><body><h1>${title}</h1><a href="/tips/">Tips</a></body></html>`;

function options(base = '/'): ZipSiteOptions {
  return {
    siteDir: join(dir, 'site'),
    base,
    zipName: 'site.zip',
    readme: '<p>Lees mij</p>',
    siteUrl: 'https://handreiking.example/',
    cacheFile: join(dir, 'cache', 'download.bin'),
    root: process.cwd(),
  };
}

const unzipped = () =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(join(dir, 'site', 'site.zip')))).map(([name, data]) => [
      name,
      strFromU8(data),
    ]),
  );

describe('zipSite', () => {
  beforeEach(() => {
    write('index.html', page('Start'));
    write('tips/index.html', page('Tips'));
    write('tips/een-tip/index.html', page('Een tip'));
    write('_astro/site.css', 'h1{color:navy}');
    write('sw.js', 'self.addEventListener("fetch", () => {});');
  });

  it('writes every page with links a browser follows from disk, and leaves out what does not belong', async () => {
    await zipSite(options());
    const files = unzipped();
    expect(Object.keys(files).sort()).toEqual([
      'handreiking/LEESMIJ.html',
      'handreiking/_astro/site.css',
      'handreiking/index.html',
      'handreiking/tips/een-tip/index.html',
      'handreiking/tips/index.html',
    ]);
    expect(files['handreiking/tips/een-tip/index.html']).toContain('<a href="../index.html">Tips</a>');
    expect(files['handreiking/tips/een-tip/index.html']).toContain('href="../../_astro/site.css"');
  });

  it('compresses again only the files that changed since the last build, with the same result as from scratch', async () => {
    const first = await zipSite(options());
    expect(first.reused).toBe(0);
    write('tips/een-tip/index.html', page('Een gewijzigde tip'));
    const second = await zipSite(options());
    // LEESMIJ.html is made each time; of the rest only the changed page is new.
    expect(second.reused).toBe(second.entries - 2);
    const warm = unzipped();
    expect(warm['handreiking/tips/een-tip/index.html']).toContain('Een gewijzigde tip');

    rmSync(join(dir, 'cache'), { recursive: true });
    const cold = await zipSite(options());
    expect(cold.reused).toBe(0);
    expect(unzipped()).toEqual(warm);
  });

  it('reuses nothing when the pages are rewritten differently (another base path)', async () => {
    await zipSite(options());
    write('index.html', page('Start').replaceAll('href="/', 'href="/handreiking/'));
    const other = await zipSite(options('/handreiking/'));
    expect(other.reused).toBe(0);
    expect(unzipped()['handreiking/index.html']).toContain('href="tips/index.html"');
  });
});
