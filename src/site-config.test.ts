import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSiteIdentity, readSiteIdentity } from './lib/content-check/site-identity.ts';
import { MAX_FILE_BYTES } from './lib/content-check/limits.ts';
import { loadSiteConfig } from './site-config.ts';

const REAL = readFileSync(resolve(import.meta.dirname, '../content/handreiking.yaml'), 'utf8');
const FILE = 'content/handreiking.yaml';

/** The line of a top-level field in the real file, so the tests follow when the file grows. */
const lineOf = (field: string) => REAL.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 1;

/** The real file with one field (and its indented continuation lines) replaced or added, as YAML text. */
function withField(field: string, value: string): string {
  const line = `${field}: ${value}`;
  const pattern = new RegExp(`^${field}:.*(?:\\n[ \\t]+.*)*$`, 'm');
  return pattern.test(REAL) ? REAL.replace(pattern, () => line) : `${REAL}${line}\n`;
}

const problemsOf = (text: string) => readSiteIdentity(text, FILE).problems;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Writes the text to <temp>/content/handreiking.yaml and returns the content folder. */
function contentWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'handreiking-config-'));
  dirs.push(root);
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/handreiking.yaml'), text);
  return join(root, 'content');
}

function loadError(text: string, env: Record<string, string | undefined> = {}): Error {
  try {
    loadSiteConfig(join(contentWith(text), 'handreiking.yaml'), env);
  } catch (error) {
    return error as Error;
  }
  throw new Error('loadSiteConfig accepted the file');
}

describe('loadSiteConfig', () => {
  it('reads the real content/handreiking.yaml', () => {
    const config = loadSiteConfig(resolve(import.meta.dirname, '../content/handreiking.yaml'), {});
    expect(config).toMatchObject({
      titel: 'Handreiking kindermishandeling',
      url: 'https://handreiking-kindermishandeling.example',
      basispad: '/',
      repository: 'https://github.com/handreiking-kindermishandeling/handreiking',
      branch: 'main',
    });
    expect(config.beschrijving).not.toContain('\n');
  });

  it('accepts a file: URL', () => {
    const config = loadSiteConfig(new URL('../content/handreiking.yaml', import.meta.url), {});
    expect(config.titel).toBe('Handreiking kindermishandeling');
  });

  it('throws a Dutch report naming file, line, field and problem, without a stack trace', () => {
    const error = loadError(withField('repository', '"javascript:alert(document.domain)//"'));
    expect(error.message).toContain(`content/handreiking.yaml:${lineOf('repository')} — veld "repository"`);
    expect(error.message).toContain('Het webadres moet met https:// beginnen.');
    expect(error.message).toContain('Er is niets gepubliceerd.');
    expect(error.stack).toBe(error.message);
    expect(error.message).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('says so in Dutch when the file is missing', () => {
    const dir = contentWith(REAL);
    rmSync(join(dir, 'handreiking.yaml'));
    expect(() => loadSiteConfig(join(dir, 'handreiking.yaml'), {})).toThrow(
      /content\/handreiking\.yaml\n\s+Dit bestand ontbreekt/,
    );
  });

  describe('BASE_PATH', () => {
    const load = (value: string | undefined) =>
      loadSiteConfig(join(contentWith(REAL), 'handreiking.yaml'), { BASE_PATH: value }).basispad;

    it('overrides basispad, in the form /…/', () => {
      expect(load('/handreiking/')).toBe('/handreiking/');
      expect(load('handreiking')).toBe('/handreiking/');
      expect(load('/a/b')).toBe('/a/b/');
      expect(load('/')).toBe('/');
    });

    it('counts as not set when empty', () => {
      expect(load('')).toBe('/');
      expect(load(undefined)).toBe('/');
    });

    it.each(['/../x/', '//evil.example/', '/Handreiking/', '/hand reiking/', '/a//b/', '/a/"/', '/a?b/'])(
      'rejects %s with a Dutch message',
      (value) => {
        const error = loadError(REAL, { BASE_PATH: value });
        expect(error.message).toContain(`De omgevingsvariabele BASE_PATH (${JSON.stringify(value)}) klopt niet.`);
        expect(error.message).toContain('kleine letters, cijfers en streepjes');
        expect(error.stack).toBe(error.message);
      },
    );
  });
});

describe('the site identity schema', () => {
  it('accepts the real file', () => {
    expect(problemsOf(REAL)).toEqual([]);
  });

  it('accepts quotes, ampersands and accents in plain text, and a branch with a slash', () => {
    const text = withField('titel', `'Kinderen & "ouders": één aanpak'`).replace(
      /^branch:.*$/m,
      'branch: release/2026.1',
    );
    const { config, problems } = readSiteIdentity(text, FILE);
    expect(problems).toEqual([]);
    expect(config?.titel).toBe('Kinderen & "ouders": één aanpak');
    expect(config?.branch).toBe('release/2026.1');
  });

  it.each([
    ['markup', '"<script>alert(1)</script>"', 'Deze tekst mag geen < of > bevatten.'],
    ['an img tag', '<img src=x onerror=alert(1)>', 'Deze tekst mag geen < of > bevatten.'],
    ['a line break', '"Handreiking\\nkindermishandeling"', 'onzichtbaar teken'],
    ['a tab', '"Handreiking\\tkindermishandeling"', 'onzichtbaar teken'],
    ['a bidirectional override', '"Handreiking \\u202Egnilednahsimredkin"', 'onzichtbaar teken'],
    ['an empty value', '""', 'Dit veld is leeg.'],
    ['only spaces', '"   "', 'Dit veld is leeg.'],
    ['a number', '2026', 'Dit veld moet een tekst zijn.'],
    ['a list', '[a, b]', 'Dit veld moet een tekst zijn.'],
    ['a very long text', 'x'.repeat(101), 'Deze tekst is te lang (101 tekens): maximaal 100 tekens.'],
  ])('rejects a titel with %s', (_name, value, message) => {
    const [problem, ...rest] = problemsOf(withField('titel', value));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: FILE, line: 3, field: 'titel' });
    expect(problem?.message).toContain(message);
    expect(problem?.hint).toBeTruthy();
  });

  it.each(['ondertitel', 'beschrijving', 'uitgever'])('checks %s as plain text too', (field) => {
    expect(problemsOf(withField(field, '"<b>vet</b>"'))).toMatchObject([
      { field, message: 'Deze tekst mag geen < of > bevatten.' },
    ]);
  });

  it('reports a missing field', () => {
    expect(problemsOf(REAL.replace(/^uitgever:.*\n/m, ''))).toMatchObject([
      {
        file: FILE,
        field: 'uitgever',
        message: 'Dit verplichte veld ontbreekt.',
        hint: expect.stringContaining('uitgever:'),
      },
    ]);
  });

  it('rejects an unknown field, with its line', () => {
    expect(problemsOf(`${REAL}script: alert(1)\n`)).toMatchObject([
      {
        // The line after the last one of the real file.
        line: REAL.split('\n').length,
        field: 'script',
        message: expect.stringContaining('Onbekend veld "script"'),
        hint: expect.stringContaining('titel, ondertitel, beschrijving, uitgever, url, basispad, repository, branch'),
      },
    ]);
  });

  describe.each(['url', 'repository'])('%s', (field) => {
    it.each([
      ['a javascript: address', '"javascript:alert(document.domain)//"', 'moet met https:// beginnen'],
      ['a data: address', '"data:text/html,<script>alert(1)</script>"', 'mag geen spaties, aanhalingstekens, < of >'],
      ['an http: address', 'http://handreiking.example', 'moet met https:// beginnen'],
      ['a protocol-relative address', '//handreiking.example', 'geen volledig webadres'],
      ['a relative path', '/handreiking', 'geen volledig webadres'],
      ['no address', 'handreiking.example', 'geen volledig webadres'],
      ['credentials', 'https://gebruiker:geheim@handreiking.example', 'geen gebruikersnaam of wachtwoord'],
      ['a user name', 'https://gebruiker@handreiking.example', 'geen gebruikersnaam of wachtwoord'],
      ['a query', 'https://handreiking.example/?a=1', 'geen ? of #'],
      ['a fragment', 'https://handreiking.example/#x', 'geen ? of #'],
      ['a space', '"https://handreiking.example/a b"', 'mag geen spaties'],
      ['a quote', `'https://handreiking.example/"onmouseover=alert(1)'`, 'aanhalingstekens'],
      ['a tab inside', '"https://handreiking\\t.example"', 'mag geen spaties'],
      ['an empty value', '""', 'Dit veld is leeg.'],
    ])('rejects %s', (_name, value, message) => {
      const [problem, ...rest] = problemsOf(withField(field, value));
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ field, hint: expect.stringContaining('https://') });
      expect(problem?.message).toContain(message);
    });

    it('accepts an https address with a path', () => {
      expect(problemsOf(withField(field, 'https://www.voorbeeld.nl/handreiking'))).toEqual([]);
    });
  });

  it.each([
    '/../x/',
    '/./',
    '//evil.example/',
    '/Handreiking/',
    '/hand_reiking/',
    '/hand reiking/',
    '/a//b/',
    '"/-a/"',
    '"~"',
  ])('rejects basispad %s', (value) => {
    expect(problemsOf(withField('basispad', value))).toMatchObject([
      {
        field: 'basispad',
        message: expect.stringContaining('kleine letters, cijfers en streepjes'),
        hint: expect.stringContaining('basispad: /handreiking/'),
      },
    ]);
  });

  it.each([
    ['/', '/'],
    ['/handreiking/', '/handreiking/'],
    ['/handreiking', '/handreiking/'],
    ['handreiking/', '/handreiking/'],
    ['/sites/handreiking-2026/', '/sites/handreiking-2026/'],
  ])('accepts basispad %s as %s', (value, expected) => {
    expect(readSiteIdentity(withField('basispad', value), FILE).config?.basispad).toBe(expected);
  });

  it.each([
    '"main; rm -rf /"',
    '../../x',
    'main/../../x',
    '-main',
    'main/',
    'feature//x',
    '"main branch"',
    '"main?x"',
    '"main#x"',
  ])('rejects branch %s', (value) => {
    expect(problemsOf(withField('branch', value))).toMatchObject([
      { field: 'branch', message: expect.stringContaining('geen geldige naam van een branch') },
    ]);
  });
});

describe('YAML in content/handreiking.yaml', () => {
  it('rejects anchors and aliases', () => {
    const text = REAL.replace(/^titel:.*$/m, 'titel: &naam Handreiking').replace(/^uitgever:.*$/m, 'uitgever: *naam');
    expect(problemsOf(text)).toMatchObject([
      { line: 3, field: 'titel', message: 'Een anker (&naam) is in dit bestand niet toegestaan.' },
      {
        line: 8,
        field: 'uitgever',
        message: 'Een verwijzing (*naam) is in dit bestand niet toegestaan.',
        hint: 'Schrijf de waarde voluit.',
      },
    ]);
  });

  it('rejects a whole file built from aliases (a "billion laughs")', () => {
    const text = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => /anker|verwijzing/.test(problem.message))).toBe(true);
  });

  it.each([
    ['!!js/function', 'titel: !!js/function "function () { return 1 }"', '!!js/function'],
    ['!!js/undefined', 'titel: !!js/undefined ""', '!!js/undefined'],
    ['!!binary', 'titel: !!binary SGFuZHJlaWtpbmc=', '!!binary'],
    ['!!python/object', 'titel: !!python/object:os.system ls', '!!python/object:os.system'],
    ['a local tag', 'titel: !foo Handreiking', '!foo'],
    ['a tag on a group', 'titel: !!set { a, b }', '!!set'],
  ])('rejects %s', (_name, line, tag) => {
    const problems = problemsOf(REAL.replace(/^titel:.*$/m, line));
    expect(problems).toMatchObject([
      {
        file: FILE,
        line: 3,
        message: `Het label ${tag} is in dit bestand niet toegestaan.`,
        hint: expect.stringContaining(tag),
      },
    ]);
  });

  it('allows the standard tags', () => {
    expect(problemsOf(REAL.replace(/^titel:.*$/m, 'titel: !!str Handreiking'))).toEqual([]);
  });

  it.each([
    ['a syntax error', 'titel: "Handreiking\n', 3, 'Dit bestand is niet te lezen (YAML-fout'],
    ['a nested mapping on one line', 'titel: a: b\n', 3, 'Dit bestand is niet te lezen (YAML-fout'],
    ['a duplicate key', 'titel: Handreiking\ntitel: Nog een\n', 4, 'Een veld staat twee keer in dit bestand.'],
    ['a second document', 'titel: Handreiking\n---\n', 4, 'Dit bestand bevat een regel met alleen ---.'],
  ])('reports %s in Dutch, with the line', (_name, replacement, line, message) => {
    const problems = problemsOf(REAL.replace(/^titel:.*\n/m, replacement));
    expect(problems[0]).toMatchObject({ file: FILE, line });
    expect(problems[0]?.message).toContain(message);
  });

  it('reports a YAML syntax error through loadSiteConfig without a stack trace', () => {
    const error = loadError(REAL.replace(/^titel:.*$/m, 'titel: "Handreiking'));
    expect(error.message).toMatch(/content\/handreiking\.yaml:3\n\s+Dit bestand is niet te lezen/);
    expect(error.stack).toBe(error.message);
  });

  it.each([
    ['empty', ''],
    ['only comments', '# niets\n'],
    ['a list', '- titel\n- url\n'],
    ['plain text', 'Handreiking kindermishandeling\n'],
  ])('reports a file that is %s', (_name, text) => {
    expect(problemsOf(text)).toMatchObject([{ file: FILE, message: 'Dit bestand bevat geen velden.' }]);
  });

  it('rejects a file over the size limit without reading it', () => {
    const text = `${REAL}# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    expect(problemsOf(text)).toMatchObject([{ file: FILE, message: expect.stringContaining('te groot') }]);
  });
});

describe('checkSiteIdentity', () => {
  it('finds nothing wrong in the real content', () => {
    const root = resolve(import.meta.dirname, '..');
    expect(checkSiteIdentity(join(root, 'content'), root)).toEqual([]);
  });

  it('reports the problems with the file name from the root and the line', () => {
    const dir = contentWith(withField('url', 'http://handreiking.example'));
    expect(checkSiteIdentity(dir, join(dir, '..'))).toEqual([
      {
        file: 'content/handreiking.yaml',
        line: lineOf('url'),
        field: 'url',
        message: 'Het webadres moet met https:// beginnen.',
        hint: 'Gebruik een volledig adres dat begint met https://, zonder spaties.',
      },
    ]);
  });

  it('reports a missing file', () => {
    const dir = contentWith(REAL);
    rmSync(join(dir, 'handreiking.yaml'));
    expect(checkSiteIdentity(dir, join(dir, '..'))).toMatchObject([
      { file: 'content/handreiking.yaml', message: expect.stringContaining('Dit bestand ontbreekt') },
    ]);
  });
});
