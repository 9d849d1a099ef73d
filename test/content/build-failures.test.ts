// Bad content must stop `npm run build` with a Dutch message naming the file and the id, and the
// previously published site must stay as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.remove());

function buildBroken(change: (copy: FixtureCopy) => void) {
  fixture = copyFixture();
  change(fixture);
  const out = join(fixture.root, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'vorige versie');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: fixture.contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, previous: readFileSync(join(out, 'index.html'), 'utf8') };
}

describe('npm run build with bad content', () => {
  it('stops on an unknown theme id in a tip', () => {
    const result = buildBroken((c) =>
      c.edit('tips/formeer-duos.mdx', (t) => t.replace('themas: [samenwerking]', 'themas: [samenwerking, bestaat-niet]')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/tips/formeer-duos.mdx:4 — veld "themas[1]"');
    expect(result.output).toContain('"bestaat-niet" bestaat niet als thema');
    expect(result.previous).toBe('vorige versie');
  });

  it('stops on <Tip id="bestaat-niet" /> in a chapter', () => {
    const result = buildBroken((c) =>
      c.edit('hoofdstukken/preventie.mdx', (t) => t.replace('<Tip id="formeer-duos" />', '<Tip id="bestaat-niet" />')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/hoofdstukken\/preventie\.mdx:\d+ — veld "<Tip id="bestaat-niet">"/);
    expect(result.output).toContain('"bestaat-niet" bestaat niet als tip');
    expect(result.previous).toBe('vorige versie');
  });

  it('stops on forbidden MDX before Astro compiles it', () => {
    const result = buildBroken((c) =>
      c.edit('praktijkvoorbeelden/zorgmail-rijswijk.mdx', (t) => `${t}\nexport const x = process.exit(0)\n`),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/praktijkvoorbeelden/zorgmail-rijswijk.mdx');
    expect(result.output).toContain('"import" en "export" zijn niet toegestaan');
    expect(result.previous).toBe('vorige versie');
  });
});
