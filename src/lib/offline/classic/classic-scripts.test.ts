import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicScripts, dataScript, isPagefindData } from './classic-scripts.ts';

let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'klassiek-'));
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '_astro/dom.js'), 'export const say = (text) => document.title = text;\n');
  writeFileSync(
    join(site, '_astro/tool.js'),
    'import { say } from "./dom.js";\nsay("hoi");\nwindow.onclick = () => import(`${document.body.dataset.base}pagefind/pagefind.js`);\n',
  );
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** A classic script may not use import or export statements: compiling it as a function body proves that. */
const isClassic = (code: string) => {
  new Function(code);
  return true;
};

describe('classicScripts', () => {
  it('bundles a module script with its imports into one classic script; import() loads classic scripts', async () => {
    const code = await classicScripts(site, '/').moduleScript('_astro/tool.js');
    expect(isClassic(code)).toBe(true);
    expect(code).toContain('document.title = text');
    expect(code).toContain('handreikingImport(`${document.body.dataset.base}pagefind/pagefind.js`)');
    expect(code).toContain('globalThis.handreikingImport ??= importClassic');
  });

  it('makes a fixed site address in an inline script relative to its page', async () => {
    const code = await classicScripts(site, '/handreiking/').inlineScript(
      'import(`/handreiking/pagefind/pagefind-highlight.js`).then((m) => m.default);',
      '../../',
    );
    expect(isClassic(code)).toBe(true);
    expect(code).toContain("handreikingImport('../../pagefind/pagefind-highlight.js')");
  });
});

describe('Pagefind in the download', () => {
  it('knows which of Pagefind’s files the search reads', () => {
    for (const path of [
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.nl_f94c3c5fe7.pf_meta',
      'pagefind/wasm.nl.pagefind',
      'pagefind/index/nl_0a1b2c.pf_index',
      'pagefind/filter/nl_0a1b2c.pf_filter',
      'pagefind/fragment/nl_0a1b2c.pf_fragment',
    ])
      expect(isPagefindData(path), path).toBe(true);
    for (const path of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-worker.js',
      'tips/x.pf_index',
    ])
      expect(isPagefindData(path), path).toBe(false);
  });

  it('hands a file over unchanged in a data script', () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 0, 255, 34, 60]);
    const calls: [string, string][] = [];
    new Function('handreikingPagefindData', dataScript('index/nl_1.pf_index', bytes))((path: string, base64: string) =>
      calls.push([path, base64]),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('index/nl_1.pf_index');
    expect([...Buffer.from(calls[0]![1], 'base64')]).toEqual([...bytes]);
  });
});
