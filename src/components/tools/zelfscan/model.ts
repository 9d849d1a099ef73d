// The zelfscan: a municipality scores each preventive action on the three criteria of the NJi
// Monitor Aanpak Kindermishandeling (handreiking, chapter 5 "Monitoring en evaluatie"): borging,
// operationeel and bereik, each on a scale of 0 to 3. The answers stay in the browser
// (localStorage); this module reads and writes them and exports them as CSV and Markdown.

export const STORAGE_KEY = 'handreiking-zelfscan-v1';
const VERSION = 1;

export type CriterionId = 'borging' | 'operationeel' | 'bereik';
export type Score = 0 | 1 | 2 | 3;
export const MAX_PER_CRITERION = 3;

export interface Level {
  label: string;
  explanation: string;
}

export interface Criterion {
  id: CriterionId;
  name: string;
  /** The criterion as the handreiking defines it, in plain words. */
  meaning: string;
  question: string;
  levels: readonly [Level, Level, Level, Level];
}

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'borging',
    name: 'Borging',
    meaning: 'De gemeente voert beleid op deze actie en heeft dat op papier gezet, in een beleidsdocument.',
    question: 'Staat het beleid voor deze actie op papier?',
    levels: [
      { label: 'Niet op papier', explanation: 'Er is geen beleid voor deze actie.' },
      { label: 'In voorbereiding', explanation: 'We werken aan beleid, maar het is nog niet vastgesteld.' },
      { label: 'Genoemd', explanation: 'De actie staat in een beleidsdocument, maar zonder duidelijke doelen.' },
      { label: 'Vastgelegd', explanation: 'De actie staat in een vastgesteld beleidsdocument, met doelen.' },
    ],
  },
  {
    id: 'operationeel',
    name: 'Operationeel',
    meaning: 'De gemeente komt in actie om de doelen te halen.',
    question: 'Gebeurt er ook echt iets?',
    levels: [
      { label: 'Geen acties', explanation: 'Er gebeurt nog niets.' },
      { label: 'Gepland', explanation: 'Er zijn plannen of er loopt een proef.' },
      { label: 'Deels', explanation: 'Er gebeurt iets, maar niet overal of niet voor de hele doelgroep.' },
      { label: 'Volledig', explanation: 'De acties lopen zoals afgesproken, voor de hele doelgroep.' },
    ],
  },
  {
    id: 'bereik',
    name: 'Bereik',
    meaning: 'De gemeente weet hoeveel mensen uit de doelgroep zij met de acties bereikt.',
    question: 'Weet u hoeveel mensen uit de doelgroep u bereikt?',
    levels: [
      { label: 'Onbekend', explanation: 'We weten niet hoeveel mensen we bereiken.' },
      { label: 'Geschat', explanation: 'We hebben een schatting, maar geen cijfers.' },
      { label: 'Deels gemeten', explanation: 'We hebben cijfers voor een deel van de acties of de doelgroep.' },
      { label: 'Gemeten', explanation: 'We weten hoeveel mensen uit de doelgroep we bereiken, en volgen dat.' },
    ],
  },
];

export const CRITERION_IDS: readonly CriterionId[] = CRITERIA.map((criterion) => criterion.id);

export interface ActionScore {
  borging?: Score;
  operationeel?: Score;
  bereik?: Score;
  note?: string;
}

export interface SelfScan {
  municipality?: string;
  /** ISO date and time of the last change. */
  updated?: string;
  actions: Record<string, ActionScore>;
}

/** What the export needs to know about an action. */
export interface ScanAction {
  id: string;
  number: number;
  title: string;
}

export const MAX_NOTE = 2000;
export const MAX_MUNICIPALITY = 100;

export function emptyScan(): SelfScan {
  return { actions: {} };
}

export function isScore(value: unknown): value is Score {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function criterion(id: CriterionId): Criterion {
  return CRITERIA.find((item) => item.id === id)!;
}

/** "2 – Genoemd". */
export function scoreLabel(id: CriterionId, score: Score): string {
  return `${score} – ${criterion(id).levels[score].label}`;
}

function cleaned(score: ActionScore): ActionScore | undefined {
  const result: ActionScore = {};
  for (const id of CRITERION_IDS) if (isScore(score[id])) result[id] = score[id];
  if (score.note?.trim()) result.note = score.note.slice(0, MAX_NOTE);
  return Object.keys(result).length > 0 ? result : undefined;
}

function withAction(scan: SelfScan, actionId: string, score: ActionScore, now: Date): SelfScan {
  const actions = { ...scan.actions };
  const clean = cleaned(score);
  if (clean) actions[actionId] = clean;
  else delete actions[actionId];
  return { ...scan, actions, updated: now.toISOString() };
}

/** Sets or (with `undefined`) clears one score. Returns a new scan. */
export function setScore(
  scan: SelfScan,
  actionId: string,
  id: CriterionId,
  score: Score | undefined,
  now = new Date(),
): SelfScan {
  return withAction(scan, actionId, { ...scan.actions[actionId], [id]: score }, now);
}

export function setNote(scan: SelfScan, actionId: string, note: string, now = new Date()): SelfScan {
  return withAction(scan, actionId, { ...scan.actions[actionId], note }, now);
}

export function setMunicipality(scan: SelfScan, municipality: string, now = new Date()): SelfScan {
  const clean = municipality.trim().slice(0, MAX_MUNICIPALITY);
  const result: SelfScan = { ...scan, updated: now.toISOString() };
  if (clean) result.municipality = clean;
  else delete result.municipality;
  return result;
}

/**
 * What localStorage holds. Its keys are Dutch and must stay so: scans saved by earlier versions of
 * the site have to load. The criterion ids (borging, operationeel, bereik) are the same in both.
 */
interface StoredScan {
  versie: number;
  gemeente?: string;
  bijgewerkt?: string;
  acties: Record<string, Partial<Record<CriterionId, Score>> & { notitie?: string }>;
}

/** For localStorage. */
export function serializeScan(scan: SelfScan): string {
  const actions: StoredScan['acties'] = {};
  for (const [id, { note, ...scores }] of Object.entries(scan.actions))
    actions[id] = note === undefined ? scores : { ...scores, notitie: note };
  const stored: StoredScan = {
    versie: VERSION,
    gemeente: scan.municipality,
    bijgewerkt: scan.updated,
    acties: actions,
  };
  return JSON.stringify(stored);
}

/**
 * Reads what localStorage holds. Anything unreadable, of another version or out of range is left
 * out, so a damaged entry never breaks the page; `knownActions` drops actions that no longer exist.
 */
export function parseScan(text: string | null | undefined, knownActions?: readonly string[]): SelfScan {
  if (!text) return emptyScan();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyScan();
  }
  if (!isObject(data) || data['versie'] !== VERSION) return emptyScan();
  const scan = emptyScan();
  const municipality = data['gemeente'];
  if (typeof municipality === 'string' && municipality.trim())
    scan.municipality = municipality.slice(0, MAX_MUNICIPALITY);
  const updated = data['bijgewerkt'];
  if (typeof updated === 'string' && !Number.isNaN(Date.parse(updated))) scan.updated = updated;
  const actions = data['acties'];
  if (isObject(actions)) {
    for (const [id, value] of Object.entries(actions)) {
      if (knownActions && !knownActions.includes(id)) continue;
      if (!isObject(value)) continue;
      const note = value['notitie'];
      const score = cleaned({
        borging: isScore(value.borging) ? value.borging : undefined,
        operationeel: isScore(value.operationeel) ? value.operationeel : undefined,
        bereik: isScore(value.bereik) ? value.bereik : undefined,
        note: typeof note === 'string' ? note : undefined,
      });
      if (score) scan.actions[id] = score;
    }
  }
  return scan;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ActionTotal {
  /** Sum of the scores filled in. */
  points: number;
  /** How many of the three criteria are filled in. */
  filled: number;
  complete: boolean;
  /** The lowest score filled in, if any. */
  lowest?: Score;
}

export function actionTotal(score: ActionScore | undefined): ActionTotal {
  const scores = CRITERION_IDS.map((id) => score?.[id]).filter(isScore);
  return {
    points: scores.reduce<number>((sum, value) => sum + value, 0),
    filled: scores.length,
    complete: scores.length === CRITERION_IDS.length,
    lowest: scores.length > 0 ? (Math.min(...scores) as Score) : undefined,
  };
}

/** "6 van 9", or what is still missing. */
export function totalLabel(score: ActionScore | undefined): string {
  const { points, filled, complete } = actionTotal(score);
  if (complete) return `${points} van ${CRITERION_IDS.length * MAX_PER_CRITERION}`;
  return filled === 0 ? 'niet ingevuld' : `nog niet compleet (${filled} van 3)`;
}

export interface ScanSummary {
  /** Scores filled in, out of actions × criteria. */
  filled: number;
  possible: number;
  /** Average per criterion over the actions that have it, or undefined. */
  averages: Record<CriterionId, number | undefined>;
  /** Actions with a 0 or 1 on some criterion: where the most can be gained. */
  needsAttention: ScanAction[];
  /** Actions scored 3 on every criterion. */
  inOrder: ScanAction[];
}

export function summarize(scan: SelfScan, actions: readonly ScanAction[]): ScanSummary {
  const averages = {} as Record<CriterionId, number | undefined>;
  for (const id of CRITERION_IDS) {
    const scores = actions.map((action) => scan.actions[action.id]?.[id]).filter(isScore);
    averages[id] =
      scores.length > 0 ? scores.reduce<number>((sum, value) => sum + value, 0) / scores.length : undefined;
  }
  const totals = actions.map((action) => ({ action, ...actionTotal(scan.actions[action.id]) }));
  return {
    filled: totals.reduce((sum, item) => sum + item.filled, 0),
    possible: actions.length * CRITERION_IDS.length,
    averages,
    needsAttention: totals.filter((item) => item.lowest !== undefined && item.lowest <= 1).map((item) => item.action),
    inOrder: totals.filter((item) => item.complete && item.lowest === MAX_PER_CRITERION).map((item) => item.action),
  };
}
