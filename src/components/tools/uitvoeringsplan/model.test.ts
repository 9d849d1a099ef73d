import { describe, expect, it } from 'vitest';
import {
  AMOUNT_MESSAGE,
  catalogue,
  draftPlan,
  emptyPlan,
  fileName,
  formatAmount,
  type Item,
  ownRow,
  parseAmount,
  type Plan,
  totals,
  validatePlan,
} from './model.ts';

const URL = 'https://handreiking.example';
const prezorg: Item = { kind: 'actie', id: '01-screening', title: 'Screening zwangere vrouwen', url: `${URL}/a/` };
const geboortezorg: Item = { kind: 'tip', id: 'geboortezorg', title: 'Betrek de geboortezorg', url: `${URL}/t/` };
const duos: Item = { kind: 'tip', id: 'formeer-duos', title: "Formeer duo's", url: `${URL}/tips/formeer-duos/` };

describe('catalogue', () => {
  it('lists per theme the actions first, in order, then the tips by title', () => {
    const result = catalogue(
      [
        { id: 'preventie', title: 'Preventie' },
        { id: 'samenwerking', title: 'Samenwerking' },
        { id: 'leeg', title: 'Leeg' },
      ],
      [
        { ...geboortezorg, themes: ['preventie', 'samenwerking'] },
        { ...duos, themes: ['samenwerking'] },
        { ...prezorg, themes: ['preventie'] },
      ],
    );
    expect(result.map((theme) => [theme.id, theme.items.map((item) => item.id)])).toEqual([
      ['preventie', ['01-screening', 'geboortezorg']],
      ['samenwerking', ['geboortezorg', 'formeer-duos']],
      ['leeg', []],
    ]);
    expect(result[0]!.items[0]).toEqual(prezorg);
  });
});

describe('draftPlan', () => {
  const choice = [
    { id: 'preventie', title: 'Preventie', items: [prezorg, geboortezorg] },
    { id: 'samenwerking', title: 'Samenwerking', items: [duos] },
  ];

  it('makes a row per chosen item, with what filled in and when and budget empty', () => {
    const plan = draftPlan(choice);
    expect(plan.title).toBe('Uitvoeringsplan');
    expect(plan.themes.map((theme) => theme.title)).toEqual(['Preventie', 'Samenwerking']);
    expect(plan.themes[0]!.rows[0]).toEqual({
      key: 'actie:01-screening',
      what: 'Screening zwangere vrouwen',
      when: '',
      budget: '',
      source: prezorg,
    });
  });

  it('keeps what the user typed when the choice changes', () => {
    const first = draftPlan(choice);
    const edited: Plan = {
      ...first,
      municipality: 'Zwijndrecht',
      themes: first.themes.map((theme) =>
        theme.id === 'preventie'
          ? {
              ...theme,
              rows: [
                { ...theme.rows[0]!, when: 'Vanaf 2027', budget: '28.000' },
                theme.rows[1]!,
                { ...ownRow(first), what: 'Cijfers actualiseren' },
              ],
            }
          : theme,
      ),
    };
    const second = draftPlan([{ id: 'preventie', title: 'Preventie', items: [prezorg] }], edited);
    expect(second.municipality).toBe('Zwijndrecht');
    expect(second.themes).toHaveLength(1);
    expect(second.themes[0]!.rows.map((row) => [row.what, row.when, row.budget])).toEqual([
      ['Screening zwangere vrouwen', 'Vanaf 2027', '28.000'],
      ['Cijfers actualiseren', '', ''],
    ]);
  });

  it('gives own rows keys no other row has', () => {
    const plan = draftPlan(choice);
    plan.themes[0]!.rows.push(ownRow(plan));
    expect(ownRow(plan).key).toBe('eigen:2');
  });
});

describe('budget', () => {
  it.each([
    ['15000', 15000],
    ['15.000', 15000],
    ['€ 15.000', 15000],
    ['€15.000,-', 15000],
    ['7.000,00', 7000],
    ['  ', 0],
    ['', 0],
  ])('reads %j as %d', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each(['vijftig', '15,5', '1.50', '-100', '15000 euro'])('does not read %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('formats amounts the Dutch way', () => {
    expect(formatAmount(13500)).toBe('€ 13.500');
    expect(formatAmount(0)).toBe('€ 0');
  });

  it('adds up per theme and in total, leaving out what cannot be read, and says which fields are wrong', () => {
    const plan = draftPlan([
      { id: 'preventie', title: 'Preventie', items: [prezorg, geboortezorg] },
      { id: 'samenwerking', title: 'Samenwerking', items: [duos] },
    ]);
    plan.themes[0]!.rows[0]!.budget = '28.000';
    plan.themes[0]!.rows[1]!.budget = '7000';
    plan.themes[1]!.rows[0]!.budget = 'veel';
    expect(totals(plan)).toEqual({ perTheme: { preventie: 35000, samenwerking: 0 }, total: 35000, unreadable: 1 });
    expect(validatePlan(plan)).toEqual([{ themeId: 'samenwerking', key: 'tip:formeer-duos', message: AMOUNT_MESSAGE }]);
  });
});

describe('fileName', () => {
  it('names the download after the municipality, without accents or spaces', () => {
    expect(fileName({ ...emptyPlan(), municipality: 'Zwijndrecht' })).toBe('uitvoeringsplan-zwijndrecht.md');
    expect(fileName({ ...emptyPlan(), municipality: 'Súdwest-Fryslân ' })).toBe('uitvoeringsplan-sudwest-fryslan.md');
    expect(fileName(emptyPlan())).toBe('uitvoeringsplan.md');
  });
});
