import { describe, expect, it } from 'vitest';
import {
  bestandsnaam,
  CRITERIA,
  csvVeld,
  legeZelfscan,
  naarCsv,
  naarMarkdown,
  OPSLAG_SLEUTEL,
  overzicht,
  parseer,
  scoreLabel,
  serialiseer,
  totaal,
  totaalLabel,
  zetGemeente,
  zetNotitie,
  zetScore,
  type Actie,
  type Zelfscan,
} from './zelfscan.ts';

const NU = new Date('2026-05-01T10:00:00Z');
const acties: Actie[] = [
  { id: 'a', nummer: 1, titel: 'Screening en hulp voor zwangere vrouwen' },
  { id: 'b', nummer: 2, titel: 'Voorlichting over geweldloos opvoeden' },
];

function ingevuld(): Zelfscan {
  let scan = legeZelfscan();
  scan = zetScore(scan, 'a', 'borging', 3, NU);
  scan = zetScore(scan, 'a', 'operationeel', 2, NU);
  scan = zetScore(scan, 'a', 'bereik', 1, NU);
  scan = zetScore(scan, 'b', 'borging', 0, NU);
  return scan;
}

describe('the score model', () => {
  it('has the three monitor criteria of chapter 5, each with four levels', () => {
    expect(CRITERIA.map((item) => item.id)).toEqual(['borging', 'operationeel', 'bereik']);
    for (const item of CRITERIA) expect(item.niveaus).toHaveLength(4);
    expect(scoreLabel('borging', 3)).toBe('3 – Vastgelegd');
    expect(scoreLabel('bereik', 0)).toBe('0 – Onbekend');
  });

  it('sets and clears scores without changing the old scan', () => {
    const scan = ingevuld();
    expect(scan.acties.a).toEqual({ borging: 3, operationeel: 2, bereik: 1 });
    expect(scan.bijgewerkt).toBe(NU.toISOString());
    const cleared = zetScore(zetScore(scan, 'b', 'borging', undefined), 'a', 'bereik', undefined);
    expect(cleared.acties.b).toBeUndefined();
    expect(cleared.acties.a).toEqual({ borging: 3, operationeel: 2 });
    expect(scan.acties.b).toEqual({ borging: 0 });
  });

  it('keeps a note, drops an empty one, and trims the municipality', () => {
    let scan = zetNotitie(legeZelfscan(), 'a', 'Met de GGD bespreken');
    expect(scan.acties.a).toEqual({ notitie: 'Met de GGD bespreken' });
    scan = zetNotitie(scan, 'a', '   ');
    expect(scan.acties.a).toBeUndefined();
    expect(zetGemeente(scan, '  Zwijndrecht ').gemeente).toBe('Zwijndrecht');
    expect(zetGemeente(zetGemeente(scan, 'Zwolle'), ' ').gemeente).toBeUndefined();
  });

  it('adds up an action, out of 9 when complete', () => {
    const scan = ingevuld();
    expect(totaal(scan.acties.a)).toEqual({ punten: 6, ingevuld: 3, compleet: true, laagste: 1 });
    expect(totaalLabel(scan.acties.a)).toBe('6 van 9');
    expect(totaalLabel(scan.acties.b)).toBe('nog niet compleet (1 van 3)');
    expect(totaalLabel(undefined)).toBe('niet ingevuld');
  });

  it('sums up the whole scan', () => {
    const samen = overzicht(ingevuld(), acties);
    expect(samen.ingevuld).toBe(4);
    expect(samen.mogelijk).toBe(6);
    expect(samen.gemiddelden).toEqual({ borging: 1.5, operationeel: 2, bereik: 1 });
    expect(samen.aandacht.map((actie) => actie.id)).toEqual(['a', 'b']);
    const full = ['borging', 'operationeel', 'bereik'].reduce(
      (scan, id) => zetScore(scan, 'a', id as 'borging', 3),
      legeZelfscan(),
    );
    expect(overzicht(full, acties).opOrde.map((actie) => actie.id)).toEqual(['a']);
  });
});

describe('storage', () => {
  it('uses the agreed localStorage key', () => {
    expect(OPSLAG_SLEUTEL).toBe('handreiking-zelfscan-v1');
  });

  it('reads back what it wrote', () => {
    const scan = zetNotitie(zetGemeente(ingevuld(), 'Zwijndrecht', NU), 'b', 'Nog uitzoeken', NU);
    expect(parseer(serialiseer(scan))).toEqual(scan);
  });

  it('starts empty on nothing, broken JSON or another version', () => {
    expect(parseer(null)).toEqual(legeZelfscan());
    expect(parseer('{kapot')).toEqual(legeZelfscan());
    expect(parseer('[]')).toEqual(legeZelfscan());
    expect(parseer(JSON.stringify({ versie: 2, acties: { a: { borging: 1 } } }))).toEqual(legeZelfscan());
  });

  it('drops values out of range and actions that no longer exist', () => {
    const stored = JSON.stringify({
      versie: 1,
      bijgewerkt: 'gisteren',
      acties: { a: { borging: 4, operationeel: '2', bereik: 2, notitie: 7 }, weg: { borging: 1 }, b: 'x' },
    });
    expect(parseer(stored, ['a', 'b'])).toEqual({ acties: { a: { bereik: 2 } } });
  });
});

describe('export', () => {
  it('writes CSV with semicolons, one row per action, quoted where needed', () => {
    const scan = zetNotitie(ingevuld(), 'b', 'Overleg; met "JGZ"\nin juni', NU);
    const csv = naarCsv(scan, acties);
    expect(csv.split('\r\n')).toEqual([
      'Nummer;Actie;Borging (0-3);Operationeel (0-3);Bereik (0-3);Totaal (van 9);Toelichting',
      '1;Screening en hulp voor zwangere vrouwen;3;2;1;6;',
      '2;Voorlichting over geweldloos opvoeden;0;;;;"Overleg; met ""JGZ""\nin juni"',
      '',
    ]);
  });

  it('never lets a spreadsheet run a note as a formula', () => {
    expect(csvVeld('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvVeld('-1')).toBe("'-1");
    expect(csvVeld('@x')).toBe("'@x");
    expect(csvVeld(3)).toBe('3');
    expect(csvVeld(undefined)).toBe('');
  });

  it('writes Markdown with a table, an overview, the notes and the scale', () => {
    const scan = zetNotitie(zetGemeente(ingevuld(), 'Zwijndrecht', NU), 'a', 'Loopt via | de GGD', NU);
    const md = naarMarkdown(scan, acties, NU);
    expect(md).toContain('# Zelfscan preventieve acties: Zwijndrecht');
    expect(md).toContain('Gemaakt op 1 mei 2026');
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
    const md = naarMarkdown(legeZelfscan(), [{ id: 'x', nummer: 3, titel: 'A | B' }], NU);
    expect(md).toContain('| 3 | A \\| B |');
  });

  it('names files after the date', () => {
    expect(bestandsnaam(new Date(2026, 4, 1), 'csv')).toBe('zelfscan-preventieve-acties-2026-05-01.csv');
    expect(bestandsnaam(new Date(2026, 11, 31), 'md')).toBe('zelfscan-preventieve-acties-2026-12-31.md');
  });
});
