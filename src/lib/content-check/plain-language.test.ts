import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx-scan.ts';
import {
  abbreviationsIn,
  checkPlainLanguage,
  countWords,
  type LanguageRules,
  MAX_SENTENCE_WORDS,
  readLanguageRules,
  rulesDigest,
} from './plain-language.ts';

const rules: LanguageRules = {
  words: { middels: 'met, door', 'ten behoeve van': 'voor', indien: 'als' },
  knownAbbreviations: ['VIR', 'GGD'],
};
const check = (body: string, firstLine = 1, given = rules) => checkPlainLanguage(parseMdx(body), firstLine, given);
const words = (count: number) => Array.from({ length: count }, (_, i) => `Woord${i}`).join(' ');

describe('checkPlainLanguage', () => {
  it('warns about a sentence over 25 words, on the line where it starts in the file', () => {
    const body = `## Kop\n\nEen korte zin. ${words(MAX_SENTENCE_WORDS + 1)}.\n`;
    const warnings = check(body, 10);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 12, message: expect.stringMatching(/^Lange zin \(26 woorden\): "Woord0 /) }),
    ]);
    expect(warnings[0]?.hint).toMatch(/twee of meer zinnen/);
  });

  it('accepts a sentence of exactly 25 words, and counts sentences across soft line breaks', () => {
    expect(check(`${words(MAX_SENTENCE_WORDS)}.`)).toEqual([]);
    const warnings = check(`Kort.\n\n${words(10)}\n${words(20)}.`, 5);
    expect(warnings.map((warning) => warning.line)).toEqual([7]);
  });

  it('names the hard word as written, with the suggestion, and the line it is on', () => {
    const warnings = check(
      'Eerste regel.\nWij werken middels een plan.\n\nIndien nodig, en ten  behoeve\nvan het kind.',
    );
    expect(warnings.map(({ line, message, hint }) => ({ line, message, hint }))).toEqual([
      { line: 2, message: 'Moeilijk woord: "middels".', hint: 'Schrijf liever: met, door.' },
      { line: 4, message: 'Moeilijk woord: "Indien".', hint: 'Schrijf liever: als.' },
      { line: 4, message: 'Moeilijk woord: "ten behoeve van".', hint: 'Schrijf liever: voor.' },
    ]);
  });

  it('matches whole words only', () => {
    expect(check('De middelsgrote gemeente en de indieners.')).toEqual([]);
  });

  it('warns once per unknown abbreviation, with the count, and not about known ones', () => {
    const warnings = check('De OOZ en de GGD. Later weer de OOZ.\n\nEn de VIR-melding bij OOZ.');
    expect(warnings).toEqual([
      expect.objectContaining({ line: 1, message: 'Afkorting zonder uitleg: "OOZ" (3× in dit bestand).' }),
    ]);
    expect(warnings[0]?.hint).toContain('content/begrippen/');
  });

  it('reads only what the reader sees as text: no code, addresses, quotes or image files', () => {
    const body = [
      'Zie `middels XYZ` en https://www.example.org/ABC/indien.',
      '',
      '```',
      'indien ABC',
      '```',
      '',
      '> Het college draagt zorg voor middels de WMO.',
      '',
      '![Foto](/afbeeldingen/NOS.jpg)',
      '',
      '[meer informatie](https://www.rijksoverheid.nl/ABC)',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('also reads headings, table cells, list items and the title of an <Info> box', () => {
    const body = [
      '## Indien het misgaat',
      '',
      '| a | b |',
      '| - | - |',
      '| middels | x |',
      '',
      '- de XYZ doet mee',
      '',
      '<Info titel="Middels een plan">',
      '',
      'Tekst.',
      '',
      '</Info>',
    ].join('\n');
    expect(check(body).map(({ line, message }) => `${line} ${message}`)).toEqual([
      '1 Moeilijk woord: "Indien".',
      '5 Moeilijk woord: "middels".',
      '7 Afkorting zonder uitleg: "XYZ".',
      '9 Moeilijk woord: "Middels".',
    ]);
  });

  it('has no words to warn about without a word list', () => {
    expect(check('Middels dit plan.', 1, { words: {}, knownAbbreviations: [] })).toEqual([]);
  });
});

describe('abbreviations and words', () => {
  it('finds abbreviations inside compounds and plurals, but not names or Roman numerals', () => {
    expect(abbreviationsIn("De GGD'en, JGZ-verpleegkundigen, RvdK, WhatsApp, Wvggz, deel II en MDA++.")).toEqual([
      'GGD',
      'JGZ',
      'RvdK',
      'MDA',
    ]);
  });

  it('counts "2.1", "JGZ-verpleegkundige" and "GGD\'en" as one word each', () => {
    expect(countWords("Artikel 2.1 over de JGZ-verpleegkundige en GGD'en.")).toBe(7);
  });

  it('gives other rules another digest, whatever the order', () => {
    const same = {
      words: { indien: 'als', middels: 'met, door', 'ten behoeve van': 'voor' },
      knownAbbreviations: ['GGD', 'VIR'],
    };
    expect(rulesDigest(same)).toBe(rulesDigest(rules));
    expect(rulesDigest({ ...rules, knownAbbreviations: ['VIR'] })).not.toBe(rulesDigest(rules));
    expect(rulesDigest({ ...rules, words: { middels: 'met' } })).not.toBe(rulesDigest(rules));
  });
});

describe('readLanguageRules', () => {
  function contentWith(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'taal-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, 'content', file, '..'), { recursive: true });
      writeFileSync(join(root, 'content', file), text);
    }
    return { root, content: join(root, 'content'), done: () => rmSync(root, { recursive: true, force: true }) };
  }

  it('knows the abbreviations of the glossary and the word list of the editors', () => {
    const dir = contentWith({
      'begrippen/ooz.yaml': 'term: Onderwijs-zorgoverleg\nafkorting: OOZ\nuitleg: Overleg.\n',
      'begrippen/amhk.yaml':
        'term: Advies- en meldpunt\nafkorting: AMHK\nuitleg: Meldpunt.\nsynoniemen: [AMK, Veilig Thuis]\n',
      'taal/moeilijke-woorden.yaml': 'woorden:\n  middels: met, door\nbekendeAfkortingen: [PDF]\n',
    });
    const { rules, problems } = readLanguageRules(dir.content, dir.root);
    dir.done();
    expect(problems).toEqual([]);
    expect(rules).toEqual({ words: { middels: 'met, door' }, knownAbbreviations: ['AMHK', 'AMK', 'OOZ', 'PDF'] });
  });

  it('names file, line and field of a mistake in the word list, in Dutch', () => {
    const dir = contentWith({ 'taal/moeilijke-woorden.yaml': 'woorden:\n  middels: met\n  reeds:\n' });
    const { problems } = readLanguageRules(dir.content, dir.root);
    dir.done();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/taal/moeilijke-woorden.yaml',
        line: 3,
        field: 'woorden.reeds',
        message: 'Dit veld moet een tekst zijn.',
      }),
    ]);
  });
});
