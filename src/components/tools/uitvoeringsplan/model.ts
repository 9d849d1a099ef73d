// A draft implementation plan, modelled on a municipality's own plan (the handreiking's example): a
// measurable goal, someone who keeps the overview, themes with activities (what, when, budget), a
// budget per theme and an evaluation. The user picks themes and the tips and actions that fit; this
// module turns that choice into a plan and adds up the budget. document.ts lays the plan out.

export type ItemKind = 'actie' | 'tip' | 'eigen';

/** A tip or preventive action that can go into the plan. */
export interface Item {
  kind: Exclude<ItemKind, 'eigen'>;
  id: string;
  title: string;
  /** Absolute URL of its page, for the export. */
  url: string;
}

export interface PlanRow {
  /** `tip:formeer-duos`, `actie:05-opvoedondersteuning` or `eigen:1`. */
  key: string;
  what: string;
  when: string;
  /** As typed: "15.000", "€ 7.000", or empty. */
  budget: string;
  /** Where the activity comes from, if from the handreiking. */
  source?: Item;
}

export interface ThemePlan {
  id: string;
  title: string;
  rows: PlanRow[];
}

export interface Plan {
  title: string;
  municipality: string;
  period: string;
  goal: string;
  lead: string;
  evaluation: string;
  themes: ThemePlan[];
}

export interface ThemeChoice {
  id: string;
  title: string;
  items: Item[];
}

/** The title of a plan whose title field was emptied; the page suggests a fuller one. */
export const DEFAULT_TITLE = 'Uitvoeringsplan';

export function emptyPlan(): Plan {
  return { title: DEFAULT_TITLE, municipality: '', period: '', goal: '', lead: '', evaluation: '', themes: [] };
}

export function itemKey(item: Item): string {
  return `${item.kind}:${item.id}`;
}

/**
 * The items per theme: the preventive actions in their order, then the tips by title. An item
 * with more than one theme appears under each.
 */
export function catalogue<T extends { id: string; title: string }>(
  themes: T[],
  items: (Item & { themes: string[] })[],
): ThemeChoice[] {
  const order = (item: Item) => (item.kind === 'actie' ? 0 : 1);
  return themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    items: items
      .filter((item) => item.themes.includes(theme.id))
      .map(({ kind, id, title, url }) => ({ kind, id, title, url }))
      .sort(
        (a, b) =>
          order(a) - order(b) || (a.kind === 'actie' ? a.id.localeCompare(b.id) : a.title.localeCompare(b.title, 'nl')),
      ),
  }));
}

/**
 * Makes the draft plan from the chosen themes and items. With the previous plan, whatever the user
 * already typed stays: the general fields, the rows of items still chosen, and their own rows.
 */
export function draftPlan(choices: ThemeChoice[], previous: Plan = emptyPlan()): Plan {
  const themes = choices.map((choice) => {
    const old = previous.themes.find((theme) => theme.id === choice.id);
    const oldRows = new Map((old?.rows ?? []).map((row) => [row.key, row]));
    const rows: PlanRow[] = choice.items.map((item) => {
      const key = itemKey(item);
      return oldRows.get(key) ?? { key, what: item.title, when: '', budget: '', source: item };
    });
    const own = (old?.rows ?? []).filter((row) => row.key.startsWith('eigen:'));
    return { id: choice.id, title: choice.title, rows: [...rows, ...own] };
  });
  return { ...previous, themes };
}

/** A new empty row of the user's own, with a key no other row has. */
export function ownRow(plan: Plan): PlanRow {
  const used = new Set(plan.themes.flatMap((theme) => theme.rows.map((row) => row.key)));
  let number = 1;
  while (used.has(`eigen:${number}`)) number += 1;
  return { key: `eigen:${number}`, what: '', when: '', budget: '' };
}

export const AMOUNT_MESSAGE =
  "Vul het bedrag in hele euro's in, bijvoorbeeld 15000 of 15.000. Laat het veld leeg als er geen budget nodig is.";

const AMOUNT = /^(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:-|00?))?$/;

/** "15000", "15.000", "€ 15.000" and "15.000,-" are 15000; empty is 0; anything else undefined. */
export function parseAmount(text: string): number | undefined {
  const clean = text
    .trim()
    .replace(/[\u00a0\u202f ]+/g, ' ')
    .replace(/^€ /, '€');
  if (clean === '') return 0;
  const match = AMOUNT.exec(clean);
  return match ? Number(match[1]!.replace(/\./g, '')) : undefined;
}

const EURO = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "€ 13.500". */
export function formatAmount(amount: number): string {
  return `€ ${EURO.format(amount)}`;
}

export interface PlanError {
  themeId: string;
  key: string;
  message: string;
}

export function validatePlan(plan: Plan): PlanError[] {
  return plan.themes.flatMap((theme) =>
    theme.rows
      .filter((row) => parseAmount(row.budget) === undefined)
      .map((row) => ({ themeId: theme.id, key: row.key, message: AMOUNT_MESSAGE })),
  );
}

export interface Totals {
  perTheme: Record<string, number>;
  total: number;
  /** Rows whose budget could not be read; they are left out of the sums. */
  unreadable: number;
}

export function totals(plan: Plan): Totals {
  const perTheme: Record<string, number> = {};
  let unreadable = 0;
  for (const theme of plan.themes) {
    perTheme[theme.id] = theme.rows.reduce((sum, row) => {
      const amount = parseAmount(row.budget);
      if (amount === undefined) unreadable += 1;
      return sum + (amount ?? 0);
    }, 0);
  }
  return { perTheme, total: Object.values(perTheme).reduce((sum, value) => sum + value, 0), unreadable };
}

/** `uitvoeringsplan-<gemeente>.md`, or `uitvoeringsplan.md` without a municipality. */
export function fileName(plan: Plan): string {
  const municipality = plan.municipality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return municipality ? `uitvoeringsplan-${municipality}.md` : 'uitvoeringsplan.md';
}
