// What a search is: the words and the chosen filters. Lives in the URL (?q=…&type=Tip&thema=…),
// so a search can be shared, bookmarked and reached without JavaScript.
import type { SearchType } from '../labels.ts';

export const FILTERS = [
  { name: 'type', label: 'Soort pagina' },
  { name: 'thema', label: 'Thema' },
  { name: 'provincie', label: 'Provincie' },
  { name: 'gemeente', label: 'Gemeente' },
  { name: 'preventieniveau', label: 'Preventieniveau' },
  { name: 'domein', label: 'Domein' },
] as const;

export type FilterName = (typeof FILTERS)[number]['name'];

/** What a page files itself under in search: exactly one type, and any of the other filters. */
export type PageFilters = Partial<Record<Exclude<FilterName, 'type'>, string[]>> & { type: [SearchType] };

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
}

const NAMES = new Set<string>(FILTERS.map((filter) => filter.name));

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [name, value] of params) {
    if (!NAMES.has(name) || !value) continue;
    const list = (filters[name as FilterName] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { name } of FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is something to search for: words, or at least one filter to browse. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/** Dutch status line, read out to screen readers after each search. */
export function statusMessage(state: SearchState, count: number): string {
  const what = state.query ? ` voor "${state.query}"` : '';
  const filtered = Object.values(state.filters).some((values) => values.length > 0) ? ' met de gekozen filters' : '';
  if (count === 0) return `Geen resultaten${what}${filtered}. Probeer een ander woord of minder filters.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'}${what}${filtered}.`;
}

/** The index of the result to focus after an arrow key, or -1 for the search field. */
export function nextFocus(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  return current <= 0 ? -1 : current - 1;
}

/** Sorts values in the order of `order`; a value missing from it goes last, never first. */
export function compareInOrder(order: readonly string[]): (a: string, b: string) => number {
  const rank = (value: string) => {
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl');
}
