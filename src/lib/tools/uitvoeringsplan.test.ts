import { describe, expect, it } from 'vitest';
import {
  linkTekst,
  BEDRAG_MELDING,
  bestandsnaam,
  catalogus,
  eigenRegel,
  formatBedrag,
  leesBedrag,
  legePlan,
  maakConcept,
  naarMarkdown,
  totalen,
  valideer,
  type Item,
  type Plan,
} from './uitvoeringsplan.ts';

const URL = 'https://handreiking.example';
const prezorg: Item = { soort: 'actie', id: '01-screening', titel: 'Screening zwangere vrouwen', url: `${URL}/a/` };
const geboortezorg: Item = { soort: 'tip', id: 'geboortezorg', titel: 'Betrek de geboortezorg', url: `${URL}/t/` };
const duos: Item = { soort: 'tip', id: 'formeer-duos', titel: "Formeer duo's", url: `${URL}/tips/formeer-duos/` };

describe('catalogus', () => {
  it('lists per theme the actions first, in order, then the tips by title', () => {
    const result = catalogus(
      [
        { id: 'preventie', titel: 'Preventie' },
        { id: 'samenwerking', titel: 'Samenwerking' },
        { id: 'leeg', titel: 'Leeg' },
      ],
      [
        { ...geboortezorg, themas: ['preventie', 'samenwerking'] },
        { ...duos, themas: ['samenwerking'] },
        { ...prezorg, themas: ['preventie'] },
      ],
    );
    expect(result.map((thema) => [thema.id, thema.items.map((item) => item.id)])).toEqual([
      ['preventie', ['01-screening', 'geboortezorg']],
      ['samenwerking', ['geboortezorg', 'formeer-duos']],
      ['leeg', []],
    ]);
    expect(result[0]!.items[0]).toEqual(prezorg);
  });
});

describe('maakConcept', () => {
  const keuze = [
    { id: 'preventie', titel: 'Preventie', items: [prezorg, geboortezorg] },
    { id: 'samenwerking', titel: 'Samenwerking', items: [duos] },
  ];

  it('makes a row per chosen item, with what filled in and when and budget empty', () => {
    const plan = maakConcept(keuze);
    expect(plan.titel).toBe('Uitvoeringsplan aanpak kindermishandeling');
    expect(plan.themas.map((thema) => thema.titel)).toEqual(['Preventie', 'Samenwerking']);
    expect(plan.themas[0]!.regels[0]).toEqual({
      sleutel: 'actie:01-screening',
      wat: 'Screening zwangere vrouwen',
      wanneer: '',
      budget: '',
      bron: prezorg,
    });
  });

  it('keeps what the user typed when the choice changes', () => {
    const eerste = maakConcept(keuze);
    const bewerkt: Plan = {
      ...eerste,
      gemeente: 'Zwijndrecht',
      themas: eerste.themas.map((thema) =>
        thema.id === 'preventie'
          ? {
              ...thema,
              regels: [
                { ...thema.regels[0]!, wanneer: 'Vanaf 2027', budget: '28.000' },
                thema.regels[1]!,
                { ...eigenRegel(eerste), wat: 'Cijfers actualiseren' },
              ],
            }
          : thema,
      ),
    };
    const tweede = maakConcept([{ id: 'preventie', titel: 'Preventie', items: [prezorg] }], bewerkt);
    expect(tweede.gemeente).toBe('Zwijndrecht');
    expect(tweede.themas).toHaveLength(1);
    expect(tweede.themas[0]!.regels.map((regel) => [regel.wat, regel.wanneer, regel.budget])).toEqual([
      ['Screening zwangere vrouwen', 'Vanaf 2027', '28.000'],
      ['Cijfers actualiseren', '', ''],
    ]);
  });

  it('gives own rows keys no other row has', () => {
    const plan = maakConcept(keuze);
    plan.themas[0]!.regels.push(eigenRegel(plan));
    expect(eigenRegel(plan).sleutel).toBe('eigen:2');
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
  ])('reads %j as %d', (tekst, bedrag) => {
    expect(leesBedrag(tekst)).toBe(bedrag);
  });

  it.each(['vijftig', '15,5', '1.50', '-100', '15000 euro'])('does not read %j', (tekst) => {
    expect(leesBedrag(tekst)).toBeUndefined();
  });

  it('formats amounts the Dutch way', () => {
    expect(formatBedrag(13500)).toBe('€ 13.500');
    expect(formatBedrag(0)).toBe('€ 0');
  });

  it('adds up per theme and in total, leaving out what cannot be read, and says which fields are wrong', () => {
    const plan = maakConcept([
      { id: 'preventie', titel: 'Preventie', items: [prezorg, geboortezorg] },
      { id: 'samenwerking', titel: 'Samenwerking', items: [duos] },
    ]);
    plan.themas[0]!.regels[0]!.budget = '28.000';
    plan.themas[0]!.regels[1]!.budget = '7000';
    plan.themas[1]!.regels[0]!.budget = 'veel';
    expect(totalen(plan)).toEqual({ perThema: { preventie: 35000, samenwerking: 0 }, totaal: 35000, onleesbaar: 1 });
    expect(valideer(plan)).toEqual([{ themaId: 'samenwerking', sleutel: 'tip:formeer-duos', melding: BEDRAG_MELDING }]);
  });
});

describe('naarMarkdown', () => {
  function zwijndrecht(): Plan {
    const plan = maakConcept([
      { id: 'preventie', titel: 'Preventie', items: [prezorg] },
      { id: 'samenwerking', titel: 'Samenwerking', items: [] },
    ]);
    plan.gemeente = 'Zwijndrecht';
    plan.periode = '2017–2018';
    plan.doel = 'Eind 2018 is het percentage mishandelde kinderen gedaald tot onder de 3 procent.';
    plan.themas[0]!.regels[0] = {
      ...plan.themas[0]!.regels[0]!,
      wat: 'PréZorg | VoorZorg',
      wanneer: 'Vanaf 2018',
      budget: '28000',
    };
    plan.themas[0]!.regels.push({
      sleutel: 'eigen:1',
      wat: 'Training anticonceptie',
      wanneer: '2018',
      budget: '€ 7.000',
    });
    return plan;
  }

  it('follows the Zwijndrecht plan: goal, who, themes with activities, budget, evaluation', () => {
    const md = naarMarkdown(zwijndrecht(), { handreiking: `${URL}/`, voorbeeld: `${URL}/praktijkvoorbeelden/x/` });
    const koppen = md.split('\n').filter((regel) => regel.startsWith('#'));
    expect(koppen).toEqual([
      '# Uitvoeringsplan aanpak kindermishandeling – Zwijndrecht',
      '## Doel',
      '## Wie voert het plan uit?',
      '## Thema 1: Preventie',
      '## Thema 2: Samenwerking',
      '## Begroting',
      '## Evaluatie',
    ]);
    expect(md).toContain('Periode: 2017–2018');
    expect(md).toContain('| PréZorg \\| VoorZorg | Vanaf 2018 | € 28.000 |');
    expect(md).toContain('| Training anticonceptie | 2018 | € 7.000 |');
    expect(md).toContain('| **Totaal** | | **€ 35.000** |');
    expect(md).toContain(`- Preventieve actie: [Screening zwangere vrouwen](${URL}/a/)`);
    expect(md).toContain('## Thema 2: Samenwerking\n\n_Nog geen activiteiten._');
    expect(md).toContain('| Preventie | € 35.000 |\n| Samenwerking | € 0 |\n| **Totaal** | **€ 35.000** |');
    expect(md).toContain('## Wie voert het plan uit?\n\n_Nog invullen._');
    expect(md).toContain(`naar het voorbeeld van het [plan van Zwijndrecht](${URL}/praktijkvoorbeelden/x/).`);
  });

  it('keeps an unreadable amount as typed and says it was not counted', () => {
    const plan = zwijndrecht();
    plan.themas[0]!.regels[1]!.budget = 'nog onbekend';
    const md = naarMarkdown(plan);
    expect(md).toContain('| Training anticonceptie | 2018 | nog onbekend |');
    expect(md).toContain('Let op: één bedrag is niet meegeteld');
  });

  it('has a sensible file name', () => {
    expect(bestandsnaam(zwijndrecht())).toBe('uitvoeringsplan-zwijndrecht.md');
    expect(bestandsnaam({ ...legePlan(), gemeente: 'Súdwest-Fryslân ' })).toBe('uitvoeringsplan-sudwest-fryslan.md');
    expect(bestandsnaam(legePlan())).toBe('uitvoeringsplan.md');
  });
});

describe('linkTekst', () => {
  it('escapes brackets, so a title cannot plant a link in the downloaded plan', () => {
    expect(linkTekst('x](https://kwaadaardig.example/) [y')).toBe('x\\]\\(https://kwaadaardig.example/\\) \\[y');
  });
});
