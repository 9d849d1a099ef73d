import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data.ts';

describe('findPersonalData', () => {
  it('finds e-mail addresses and Dutch phone numbers with their line', () => {
    const hits = findPersonalData('Bel 06-12345678.\nMail j.jansen@zwolle.nl of bel (038) 498 2000.\n+31 6 1234 5678');
    expect(hits.map((hit) => [hit.kind, hit.line])).toEqual([
      ['e-mailadres', 2],
      ['telefoonnummer', 1],
      ['telefoonnummer', 2],
      ['telefoonnummer', 3],
    ]);
  });

  it('leaves years, amounts and percentages alone', () => {
    expect(findPersonalData('In 2017–2018 kostte het € 100.000 (3,14%), 120.000 kinderen, BWBR0034925.')).toEqual([]);
  });
});
