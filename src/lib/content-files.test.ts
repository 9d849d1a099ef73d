import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listContentFiles } from './content-files.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'inhoud-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return join(root, 'content');
}

describe('listContentFiles', () => {
  it('lists the files of each collection with their id, and accepts the settings files', () => {
    const dir = tree({
      'handreiking.yaml': '',
      'zoeken/woorden.yaml': '',
      'taal/moeilijke-woorden.yaml': '',
      'tips/formeer-duos.mdx': '',
      'preventieve-acties/01-screening.yaml': '',
    });
    const { files, problems } = listContentFiles(dir, root);
    expect(problems).toEqual([]);
    expect(files.map(({ collection, id, file }) => ({ collection, id, file }))).toEqual([
      { collection: 'preventieveActies', id: '01-screening', file: 'content/preventieve-acties/01-screening.yaml' },
      { collection: 'tips', id: 'formeer-duos', file: 'content/tips/formeer-duos.mdx' },
    ]);
  });

  it.each([
    ['a hidden file', { 'tips/.x.mdx': '' }, 'content/tips/.x.mdx', /Verborgen/],
    ['a hidden folder', { '.git/x': '' }, 'content/.git', /Verborgen/],
    ['a wrong extension', { 'tips/x.md': '' }, 'content/tips/x.md', /alleen \.mdx-bestanden/],
    ['a YAML file in an MDX folder', { 'tips/x.yaml': '' }, 'content/tips/x.yaml', /alleen \.mdx-bestanden/],
    ['an MDX file in a data folder', { 'themas/x.mdx': '' }, 'content/themas/x.mdx', /alleen \.yaml-bestanden/],
    ['an unknown folder', { 'extra/x.mdx': '' }, 'content/extra', /hoort niet bij de handreiking/],
    ['a subfolder of a collection', { 'tips/sub/x.mdx': '' }, 'content/tips/sub', /hoort niet bij de handreiking/],
    ['a loose file in the content folder', { 'x.mdx': '' }, 'content/x.mdx', /hoort niet bij de handreiking/],
    ['another file next to the word list', { 'zoeken/extra.yaml': '' }, 'content/zoeken/extra.yaml', /hoort niet/],
    [
      'another file next to the plain-language list',
      { 'taal/extra.yaml': '' },
      'content/taal/extra.yaml',
      /hoort niet/,
    ],
  ])('rejects %s by name, and does not list it', (_name, files, file, message) => {
    const result = listContentFiles(tree(files), root);
    expect(result.files).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ file, message: expect.stringMatching(message) })]);
  });

  it('rejects symlinks to files and to folders, wherever they are', () => {
    const dir = tree({ 'tips/echt.mdx': '' });
    writeFileSync(join(root, 'buiten.mdx'), '');
    symlinkSync(join(root, 'buiten.mdx'), join(dir, 'tips/koppeling.mdx'));
    symlinkSync(join(root, 'buiten.mdx'), join(dir, 'handreiking.yaml'));
    mkdirSync(join(root, 'map'));
    symlinkSync(join(root, 'map'), join(dir, 'themas'));
    const { files, problems } = listContentFiles(dir, root);
    expect(files.map((file) => file.id)).toEqual(['echt']);
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'content/handreiking.yaml',
      'content/themas',
      'content/tips/koppeling.mdx',
    ]);
    expect(problems.every((problem) => /symbolische koppeling/.test(problem.message))).toBe(true);
  });

  it('lists one collection, for its loader, with the same checks', () => {
    const dir = tree({
      'tips/formeer-duos.mdx': '',
      'tips/.verborgen.mdx': '',
      'praktijkvoorbeelden/x.mdx': '',
      'extra/x.mdx': '',
    });
    const { files, problems } = listContentFiles(dir, root, 'tips');
    expect(files.map((file) => file.file)).toEqual(['content/tips/formeer-duos.mdx']);
    // Problems elsewhere are the content check's to report; those in the folder are still found.
    expect(problems.map((problem) => problem.file)).toEqual(['content/tips/.verborgen.mdx']);
    expect(listContentFiles(dir, root, 'praktijkvoorbeelden').files.map((file) => file.id)).toEqual(['x']);
  });

  it('does not follow a collection folder that is a symlink, also when listing that collection alone', () => {
    const dir = tree({ 'tips/echt.mdx': '' });
    mkdirSync(join(root, 'elders'));
    writeFileSync(join(root, 'elders/geheim.yaml'), '');
    symlinkSync(join(root, 'elders'), join(dir, 'themas'));
    const { files, problems } = listContentFiles(dir, root, 'themas');
    expect(files).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/themas', message: expect.stringMatching(/symbolische koppeling/) }),
    ]);
  });
});
