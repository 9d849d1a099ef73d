// Under GitHub Actions, `npm run controleer` also prints each problem as an annotation, so the pull
// request shows it on the changed line; elsewhere the report stays as editors know it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.remove());

function check(copy: FixtureCopy, githubActions: string) {
  const result = spawnSync(process.execPath, ['scripts/controleer.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: copy.contentDir, GITHUB_ACTIONS: githubActions },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run controleer under GitHub Actions', () => {
  it('annotates a wrong field on its line in its file', () => {
    fixture = copyFixture();
    fixture.edit('praktijkvoorbeelden/zorgmail-rijswijk.mdx', (text) =>
      text.replace('themas: [samenwerking]', 'themas: [samenwerkin]'),
    );
    const result = check(fixture, 'true');
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error file=content\/praktijkvoorbeelden\/zorgmail-rijswijk\.mdx,line=7,title=Inhoudscontrole%3A veld "themas\[0\]"::"samenwerkin" bestaat niet als thema\.%0AOplossing: Bedoelt u "samenwerking"\?/,
    );
    // The report for people is still there.
    expect(result.stderr).toContain('✗ content/praktijkvoorbeelden/zorgmail-rijswijk.mdx:7');
  });

  it('prints no annotations elsewhere, nor when all is well', () => {
    fixture = copyFixture();
    fixture.edit('praktijkvoorbeelden/zorgmail-rijswijk.mdx', (text) =>
      text.replace('themas: [samenwerking]', 'themas: [samenwerkin]'),
    );
    expect(check(fixture, '').stdout).not.toContain('::error');
    fixture.edit('praktijkvoorbeelden/zorgmail-rijswijk.mdx', (text) =>
      text.replace('themas: [samenwerkin]', 'themas: [samenwerking]'),
    );
    const clean = check(fixture, 'true');
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toContain('::error');
  });
});
