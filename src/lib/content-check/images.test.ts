import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readImageFolder } from './images.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946000101000001', 'hex');
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, Buffer | string>) {
  root = mkdtempSync(join(tmpdir(), 'public-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(root, 'public/afbeeldingen', path, '..'), { recursive: true });
    writeFileSync(join(root, 'public/afbeeldingen', path), bytes);
  }
  return join(root, 'public');
}

describe('readImageFolder', () => {
  it('lists real images by their site path, also in subfolders', () => {
    const result = readImageFolder(folder({ 'loket.png': PNG, 'zwolle/team.jpg': JPEG }), root);
    expect(result.problems).toEqual([]);
    expect([...result.images].sort()).toEqual(['/afbeeldingen/loket.png', '/afbeeldingen/zwolle/team.jpg']);
  });

  it.each([
    ['an SVG, which can carry script', 'kaart.svg', '<svg onload="alert(1)"/>', /geen toegestane afbeelding/],
    ['HTML renamed to .png', 'nep.png', '<html><script>alert(1)</script>', /geen png-afbeelding/],
    ['a PNG named .jpg', 'verkeerd.jpg', PNG, /geen jpg-afbeelding/],
    ['a hidden file', '.x.png', PNG, /verborgen/],
  ])('rejects %s', (_name, name, bytes, message) => {
    const result = readImageFolder(folder({ [name]: bytes }), root);
    expect(result.images.size).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: `public/afbeeldingen/${name}`, message: expect.stringMatching(message) }),
    ]);
  });

  it('rejects a symlink, even to a real image', () => {
    const publicDir = folder({ 'echt.png': PNG });
    symlinkSync(join(publicDir, 'afbeeldingen/echt.png'), join(publicDir, 'afbeeldingen/koppeling.png'));
    const result = readImageFolder(publicDir, root);
    expect([...result.images]).toEqual(['/afbeeldingen/echt.png']);
    expect(result.problems.map((problem) => problem.file)).toEqual(['public/afbeeldingen/koppeling.png']);
  });
});
