import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forOffline, siteFiles } from './site-files.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('siteFiles', () => {
  it('lists every file below the folder, relative and sorted, without the folders themselves', async () => {
    dir = mkdtempSync(join(tmpdir(), 'site-files-'));
    for (const file of [
      'tips/b/index.html',
      'index.html',
      'pagefind/index/nl_1.pf_index',
      '_astro/a.css',
      'tips/a/index.html',
    ]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    mkdirSync(join(dir, 'leeg'));
    symlinkSync(join(dir, 'tips'), join(dir, 'koppeling'));
    expect(await siteFiles(dir)).toEqual([
      '_astro/a.css',
      'index.html',
      'pagefind/index/nl_1.pf_index',
      'tips/a/index.html',
      'tips/b/index.html',
    ]);
  });
});

describe('forOffline', () => {
  it('keeps the pages, assets and search index a reader needs offline', () => {
    for (const path of [
      'index.html',
      'tips/offline-lezen/index.html',
      'offline/index.html',
      '_astro/site.css',
      'pagefind/pagefind-entry.json',
      'manifest.webmanifest',
      'afbeeldingen/kaart.zip',
    ])
      expect(forOffline(path), path).toBe(true);
  });

  it('leaves out the worker and its lists, the zip, host settings, hidden files and the editing app', () => {
    for (const path of [
      'sw.js',
      'offline.json',
      'offline-7b0d1e5551d81dbb.json',
      'handreiking-offline.zip',
      '_headers',
      '.gebouwd',
      'tips/.verborgen',
      'beheer/index.html',
      'beheer/config.yml',
    ])
      expect(forOffline(path), path).toBe(false);
  });
});
