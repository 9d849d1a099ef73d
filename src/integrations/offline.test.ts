import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUrl, fillTemplate } from './offline.ts';

describe('fillTemplate', () => {
  it('inserts values literally, even a base path with $ patterns', () => {
    const template = "const VERSION = '__VERSION__';\nconst BASE = '__BASE__';\n";
    const base = "/a$'b$&c$`d$$e$1/";
    const out = fillTemplate(template, { VERSION: 'abc', BASE: base });
    expect(out).toBe(`const VERSION = "abc";\nconst BASE = ${JSON.stringify(base)};\n`);
    expect(new Function(`${out}; return BASE;`)()).toBe(base);
  });

  it('keeps quotes, backslashes and line breaks inside the string literal', () => {
    const value = '/x\'"\\\n\u2028</script>/';
    const out = fillTemplate("const BASE = '__BASE__';", { BASE: value });
    expect(new Function(`${out}; return BASE;`)()).toBe(value);
  });

  it('never replaces inside a value it inserted', () => {
    const out = fillTemplate("const VERSION = '__VERSION__';\nconst BASE = '__BASE__';", {
      VERSION: "'__BASE__'",
      BASE: '/',
    });
    expect(new Function(`${out}; return [VERSION, BASE];`)()).toEqual(["'__BASE__'", '/']);
  });

  it('refuses a template without the placeholder', () => {
    expect(() => fillTemplate('const BASE = "/";', { BASE: '/' })).toThrow(/BASE/);
  });

  it('fits the real worker template', () => {
    const template = readFileSync(join(import.meta.dirname, 'offline/service-worker.js'), 'utf8');
    const out = fillTemplate(template, { VERSION: '0123', BASE: '/hand$&reiking/' });
    expect(out).not.toContain('__VERSION__');
    expect(out).not.toContain('__BASE__');
    expect(out).toContain('const BASE = "/hand$&reiking/";');
  });
});

describe('fileUrl', () => {
  it('requests pages by their folder', () => {
    expect(fileUrl('index.html', '/h/')).toBe('/h/');
    expect(fileUrl('tips/x/index.html', '/h/')).toBe('/h/tips/x/');
    expect(fileUrl('_astro/a.css', '/')).toBe('/_astro/a.css');
  });
});
