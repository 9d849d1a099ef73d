// Words readers see for each kind of page, and a page's display title.
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/registry.ts';
import { compareInOrder } from './search/search-state.ts';

/** The kind of page of each collection, as readers see it: { tips: { one: 'Tip', many: 'Tips' }, … }. */
export const TYPE_LABELS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].type])) as {
  [K in CollectionName]: (typeof COLLECTIONS)[K]['type'];
};

/**
 * Every "Soort pagina" a page can be filed under in search, in the order the search filter shows
 * them. Pages take their type from this list (SearchType), so the filter order cannot miss one.
 */
export const SEARCH_TYPES = [
  TYPE_LABELS.hoofdstukken.one,
  TYPE_LABELS.tips.one,
  TYPE_LABELS.praktijkvoorbeelden.one,
  TYPE_LABELS.wetsartikelen.one,
  TYPE_LABELS.begrippen.one,
  TYPE_LABELS.themas.one,
  TYPE_LABELS.hulpmiddelen.one,
] as const;

export type SearchType = (typeof SEARCH_TYPES)[number];

/** Sorts search types in SEARCH_TYPES order; a type missing from the list goes last, never first. */
export const compareSearchTypes = compareInOrder(SEARCH_TYPES);

const DEEL_LABELS: Record<string, string> = {
  introductie: 'Introductie',
  hoofdstuk: 'Hoofdstuk',
  bijlage: 'Bijlage',
  verdieping: 'Verdieping',
};

/** The title of any entry, whatever its collection calls the field. */
export function entryTitle(data: Record<string, unknown>): string {
  const title = data.titel ?? data.term ?? data.niveau;
  return typeof title === 'string' ? title : '';
}

/** "Hoofdstuk 1", "Bijlage 2" or "Introductie": what kind of chapter this is. */
export function chapterKicker(data: { deel: string; nummer?: number }): string {
  const label = DEEL_LABELS[data.deel] ?? data.deel;
  return data.nummer ? `${label} ${data.nummer}` : label;
}

/** "Artikel 2.1, lid 1 Jeugdwet". */
export function articleCitation(data: { wet: string; artikel: string; lid?: string }): string {
  return `Artikel ${data.artikel}${data.lid ? `, lid ${data.lid}` : ''} ${data.wet}`;
}

/** "Zwolle (regio IJsselland), Overijssel". */
export function placeLabel(data: { gemeente?: string; regio?: string; provincie: string }): string {
  const place = data.gemeente ? (data.regio ? `${data.gemeente} (${data.regio})` : data.gemeente) : (data.regio ?? '');
  return place ? `${place}, ${data.provincie}` : data.provincie;
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
export function formatDate(date: Date): string {
  return DUTCH_DATE.format(date);
}

/** How the four domains of the Taskforce guide are named to readers. */
export const DOMEIN_LABELS: Record<string, string> = {
  'sociaal-domein': 'Sociaal domein en zorg (gemeente)',
  'onderwijs-en-kinderopvang': 'Onderwijs en kinderopvang',
  veiligheidsdomein: 'Veiligheid: politie en justitie',
  zorgdomein: 'Zorg buiten de gemeente',
};
