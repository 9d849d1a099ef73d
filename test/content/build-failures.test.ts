// Every fault in the corpus (faults.ts) is rejected by `npm run controleer` and by `npm run build`,
// with the Dutch message naming the file; a failed build leaves the previously published site as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';
import { SENTINEL } from './attacks.ts';
import { faults } from './faults.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.remove());

function run(script: string, args: string[], copy: FixtureCopy) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: copy.contentDir, ASTRO_CACHE_KEY: 'build-failures' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe.each(faults)('$name', (fault) => {
  it('is rejected by npm run controleer and by npm run build, which keeps the previous site', () => {
    fixture = copyFixture();
    fault.change(fixture);

    const check = run('scripts/controleer.ts', [], fixture);
    expect(check.status).not.toBe(0);
    expect(check.output).toContain(`content/${fault.file}`);
    expect(check.output).toMatch(fault.message);

    const out = join(fixture.root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'vorige versie');
    const build = run('scripts/build.mjs', ['--out', out], fixture);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`content/${fault.file}`);
    expect(build.output).toMatch(fault.message);
    expect(build.output).toContain('Er is niets gepubliceerd');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('vorige versie');
    // No contributed file ever runs: the payloads of the attack cases would write this file.
    expect(existsSync(join(fixture.root, SENTINEL))).toBe(false);
    // Nothing from a file outside content/ reaches the messages (a symlink's target stays unread).
    expect(`${check.output}${build.output}`).not.toContain('GEHEIM');
    // A content error is a message for editors, never a stack trace.
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(check.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('the messages for the two cases of the Fundament issue', () => {
  it('name file, line and field for an unknown theme id', () => {
    fixture = copyFixture();
    faults[0]!.change(fixture);
    const build = run('scripts/build.mjs', ['--out', join(fixture.root, 'dist')], fixture);
    expect(build.output).toContain('content/tips/formeer-duos.mdx:4 — veld "themas[1]"');
    expect(build.output).toContain('"bestaat-niet" bestaat niet als thema');
  });

  it('name file and id for <Tip id="bestaat-niet" />', () => {
    fixture = copyFixture();
    faults[1]!.change(fixture);
    const build = run('scripts/build.mjs', ['--out', join(fixture.root, 'dist')], fixture);
    expect(build.output).toMatch(/content\/hoofdstukken\/preventie\.mdx:\d+ — veld "<Tip id="bestaat-niet">"/);
  });
});
