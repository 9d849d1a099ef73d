// Dated change notes of pages (frontmatter `wijzigingen`) collected for the "Wat is er nieuw" page and
// its feed, newest first, and the shapes of the currency fields the pages show.
import type { CollectionName } from '../schemas/registry.ts';
/** A change in law or practice since the source (frontmatter `sindsdienVeranderd`). */
export interface ChangeSince {
  datum: Date;
  tekst: string;
  bron: { titel: string; url?: string };
}

/** One dated line about a change to the page itself (frontmatter `wijzigingen`). */
export interface PageChange {
  datum: Date;
  tekst: string;
}

export interface ChangedPage {
  collection: CollectionName;
  id: string;
  title: string;
  /** The kind of page, as readers see it: "Hoofdstuk", "Tip", … */
  type: string;
  changes?: PageChange[];
}

export interface SiteChange extends PageChange {
  page: Omit<ChangedPage, 'changes'>;
  /** Position in the page's own list, so two notes of one page on one day stay apart. */
  index: number;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Newest first; notes of the same day keep their order in the file. */
export function newestFirst<T extends { datum: Date }>(items: readonly T[]): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.datum.getTime() - a.item.datum.getTime() || a.order - b.order)
    .map(({ item }) => item);
}

/** Every change note of every page, newest first; on one day, by page title. */
export function collectChanges(pages: readonly ChangedPage[]): SiteChange[] {
  const all = pages.flatMap(({ changes = [], ...page }) =>
    changes.map((change, index) => ({ ...change, page, index })),
  );
  return all.sort(
    (a, b) =>
      b.datum.getTime() - a.datum.getTime() || a.page.title.localeCompare(b.page.title, 'nl') || a.index - b.index,
  );
}

export interface ChangeMonth {
  /** "november 2026" */
  label: string;
  /** "2026-11", for an id */
  key: string;
  changes: SiteChange[];
}

const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Changes (already newest first) grouped by month, for headings on the page. */
export function groupByMonth(changes: readonly SiteChange[]): ChangeMonth[] {
  const months: ChangeMonth[] = [];
  for (const change of changes) {
    const key = dayOf(change.datum).slice(0, 7);
    const last = months.at(-1);
    if (last?.key === key) last.changes.push(change);
    else months.push({ key, label: MONTH.format(change.datum), changes: [change] });
  }
  return months;
}

/** A stable, unique id for a feed item: a page can have several notes, even on one day. */
export function changeGuid(change: SiteChange): string {
  return `wijziging:${change.page.collection}/${change.page.id}/${dayOf(change.datum)}/${change.index}`;
}

/** "Veiligheidsdomein: Uitgelegd dat de Wet BOPZ is vervangen.", for a feed title. */
export function changeTitle(change: SiteChange): string {
  return `${change.page.title}: ${change.tekst}`;
}

/** What a page shows about how current it is (EntryLayout's `actualiteit`). */
export interface Currency {
  laatstGecontroleerd: Date;
  sindsdienVeranderd?: ChangeSince[];
  wijzigingen?: PageChange[];
}

/** The currency fields of an entry's data, or undefined for an entry without a check date. */
export function currencyOf(data: object): Currency | undefined {
  const { laatstGecontroleerd, sindsdienVeranderd, wijzigingen } = data as Partial<Currency>;
  if (!(laatstGecontroleerd instanceof Date)) return undefined;
  return { laatstGecontroleerd, sindsdienVeranderd, wijzigingen };
}
