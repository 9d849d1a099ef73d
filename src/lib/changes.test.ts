import { describe, expect, it } from 'vitest';
import { changeGuid, collectChanges, currencyOf, groupByMonth, newestFirst } from './changes.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('collectChanges', () => {
  const pages = [
    {
      collection: 'tips' as const,
      id: 'formeer-duos',
      title: "Formeer duo's",
      type: 'Tip',
      changes: [
        { datum: day('2026-10-01'), tekst: 'Eerder.' },
        { datum: day('2026-11-29'), tekst: 'Later.' },
      ],
    },
    {
      collection: 'hoofdstukken' as const,
      id: 'preventie',
      title: 'Preventie',
      type: 'Hoofdstuk',
      changes: [
        { datum: day('2026-11-29'), tekst: 'Eerste van de dag.' },
        { datum: day('2026-11-29'), tekst: 'Tweede van de dag.' },
      ],
    },
    { collection: 'themas' as const, id: 'x', title: 'Zonder wijzigingen', type: 'Thema' },
  ];

  it('lists every note of every page, newest first, by title within a day', () => {
    expect(collectChanges(pages).map((change) => `${change.datum.toISOString().slice(0, 10)} ${change.tekst}`)).toEqual(
      ['2026-11-29 Later.', '2026-11-29 Eerste van de dag.', '2026-11-29 Tweede van de dag.', '2026-10-01 Eerder.'],
    );
  });

  it('gives each note a unique feed id, also two notes of one page on one day', () => {
    const ids = collectChanges(pages).map(changeGuid);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('wijziging:hoofdstukken/preventie/2026-11-29/1');
  });

  it('groups by month with a Dutch label', () => {
    const months = groupByMonth(collectChanges(pages));
    expect(months.map((month) => [month.key, month.label, month.changes.length])).toEqual([
      ['2026-11', 'november 2026', 3],
      ['2026-10', 'oktober 2026', 1],
    ]);
  });
});

describe('newestFirst and currencyOf', () => {
  it('sorts notes of one page newest first, keeping the file order within a day', () => {
    const notes = [
      { datum: day('2026-01-01'), tekst: 'a' },
      { datum: day('2026-02-01'), tekst: 'b' },
      { datum: day('2026-02-01'), tekst: 'c' },
    ];
    expect(newestFirst(notes).map((note) => note.tekst)).toEqual(['b', 'c', 'a']);
  });

  it('takes the currency fields of an entry, or nothing without a check date', () => {
    expect(currencyOf({ titel: 'x', laatstGecontroleerd: day('2026-11-28') })).toEqual({
      laatstGecontroleerd: day('2026-11-28'),
      sindsdienVeranderd: undefined,
      wijzigingen: undefined,
    });
    expect(currencyOf({ titel: 'x' })).toBeUndefined();
  });
});
