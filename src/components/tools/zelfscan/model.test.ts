import { describe, expect, it } from 'vitest';
import {
  actionTotal,
  CRITERIA,
  emptyScan,
  parseScan,
  type ScanAction,
  scoreLabel,
  type SelfScan,
  serializeScan,
  setMunicipality,
  setNote,
  setScore,
  STORAGE_KEY,
  summarize,
  totalLabel,
} from './model.ts';
import { csvField, fileName, toCsv, toMarkdown } from './export.ts';

const NOW = new Date('2026-05-01T10:00:00Z');
const actions: ScanAction[] = [
  { id: 'a', number: 1, title: 'Screening en hulp voor zwangere vrouwen' },
  { id: 'b', number: 2, title: 'Voorlichting over geweldloos opvoeden' },
];

function scoredScan(): SelfScan {
  let scan = emptyScan();
  scan = setScore(scan, 'a', 'borging', 3, NOW);
  scan = setScore(scan, 'a', 'operationeel', 2, NOW);
  scan = setScore(scan, 'a', 'bereik', 1, NOW);
  scan = setScore(scan, 'b', 'borging', 0, NOW);
  return scan;
}

describe('the score model', () => {
  it('has the three monitor criteria of chapter 5, each with four levels', () => {
    expect(CRITERIA.map((item) => item.id)).toEqual(['borging', 'operationeel', 'bereik']);
    for (const item of CRITERIA) expect(item.levels).toHaveLength(4);
    expect(scoreLabel('borging', 3)).toBe('3 – Vastgelegd');
    expect(scoreLabel('bereik', 0)).toBe('0 – Onbekend');
  });

  it('sets and clears scores without changing the old scan', () => {
    const scan = scoredScan();
    expect(scan.actions.a).toEqual({ borging: 3, operationeel: 2, bereik: 1 });
    expect(scan.updated).toBe(NOW.toISOString());
    const cleared = setScore(setScore(scan, 'b', 'borging', undefined), 'a', 'bereik', undefined);
    expect(cleared.actions.b).toBeUndefined();
    expect(cleared.actions.a).toEqual({ borging: 3, operationeel: 2 });
    expect(scan.actions.b).toEqual({ borging: 0 });
  });

  it('keeps a note, drops an empty one, and trims the municipality', () => {
    let scan = setNote(emptyScan(), 'a', 'Met de GGD bespreken');
    expect(scan.actions.a).toEqual({ note: 'Met de GGD bespreken' });
    scan = setNote(scan, 'a', '   ');
    expect(scan.actions.a).toBeUndefined();
    expect(setMunicipality(scan, '  Zwijndrecht ').municipality).toBe('Zwijndrecht');
    expect(setMunicipality(setMunicipality(scan, 'Zwolle'), ' ').municipality).toBeUndefined();
  });

  it('adds up an action, out of 9 when complete', () => {
    const scan = scoredScan();
    expect(actionTotal(scan.actions.a)).toEqual({ points: 6, filled: 3, complete: true, lowest: 1 });
    expect(totalLabel(scan.actions.a)).toBe('6 van 9');
    expect(totalLabel(scan.actions.b)).toBe('nog niet compleet (1 van 3)');
    expect(totalLabel(undefined)).toBe('niet ingevuld');
  });

  it('sums up the whole scan', () => {
    const summary = summarize(scoredScan(), actions);
    expect(summary.filled).toBe(4);
    expect(summary.possible).toBe(6);
    expect(summary.averages).toEqual({ borging: 1.5, operationeel: 2, bereik: 1 });
    expect(summary.needsAttention.map((action) => action.id)).toEqual(['a', 'b']);
    const full = ['borging', 'operationeel', 'bereik'].reduce(
      (scan, id) => setScore(scan, 'a', id as 'borging', 3),
      emptyScan(),
    );
    expect(summarize(full, actions).inOrder.map((action) => action.id)).toEqual(['a']);
  });
});

describe('storage', () => {
  it('uses the agreed localStorage key', () => {
    expect(STORAGE_KEY).toBe('handreiking-zelfscan-v1');
  });

  it('reads back what it wrote', () => {
    const scan = setNote(setMunicipality(scoredScan(), 'Zwijndrecht', NOW), 'b', 'Nog uitzoeken', NOW);
    expect(parseScan(serializeScan(scan))).toEqual(scan);
  });

  it('keeps the stored format of earlier versions, so a saved scan still loads', () => {
    const stored = JSON.stringify({
      versie: 1,
      gemeente: 'Zwijndrecht',
      bijgewerkt: NOW.toISOString(),
      acties: { a: { borging: 3, notitie: 'Met de GGD' } },
    });
    const scan = parseScan(stored);
    expect(scan).toEqual({
      municipality: 'Zwijndrecht',
      updated: NOW.toISOString(),
      actions: { a: { borging: 3, note: 'Met de GGD' } },
    });
    expect(JSON.parse(serializeScan(scan))).toEqual(JSON.parse(stored));
  });

  it('starts empty on nothing, broken JSON or another version', () => {
    expect(parseScan(null)).toEqual(emptyScan());
    expect(parseScan('{kapot')).toEqual(emptyScan());
    expect(parseScan('[]')).toEqual(emptyScan());
    expect(parseScan(JSON.stringify({ versie: 2, acties: { a: { borging: 1 } } }))).toEqual(emptyScan());
  });

  it('drops values out of range and actions that no longer exist', () => {
    const stored = JSON.stringify({
      versie: 1,
      bijgewerkt: 'gisteren',
      acties: { a: { borging: 4, operationeel: '2', bereik: 2, notitie: 7 }, weg: { borging: 1 }, b: 'x' },
    });
    expect(parseScan(stored, ['a', 'b'])).toEqual({ actions: { a: { bereik: 2 } } });
  });
});

describe('export', () => {
  it('writes CSV with semicolons, one row per action, quoted where needed', () => {
    const scan = setNote(scoredScan(), 'b', 'Overleg; met "JGZ"\nin juni', NOW);
    const csv = toCsv(scan, actions);
    expect(csv.split('\r\n')).toEqual([
      'Nummer;Actie;Borging (0-3);Operationeel (0-3);Bereik (0-3);Totaal (van 9);Toelichting',
      '1;Screening en hulp voor zwangere vrouwen;3;2;1;6;',
      '2;Voorlichting over geweldloos opvoeden;0;;;;"Overleg; met ""JGZ""\nin juni"',
      '',
    ]);
  });

  it('never lets a spreadsheet run a note as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField(3)).toBe('3');
    expect(csvField(undefined)).toBe('');
  });

  it('writes Markdown with a table, an overview, the notes and the scale', () => {
    const scan = setNote(setMunicipality(scoredScan(), 'Zwijndrecht', NOW), 'a', 'Loopt via | de GGD', NOW);
    const md = toMarkdown(scan, actions, { tool: 'Zelfscan', handreiking: 'De handreiking' }, NOW);
    expect(md).toContain('# Zelfscan: Zwijndrecht');
    expect(md).toContain('Gemaakt op 1 mei 2026 met Zelfscan (De handreiking). Elke actie heeft een score op 3 punten');
    expect(md).toContain('| Nr. | Actie | Borging | Operationeel | Bereik | Totaal |');
    expect(md).toContain(
      '| 1 | Screening en hulp voor zwangere vrouwen | 3 – Vastgelegd | 2 – Deels | 1 – Geschat | 6 van 9 |',
    );
    expect(md).toContain(
      '| 2 | Voorlichting over geweldloos opvoeden | 0 – Niet op papier | – | – | nog niet compleet (1 van 3) |',
    );
    expect(md).toContain('- Ingevuld: 4 van de 6 scores.');
    expect(md).toContain('- Gemiddelde borging: 1,5 van 3.');
    expect(md).toContain('### 1. Screening en hulp voor zwangere vrouwen\n\nLoopt via | de GGD');
    expect(md).toContain('**Bereik**: De gemeente weet hoeveel mensen uit de doelgroep zij met de acties bereikt.');
  });

  it('escapes pipes in table cells', () => {
    const md = toMarkdown(emptyScan(), [{ id: 'x', number: 3, title: 'A | B' }], { tool: 'Z', handreiking: 'H' }, NOW);
    expect(md).toContain('| 3 | A \\| B |');
  });

  it('names files after the date', () => {
    expect(fileName(new Date(2026, 4, 1), 'csv')).toBe('zelfscan-preventieve-acties-2026-05-01.csv');
    expect(fileName(new Date(2026, 11, 31), 'md')).toBe('zelfscan-preventieve-acties-2026-12-31.md');
  });
});
