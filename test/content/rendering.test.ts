// The content loader end to end: a fixture site built twice. Images from public/afbeeldingen/ work
// as CONTRIBUTING.md documents them, under a base path; an unchanged file is not read again, a
// changed one is, and the chapter that embeds it shows the new text.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/lib/cache-dir.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
let fixture: FixtureCopy;
let publicDir: string;
let out: string;

function build() {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: fixture.contentDir,
      PUBLIC_DIR: publicDir,
      BASE_PATH: '/sub/',
      ASTRO_CACHE_KEY: 'rendering',
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

beforeAll(() => {
  fixture = copyFixture();
  publicDir = join(fixture.root, 'public');
  out = join(fixture.root, 'dist');
  cpSync(join(ROOT, 'public'), publicDir, { recursive: true });
  mkdirSync(join(publicDir, 'afbeeldingen'), { recursive: true });
  writeFileSync(join(publicDir, 'afbeeldingen/loket.png'), PNG);
  fixture.edit(
    'praktijkvoorbeelden/zorgmail-rijswijk.mdx',
    (t) => `${t}\n![Het loket in het stadhuis](/afbeeldingen/loket.png)\n`,
  );
});
afterAll(() => fixture.remove());

describe('the content loader', () => {
  let first = '';
  it('renders an image from public/afbeeldingen/ under the base path', () => {
    first = build();
    const page = readFileSync(join(out, 'praktijkvoorbeelden/zorgmail-rijswijk/index.html'), 'utf8');
    expect(page).toContain(
      '<img src="/sub/afbeeldingen/loket.png" alt="Het loket in het stadhuis" loading="lazy" decoding="async">',
    );
    expect(existsSync(join(out, 'afbeeldingen/loket.png'))).toBe(true);
  });

  it('reads only the changed file again, and the chapter shows the changed tip', () => {
    expect(first).toMatch(/tips: \d+ van 1 bestanden opnieuw gelezen/);
    fixture.edit('tips/formeer-duos.mdx', (t) => t.replace('Maak duo', 'Vorm echt duo'));
    const second = build();
    expect(second).toContain('tips: 1 van 1 bestanden opnieuw gelezen');
    expect(second).toContain('praktijkvoorbeelden: 0 van 1 bestanden opnieuw gelezen');
    expect(second).toContain('hoofdstukken: 0 van 1 bestanden opnieuw gelezen');
    const chapter = readFileSync(join(out, 'hoofdstukken/preventie/index.html'), 'utf8');
    expect(chapter).toContain('Vorm echt duo’s van professionals');
    expect(readFileSync(join(out, 'tips/formeer-duos/index.html'), 'utf8')).toContain('Vorm echt duo’s');
  });

  it('keeps each text in a file of its own beside the store, one per entry, and renders again what went missing', () => {
    const cacheDir = cacheDirFor(ROOT, fixture.contentDir, 'rendering');
    const tips = join(cacheDir, 'inhoud-html', 'tips');
    // The store, which Astro bundles into the build, holds no text; the changed tip left one file, not two.
    expect(readFileSync(join(cacheDir, 'data-store.json'), 'utf8')).not.toContain('Vorm echt duo');
    expect(readdirSync(tips)).toHaveLength(1);
    expect(readFileSync(join(tips, readdirSync(tips)[0]!), 'utf8')).toContain('Vorm echt duo');

    rmSync(join(cacheDir, 'inhoud-html'), { recursive: true });
    const third = build();
    expect(third).toContain('tips: 1 van 1 bestanden opnieuw gelezen');
    expect(readFileSync(join(out, 'hoofdstukken/preventie/index.html'), 'utf8')).toContain(
      'Vorm echt duo’s van professionals',
    );
  });
});
