import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildCache } from './build-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build: asks for the words of each page, counting how often they had to be worked out. */
async function build(pages: string[], salt = 'woorden v1') {
  const cache = new BuildCache<string[]>(join(dir, 'cache.bin'), salt);
  let made = 0;
  const words = await Promise.all(
    pages.map((page) =>
      cache.get(cache.key(page), () => {
        made++;
        return page.split(' ');
      }),
    ),
  );
  cache.save();
  return { words, made, hits: cache.hits };
}

describe('BuildCache', () => {
  it('works out in the next build only what changed', async () => {
    expect((await build(['een tip', 'een voorbeeld'])).made).toBe(2);
    const next = await build(['een tip', 'een gewijzigd voorbeeld']);
    expect(next).toEqual({
      words: [
        ['een', 'tip'],
        ['een', 'gewijzigd', 'voorbeeld'],
      ],
      made: 1,
      hits: 1,
    });
  });

  it('keeps only what the last build used', async () => {
    await build(['een tip', 'een voorbeeld']);
    await build(['een tip']);
    expect((await build(['een tip', 'een voorbeeld'])).made).toBe(1);
  });

  it('works everything out again when what all results depend on changed', async () => {
    await build(['een tip']);
    expect((await build(['een tip'], 'woorden v2')).made).toBe(1);
  });

  it('starts empty from a damaged cache file, rather than failing the build', async () => {
    writeFileSync(join(dir, 'cache.bin'), 'geen cache');
    expect(await build(['een tip'])).toMatchObject({ made: 1, hits: 0 });
  });
});
