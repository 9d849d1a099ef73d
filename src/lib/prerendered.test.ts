// The content check renders each new or changed MDX file for the loader (prerendered.ts): what it
// renders must be exactly what the loader would have rendered itself, for every file of the real
// handreiking and of the test fixture.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntries } from '../loaders/read-entries.ts';
import { checkJobs } from './content-check/check.ts';
import { readLanguageRules } from './content-check/plain-language.ts';
import { listContentFiles } from './content-files.ts';
import { renderOptions } from './markdown/rendered-entry.ts';
import { offerPrerendered, prerenderKey, takePrerendered } from './prerendered.ts';
import { COLLECTIONS } from '../schemas/registry.ts';
import { readFileSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '../..');
const temporary = mkdtempSync(join(tmpdir(), 'prerendered-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe.each([
  ['the real handreiking', join(ROOT, 'content'), '/'],
  ['the test fixture, under a base path', join(ROOT, 'test/fixtures/inhoud'), '/sub/'],
])('the check renders %s as the loader does', (_name, contentDir, base) => {
  const tree = listContentFiles(contentDir, ROOT);
  const files = tree.files.filter((file) => COLLECTIONS[file.collection].kind === 'mdx');
  const render = renderOptions(contentDir, base);
  const { rules } = readLanguageRules(contentDir, ROOT);

  it('for every MDX file: same data, HTML, headings and references, under the key the loader asks for', () => {
    expect(files.length).toBeGreaterThan(3);
    const checked = checkJobs(files, { rules, render });
    const loaded = readEntries(files, render);
    files.forEach((file, i) => {
      const prerendered = checked[i]!.prerendered;
      expect(prerendered, file.file).toBeDefined();
      expect(prerendered!.key).toBe(prerenderKey(file.path, readFileSync(file.path, 'utf8'), render));
      expect(prerendered!.entry, file.file).toEqual(loaded[i]);
    });
  });
});

describe('prerendered entries', () => {
  const contentDir = join(ROOT, 'test/fixtures/inhoud');
  const render = renderOptions(contentDir, '/');
  const { rules } = readLanguageRules(contentDir, ROOT);
  const tip = listContentFiles(contentDir, ROOT).files.find((file) => file.collection === 'tips')!;

  it('are not made for a file with a problem: the loader never stores what the check refused', () => {
    const path = join(temporary, `${tip.id}.mdx`);
    writeFileSync(path, readFileSync(tip.path, 'utf8').replace(/^titel: .*$/m, 'titel: 12'));
    const [result] = checkJobs([{ ...tip, path }], { rules, render });
    expect(result!.problems.length).toBeGreaterThan(0);
    expect(result!.prerendered).toBeUndefined();
  });

  it('are not made when the check is run on its own (npm run controleer)', () => {
    expect(checkJobs([tip], { rules })[0]!.prerendered).toBeUndefined();
  });

  it('are taken once, and only with the same text and render options', () => {
    const text = readFileSync(tip.path, 'utf8');
    const [result] = checkJobs([tip], { rules, render });
    offerPrerendered(result!.prerendered!.key, result!.prerendered!.entry);
    expect(takePrerendered(prerenderKey(tip.path, `${text}\nNieuwe zin.`, render))).toBeUndefined();
    expect(takePrerendered(prerenderKey(tip.path, text, { ...render, base: '/sub/' }))).toBeUndefined();
    expect(takePrerendered(prerenderKey(tip.path, text, render))).toEqual(result!.prerendered!.entry);
    expect(takePrerendered(prerenderKey(tip.path, text, render))).toBeUndefined();
  });
});
