import { describe, expect, it } from 'vitest';
import { exampleFile, validateExample, validateTip } from './scaffold.ts';

const known = { themas: ['preventie', 'samenwerking'], bronnen: ['taskforce-2016'], hoofdstukken: ['preventie'] };
const input = {
  titel: 'Één loket voor zorgen in Súdwest-Fryslân',
  gemeente: 'Súdwest-Fryslân',
  provincie: 'Friesland',
  themas: ['preventie'],
  jaar: 2024,
  bron: 'taskforce-2016',
};

describe('exampleFile', () => {
  it('folds diacritics in the file name', () => {
    expect(exampleFile(input).path).toBe('praktijkvoorbeelden/een-loket-voor-zorgen-in-sudwest-fryslan.mdx');
  });

  it('writes frontmatter with guidance comments and today as laatstGecontroleerd', () => {
    const { text } = exampleFile(input, new Date('2026-11-28T12:00:00Z'));
    expect(text).toMatch(/^---\n# Uitleg over elk veld/);
    expect(text).toContain('provincie: Friesland');
    expect(text).toContain('laatstGecontroleerd: 2026-11-28');
    expect(text).toContain('# Organisaties, nooit namen of contactgegevens van personen.');
    expect(text).toContain('organisaties:\n  - Gemeente Súdwest-Fryslân');
  });
});

describe('validation', () => {
  it('accepts good answers', () => {
    expect(validateExample(input, known, new Date('2026-11-28'))).toEqual([]);
  });

  it('explains every wrong answer in Dutch', () => {
    const errors = validateExample(
      { ...input, gemeente: '', provincie: 'Holland', themas: ['onbekend'], jaar: 3000, link: 'http://x.nl' },
      known,
      new Date('2026-11-28'),
    );
    expect(errors).toEqual([
      'Thema "onbekend" bestaat niet. Kies uit: preventie, samenwerking.',
      'Vul een gemeente (--gemeente) of regio (--regio) in.',
      expect.stringContaining('Provincie "Holland" bestaat niet.'),
      'Jaar "3000" klopt niet: gebruik een jaartal zoals 2017, niet later dan dit jaar.',
      'De link moet beginnen met https://.',
    ]);
  });

  it('checks the chapter of a tip', () => {
    expect(
      validateTip({ titel: 'X', themas: ['preventie'], hoofdstuk: 'nergens', bron: 'taskforce-2016' }, known),
    ).toEqual(['Hoofdstuk "nergens" bestaat niet. Kies uit: preventie.']);
  });
});
