import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hashedFiles, keepIndexFiles, pruneIndexFiles, seedIndexFiles } from './index-files.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => pagefind.close());

const write = (path: string, content: string | Uint8Array) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
};

/** Every file below `folder` with its bytes. */
const filesOf = (folder: string) =>
  Object.fromEntries(
    (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((path) => statSync(join(folder, path)).isFile())
      .sort()
      .map((path) => [relative(folder, join(folder, path)), readFileSync(join(folder, path)).toString('base64')]),
  );

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p><span data-pagefind-filter="type">Tip</span></main></body></html>`;

async function writeIndex(pages: Record<string, string>, indexDir: string) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
  for (const [sourcePath, content] of Object.entries(pages)) await index!.addHTMLFile({ sourcePath, content });
  await index!.writeFiles({ outputPath: indexDir });
  await index!.deleteIndex();
}

describe('pruneIndexFiles', () => {
  it('removes the hashed files the metadata does not name, and metadata files of other indexes', () => {
    dir = mkdtempSync(join(tmpdir(), 'zoekindex-'));
    write(
      join(dir, 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { nl: { hash: 'nl_meta1' } } }),
    );
    write(
      join(dir, 'pagefind.nl_meta1.pf_meta'),
      gzipSync(Buffer.from('pagefind_dcd\u00a3nl_frag1\u00a5nl_word1nl_filt1')),
    );
    for (const file of [
      'pagefind.nl_meta0.pf_meta',
      'fragment/nl_frag1.pf_fragment',
      'fragment/nl_frag0.pf_fragment',
      'index/nl_word1.pf_index',
      'index/nl_word0.pf_index',
      'filter/nl_filt1.pf_filter',
      'filter/nl_filt0.pf_filter',
    ])
      write(join(dir, file), 'x');
    write(join(dir, 'pagefind.js'), 'x');

    expect(pruneIndexFiles(dir)).toBe(4);
    expect(hashedFiles(dir)).toEqual([
      'filter/nl_filt1.pf_filter',
      'fragment/nl_frag1.pf_fragment',
      'index/nl_word1.pf_index',
      'pagefind.nl_meta1.pf_meta',
    ]);
    expect(existsSync(join(dir, 'pagefind.js'))).toBe(true);
  });
});

describe('seeding an index with the files of the previous one', () => {
  it('gives, after one page changed, the same files as an index written from nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'zoekindex-'));
    const before = {
      'tips/a/index.html': page('Signalen zien', 'Let op blauwe plekken en angst bij kinderen.'),
      'tips/b/index.html': page('Samenwerken', 'Werk samen met Veilig Thuis en het wijkteam.'),
      'tips/c/index.html': page('Meldcode', 'De meldcode heeft vijf stappen.'),
    };
    const after = { ...before, 'tips/b/index.html': page('Samenwerken', 'Werk samen met de huisarts en de school.') };
    const kept = join(dir, 'bewaard');

    await writeIndex(before, join(dir, 'eerste'));
    pruneIndexFiles(join(dir, 'eerste'));
    keepIndexFiles(join(dir, 'eerste'), kept);
    expect(seedIndexFiles(kept, join(dir, 'tweede'))).toBeGreaterThan(3);
    await writeIndex(after, join(dir, 'tweede'));
    const removed = pruneIndexFiles(join(dir, 'tweede'));
    await writeIndex(after, join(dir, 'nieuw'));

    expect(removed).toBeGreaterThan(0); // at least the changed page's old fragment
    expect(filesOf(join(dir, 'tweede'))).toEqual(filesOf(join(dir, 'nieuw')));
  });

  it('passes over a kept file that was rewritten in place since, and has Pagefind write it again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'zoekindex-'));
    const pages = { 'tips/a/index.html': page('Signalen zien', 'Let op blauwe plekken en angst bij kinderen.') };
    const kept = join(dir, 'bewaard');
    await writeIndex(pages, join(dir, 'eerste'));
    keepIndexFiles(join(dir, 'eerste'), kept);
    const [fragment] = hashedFiles(kept).filter((file) => file.startsWith('fragment/'));
    // A later step that rewrites a published file in place (the kept one may be the same file).
    writeFileSync(join(dir, 'eerste', fragment!), 'herschreven');

    expect(seedIndexFiles(kept, join(dir, 'tweede'))).toBe(hashedFiles(kept).length - 1);
    await writeIndex(pages, join(dir, 'tweede'));
    await writeIndex(pages, join(dir, 'nieuw'));
    expect(filesOf(join(dir, 'tweede'))).toEqual(filesOf(join(dir, 'nieuw')));
  });

  it('puts nothing in place when nothing was kept', () => {
    dir = mkdtempSync(join(tmpdir(), 'zoekindex-'));
    expect(seedIndexFiles(join(dir, 'bewaard'), join(dir, 'index'))).toBe(0);
    expect(existsSync(join(dir, 'index'))).toBe(false);
  });
});
