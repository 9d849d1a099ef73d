import { describe, expect, it } from 'vitest';
import { planDocument } from './document.ts';
import { linkText, planMarkdown } from './markdown.ts';
import { draftPlan, type Item, type Plan } from './model.ts';

const URL = 'https://handreiking.example';
const prezorg: Item = { kind: 'actie', id: '01-screening', title: 'Screening zwangere vrouwen', url: `${URL}/a/` };

describe('planMarkdown', () => {
  function zwijndrecht(): Plan {
    const plan = draftPlan([
      { id: 'preventie', title: 'Preventie', items: [prezorg] },
      { id: 'samenwerking', title: 'Samenwerking', items: [] },
    ]);
    plan.municipality = 'Zwijndrecht';
    plan.period = '2017–2018';
    plan.goal = 'Eind 2018 is het percentage mishandelde kinderen gedaald tot onder de 3 procent.';
    plan.themes[0]!.rows[0] = {
      ...plan.themes[0]!.rows[0]!,
      what: 'PréZorg | VoorZorg',
      when: 'Vanaf 2018',
      budget: '28000',
    };
    plan.themes[0]!.rows.push({
      key: 'eigen:1',
      what: 'Training anticonceptie',
      when: '2018',
      budget: '€ 7.000',
    });
    return plan;
  }

  it('follows the Zwijndrecht plan: goal, who, themes with activities, budget, evaluation', () => {
    const md = planMarkdown(zwijndrecht(), {
      handreiking: { title: 'De handreiking', url: `${URL}/` },
      example: { title: 'Het plan [2017]', url: `${URL}/praktijkvoorbeelden/x/` },
    });
    const headings = md.split('\n').filter((row) => row.startsWith('#'));
    expect(headings).toEqual([
      '# Uitvoeringsplan – Zwijndrecht',
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
    expect(md).toContain(
      `Opgesteld met [De handreiking](${URL}/), naar het voorbeeld van [Het plan \\[2017\\]](${URL}/praktijkvoorbeelden/x/).`,
    );
  });

  it('keeps an unreadable amount as typed and says it was not counted', () => {
    const plan = zwijndrecht();
    plan.themes[0]!.rows[1]!.budget = 'nog onbekend';
    const md = planMarkdown(plan);
    expect(md).toContain('| Training anticonceptie | 2018 | nog onbekend |');
    expect(md).toContain('Let op: één bedrag is niet meegeteld');
  });
});

describe('linkText', () => {
  it('escapes brackets, so a title cannot plant a link in the downloaded plan', () => {
    expect(linkText('x](https://kwaadaardig.example/) [y')).toBe('x\\]\\(https://kwaadaardig.example/\\) \\[y');
  });
});

describe('planDocument', () => {
  it('lays out the paper version and the download in one order, with a budget only when there are themes', () => {
    const empty = planDocument(draftPlan([]));
    expect(empty.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Uitvoeringsplan',
      'Doel',
      'Wie voert het plan uit?',
      'Evaluatie',
    ]);
    expect(empty.filter((block) => block.kind === 'paragraph' && block.missing)).toHaveLength(3);
    const plan = draftPlan([{ id: 'preventie', title: 'Preventie', items: [prezorg] }]);
    const tables = planDocument(plan).filter((block) => block.kind === 'table');
    expect(tables.map((table) => table.caption)).toEqual(['Activiteiten bij Preventie', 'Begroting per thema']);
    expect(tables[0]!.rows).toEqual([['Screening zwangere vrouwen', '', '']]);
  });
});
