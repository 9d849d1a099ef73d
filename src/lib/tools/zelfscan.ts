// The zelfscan: a municipality scores each preventive action on the three criteria of the NJi
// Monitor Aanpak Kindermishandeling (handreiking, chapter 5 "Monitoring en evaluatie"): borging,
// operationeel and bereik, each on a scale of 0 to 3. The answers stay in the browser
// (localStorage); this module reads and writes them and exports them as CSV and Markdown.

export const OPSLAG_SLEUTEL = 'handreiking-zelfscan-v1';
const VERSIE = 1;

export type CriteriumId = 'borging' | 'operationeel' | 'bereik';
export type Score = 0 | 1 | 2 | 3;
export const MAX_PER_CRITERIUM = 3;

export interface Niveau {
  label: string;
  uitleg: string;
}

export interface Criterium {
  id: CriteriumId;
  naam: string;
  /** The criterion as the handreiking defines it, in plain words. */
  betekenis: string;
  vraag: string;
  niveaus: readonly [Niveau, Niveau, Niveau, Niveau];
}

export const CRITERIA: readonly Criterium[] = [
  {
    id: 'borging',
    naam: 'Borging',
    betekenis: 'De gemeente voert beleid op deze actie en heeft dat op papier gezet, in een beleidsdocument.',
    vraag: 'Staat het beleid voor deze actie op papier?',
    niveaus: [
      { label: 'Niet op papier', uitleg: 'Er is geen beleid voor deze actie.' },
      { label: 'In voorbereiding', uitleg: 'We werken aan beleid, maar het is nog niet vastgesteld.' },
      { label: 'Genoemd', uitleg: 'De actie staat in een beleidsdocument, maar zonder duidelijke doelen.' },
      { label: 'Vastgelegd', uitleg: 'De actie staat in een vastgesteld beleidsdocument, met doelen.' },
    ],
  },
  {
    id: 'operationeel',
    naam: 'Operationeel',
    betekenis: 'De gemeente komt in actie om de doelen te halen.',
    vraag: 'Gebeurt er ook echt iets?',
    niveaus: [
      { label: 'Geen acties', uitleg: 'Er gebeurt nog niets.' },
      { label: 'Gepland', uitleg: 'Er zijn plannen of er loopt een proef.' },
      { label: 'Deels', uitleg: 'Er gebeurt iets, maar niet overal of niet voor de hele doelgroep.' },
      { label: 'Volledig', uitleg: 'De acties lopen zoals afgesproken, voor de hele doelgroep.' },
    ],
  },
  {
    id: 'bereik',
    naam: 'Bereik',
    betekenis: 'De gemeente weet hoeveel mensen uit de doelgroep zij met de acties bereikt.',
    vraag: 'Weet u hoeveel mensen uit de doelgroep u bereikt?',
    niveaus: [
      { label: 'Onbekend', uitleg: 'We weten niet hoeveel mensen we bereiken.' },
      { label: 'Geschat', uitleg: 'We hebben een schatting, maar geen cijfers.' },
      { label: 'Deels gemeten', uitleg: 'We hebben cijfers voor een deel van de acties of de doelgroep.' },
      { label: 'Gemeten', uitleg: 'We weten hoeveel mensen uit de doelgroep we bereiken, en volgen dat.' },
    ],
  },
];

export const CRITERIUM_IDS: readonly CriteriumId[] = CRITERIA.map((criterium) => criterium.id);

export interface ActieScore {
  borging?: Score;
  operationeel?: Score;
  bereik?: Score;
  notitie?: string;
}

export interface Zelfscan {
  gemeente?: string;
  /** ISO date and time of the last change. */
  bijgewerkt?: string;
  acties: Record<string, ActieScore>;
}

/** What the export needs to know about an action. */
export interface Actie {
  id: string;
  nummer: number;
  titel: string;
}

export const MAX_NOTITIE = 2000;
export const MAX_GEMEENTE = 100;

export function legeZelfscan(): Zelfscan {
  return { acties: {} };
}

export function isScore(value: unknown): value is Score {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function criterium(id: CriteriumId): Criterium {
  return CRITERIA.find((item) => item.id === id)!;
}

/** "2 – Genoemd". */
export function scoreLabel(id: CriteriumId, score: Score): string {
  return `${score} – ${criterium(id).niveaus[score].label}`;
}

function opgeschoond(score: ActieScore): ActieScore | undefined {
  const result: ActieScore = {};
  for (const id of CRITERIUM_IDS) if (isScore(score[id])) result[id] = score[id];
  if (score.notitie?.trim()) result.notitie = score.notitie.slice(0, MAX_NOTITIE);
  return Object.keys(result).length > 0 ? result : undefined;
}

function metActie(scan: Zelfscan, actieId: string, score: ActieScore, nu: Date): Zelfscan {
  const acties = { ...scan.acties };
  const schoon = opgeschoond(score);
  if (schoon) acties[actieId] = schoon;
  else delete acties[actieId];
  return { ...scan, acties, bijgewerkt: nu.toISOString() };
}

/** Sets or (with `undefined`) clears one score. Returns a new scan. */
export function zetScore(
  scan: Zelfscan,
  actieId: string,
  id: CriteriumId,
  score: Score | undefined,
  nu = new Date(),
): Zelfscan {
  return metActie(scan, actieId, { ...scan.acties[actieId], [id]: score }, nu);
}

export function zetNotitie(scan: Zelfscan, actieId: string, notitie: string, nu = new Date()): Zelfscan {
  return metActie(scan, actieId, { ...scan.acties[actieId], notitie }, nu);
}

export function zetGemeente(scan: Zelfscan, gemeente: string, nu = new Date()): Zelfscan {
  const schoon = gemeente.trim().slice(0, MAX_GEMEENTE);
  const result: Zelfscan = { ...scan, bijgewerkt: nu.toISOString() };
  if (schoon) result.gemeente = schoon;
  else delete result.gemeente;
  return result;
}

/** For localStorage. */
export function serialiseer(scan: Zelfscan): string {
  return JSON.stringify({ versie: VERSIE, ...scan });
}

/**
 * Reads what localStorage holds. Anything unreadable, of another version or out of range is left
 * out, so a damaged entry never breaks the page; `bekendeActies` drops actions that no longer exist.
 */
export function parseer(tekst: string | null | undefined, bekendeActies?: readonly string[]): Zelfscan {
  if (!tekst) return legeZelfscan();
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return legeZelfscan();
  }
  if (!isObject(data) || data.versie !== VERSIE) return legeZelfscan();
  const scan = legeZelfscan();
  if (typeof data.gemeente === 'string' && data.gemeente.trim()) scan.gemeente = data.gemeente.slice(0, MAX_GEMEENTE);
  if (typeof data.bijgewerkt === 'string' && !Number.isNaN(Date.parse(data.bijgewerkt)))
    scan.bijgewerkt = data.bijgewerkt;
  if (isObject(data.acties)) {
    for (const [id, value] of Object.entries(data.acties)) {
      if (bekendeActies && !bekendeActies.includes(id)) continue;
      if (!isObject(value)) continue;
      const score = opgeschoond({
        borging: isScore(value.borging) ? value.borging : undefined,
        operationeel: isScore(value.operationeel) ? value.operationeel : undefined,
        bereik: isScore(value.bereik) ? value.bereik : undefined,
        notitie: typeof value.notitie === 'string' ? value.notitie : undefined,
      });
      if (score) scan.acties[id] = score;
    }
  }
  return scan;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ActieTotaal {
  /** Sum of the scores filled in. */
  punten: number;
  /** How many of the three criteria are filled in. */
  ingevuld: number;
  compleet: boolean;
  /** The lowest score filled in, if any. */
  laagste?: Score;
}

export function totaal(score: ActieScore | undefined): ActieTotaal {
  const scores = CRITERIUM_IDS.map((id) => score?.[id]).filter(isScore);
  return {
    punten: scores.reduce<number>((som, value) => som + value, 0),
    ingevuld: scores.length,
    compleet: scores.length === CRITERIUM_IDS.length,
    laagste: scores.length > 0 ? (Math.min(...scores) as Score) : undefined,
  };
}

/** "6 van 9", or what is still missing. */
export function totaalLabel(score: ActieScore | undefined): string {
  const { punten, ingevuld, compleet } = totaal(score);
  if (compleet) return `${punten} van ${CRITERIUM_IDS.length * MAX_PER_CRITERIUM}`;
  return ingevuld === 0 ? 'niet ingevuld' : `nog niet compleet (${ingevuld} van 3)`;
}

export interface Overzicht {
  /** Scores filled in, out of actions × criteria. */
  ingevuld: number;
  mogelijk: number;
  /** Average per criterion over the actions that have it, or undefined. */
  gemiddelden: Record<CriteriumId, number | undefined>;
  /** Actions with a 0 or 1 on some criterion: where the most can be gained. */
  aandacht: Actie[];
  /** Actions scored 3 on every criterion. */
  opOrde: Actie[];
}

export function overzicht(scan: Zelfscan, acties: readonly Actie[]): Overzicht {
  const gemiddelden = {} as Record<CriteriumId, number | undefined>;
  for (const id of CRITERIUM_IDS) {
    const scores = acties.map((actie) => scan.acties[actie.id]?.[id]).filter(isScore);
    gemiddelden[id] =
      scores.length > 0 ? scores.reduce<number>((som, value) => som + value, 0) / scores.length : undefined;
  }
  const totalen = acties.map((actie) => ({ actie, ...totaal(scan.acties[actie.id]) }));
  return {
    ingevuld: totalen.reduce((som, item) => som + item.ingevuld, 0),
    mogelijk: acties.length * CRITERIUM_IDS.length,
    gemiddelden,
    aandacht: totalen.filter((item) => item.laagste !== undefined && item.laagste <= 1).map((item) => item.actie),
    opOrde: totalen.filter((item) => item.compleet && item.laagste === MAX_PER_CRITERIUM).map((item) => item.actie),
  };
}

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function formatDatum(datum: Date): string {
  return DATUM.format(datum);
}

export function formatGemiddelde(value: number | undefined): string {
  return value === undefined ? 'nog niet ingevuld' : `${GETAL.format(value)} van ${MAX_PER_CRITERIUM}`;
}

/** `zelfscan-preventieve-acties-2026-05-01.csv`, in local time. */
export function bestandsnaam(datum: Date, extensie: 'csv' | 'md'): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const dag = `${datum.getFullYear()}-${pad(datum.getMonth() + 1)}-${pad(datum.getDate())}`;
  return `zelfscan-preventieve-acties-${dag}.${extensie}`;
}

/**
 * One CSV field. Semicolons, because Dutch spreadsheets expect them; quotes where needed; and a
 * leading apostrophe before =, +, - or @, so a spreadsheet never runs a typed note as a formula.
 */
export function csvVeld(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function naarCsv(scan: Zelfscan, acties: readonly Actie[]): string {
  const kop = ['Nummer', 'Actie', ...CRITERIA.map((item) => `${item.naam} (0-3)`), 'Totaal (van 9)', 'Toelichting'];
  const regels = acties.map((actie) => {
    const score = scan.acties[actie.id];
    const som = totaal(score);
    return [
      actie.nummer,
      actie.titel,
      ...CRITERIUM_IDS.map((id) => score?.[id]),
      som.compleet ? som.punten : undefined,
      score?.notitie,
    ];
  });
  return [kop, ...regels].map((regel) => regel.map(csvVeld).join(';')).join('\r\n') + '\r\n';
}

function mdCel(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export function naarMarkdown(scan: Zelfscan, acties: readonly Actie[], nu = new Date()): string {
  const regels: string[] = [];
  regels.push(`# Zelfscan preventieve acties${scan.gemeente ? `: ${scan.gemeente}` : ''}`, '');
  regels.push(
    `Gemaakt op ${formatDatum(nu)} met de zelfscan van de handreiking kindermishandeling. ` +
      'Elke actie is gescoord op de drie criteria van de Monitor Aanpak Kindermishandeling van het NJi, ' +
      'van 0 (nog niets) tot en met 3 (helemaal op orde).',
    '',
  );
  regels.push(`| Nr. | Actie | ${CRITERIA.map((item) => item.naam).join(' | ')} | Totaal |`);
  regels.push(`| --: | --- | ${CRITERIA.map(() => '---').join(' | ')} | --- |`);
  for (const actie of acties) {
    const score = scan.acties[actie.id];
    const cellen = CRITERIUM_IDS.map((id) => {
      const value = score?.[id];
      return isScore(value) ? scoreLabel(id, value) : '–';
    });
    regels.push(`| ${actie.nummer} | ${mdCel(actie.titel)} | ${cellen.join(' | ')} | ${totaalLabel(score)} |`);
  }
  regels.push('');

  const samen = overzicht(scan, acties);
  regels.push('## Overzicht', '');
  regels.push(`- Ingevuld: ${samen.ingevuld} van de ${samen.mogelijk} scores.`);
  for (const item of CRITERIA)
    regels.push(`- Gemiddelde ${item.naam.toLowerCase()}: ${formatGemiddelde(samen.gemiddelden[item.id])}.`);
  if (samen.aandacht.length > 0)
    regels.push(
      `- Aandacht nodig (een 0 of 1 op een criterium): ${samen.aandacht.map((actie) => `${actie.nummer}. ${actie.titel}`).join('; ')}.`,
    );
  regels.push('');

  const notities = acties.filter((actie) => scan.acties[actie.id]?.notitie);
  if (notities.length > 0) {
    regels.push('## Toelichting', '');
    for (const actie of notities)
      regels.push(`### ${actie.nummer}. ${actie.titel}`, '', scan.acties[actie.id]!.notitie!.trim(), '');
  }

  regels.push('## De criteria en de schaal', '');
  for (const item of CRITERIA) {
    regels.push(`**${item.naam}**: ${item.betekenis}`, '');
    item.niveaus.forEach((niveau, index) => regels.push(`- ${index} – ${niveau.label}: ${niveau.uitleg}`));
    regels.push('');
  }
  return regels.join('\n');
}
