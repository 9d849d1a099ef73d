import { describe, expect, it } from 'vitest';
import { createTermExpander } from './term-expansion.ts';

const expand = createTermExpander({
  synonyms: [
    ['Verwijsindex risicojongeren', 'VIR', 'verwijsindex'],
    ['Veilig Thuis', 'AMHK'],
  ],
  compoundParts: ['mishandeling', 'hulp', 'index'],
});

describe('createTermExpander', () => {
  it('adds the parts of compound words that the page does not contain on their own', () => {
    expect(expand('Kindermishandeling komt veel voor. Jeugdhulp helpt.')).toEqual(['mishandeling', 'hulp']);
  });

  it('does not add a part the page already has', () => {
    expect(expand('Kindermishandeling is een vorm van mishandeling.')).toEqual([]);
  });

  it('adds the abbreviation for a spelled-out term and the reverse', () => {
    expect(expand('Gebruik de verwijsindex.')).toEqual(['Verwijsindex risicojongeren', 'VIR', 'index']);
    expect(expand('Het AMHK heet nu anders.')).toEqual(['Veilig Thuis']);
  });

  it('matches abbreviations in capitals only', () => {
    expect(expand('Een vir-tuele wereld en een amhk.')).toEqual([]);
  });
});

describe('createTermExpander, the quick pre-test', () => {
  it('finds phrases in any case, inside hyphenated words and with long s, as the patterns do', () => {
    expect(expand('GEBRUIK DE VERWIJSINDEX.')).toEqual(['Verwijsindex risicojongeren', 'VIR', 'index']);
    expect(expand('Een anti-AMHK-beleid.')).toEqual(['Veilig Thuis']);
    expect(expand('Bel veilig thuis.')).toEqual(['AMHK']);
    expect(expand('Het ſtaat in de verwijſindex.')).toEqual(['Verwijsindex risicojongeren', 'VIR', 'index']);
  });
});
