// The generator is not this handreiking: built from another content folder (a small guide on
// loneliness, test/fixtures/tweede-handreiking), the site carries that guide's words and none of
// this one's — no title, no chapter, tip or example, no figure or municipality baked into code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'test/fixtures/tweede-handreiking');
const TEXT_FILE = /\.(html|xml|json|js|css|txt|webmanifest|svg)$|^_headers$/;
let out: string;

/** Every text file of the build, by path. */
function textFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Words only the real handreiking uses: its identity, and the titles of its pages. */
function ownWords(): string[] {
  const site = parse(readFileSync(join(ROOT, 'content/handreiking.yaml'), 'utf8')) as Record<string, string>;
  const titles = ['hoofdstukken', 'tips', 'praktijkvoorbeelden', 'wetsartikelen', 'hulpmiddelen'].flatMap((folder) =>
    readdirSync(join(ROOT, 'content', folder)).flatMap((name) => {
      const title = /^titel: (.+)$/m.exec(readFileSync(join(ROOT, 'content', folder, name), 'utf8'))?.[1];
      // One-word titles ("Preventie") are ordinary Dutch words, not this handreiking's own text.
      return title && title.includes(' ') ? [title.replace(/^["']|["']$/g, '')] : [];
    }),
  );
  return [site.titel!, site.ondertitel!, site.uitgever!, 'kindermishandeling', 'Zwijndrecht', 'Taskforce', ...titles];
}

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'tweede-handreiking-')), 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: FIXTURE, ASTRO_CACHE_KEY: 'tweede-handreiking' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}, 300_000);

afterAll(() => rmSync(resolve(out, '..'), { recursive: true, force: true }));

describe('a second handreiking from another content folder', () => {
  it('is that handreiking: its title, chapters, tips and examples', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/<h1[^>]*>Handreiking eenzaamheid<\/h1>/);
    expect(home).toContain('Veel ouderen voelen zich eenzaam.');
    const chapter = readFileSync(join(out, 'hoofdstukken/opmerken/index.html'), 'utf8');
    expect(chapter).toContain('Bel eens aan');
    expect(chapter).toContain('Koffieochtend in Lochem');
  });

  it('has no tools, no tools page and no tools menu item when its content has no tools', () => {
    expect(existsSync(join(out, 'hulpmiddelen'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('/hulpmiddelen/');
  });

  it('carries none of the words of this handreiking, in any page, feed, script or index file', () => {
    const words = ownWords();
    expect(words.length).toBeGreaterThan(30);
    const found: string[] = [];
    for (const [path, text] of textFiles(out)) {
      const lower = text.toLowerCase();
      for (const word of words) if (lower.includes(word.toLowerCase())) found.push(`${path}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});
