import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles } from './site-files.ts';

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
