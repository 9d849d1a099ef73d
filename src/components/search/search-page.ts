// The search page: words and filters from the URL, results as a keyboard-friendly list, the count
// read out to screen readers. Logic that can be tested without a browser lives in
// src/lib/search/search-state.ts.
import {
  FILTERS,
  type FilterName,
  hasSearch,
  nextFocus,
  readState,
  type SearchState,
  statusMessage,
  writeState,
  compareInOrder,
} from '../../lib/search/search-state.ts';
import { loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from './pagefind-client.ts';

const PAGE_SIZE = 10;

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  // Start fetching the search bundle before anything else: the first result waits on it.
  const loading = loadPagefind(base);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  // The order of the page types comes with the page (labels.ts SEARCH_TYPES), so the content model
  // stays out of this script.
  const compareTypes = compareInOrder(JSON.parse(root.dataset.typeOrder ?? '[]') as string[]);
  root.classList.add('is-ready');

  let state = readState(window.location.search);
  input.value = state.query;
  status.textContent = 'De zoekfunctie wordt geladen…';
  let pagefind: Pagefind;
  try {
    pagefind = await loading;
  } catch {
    status.textContent =
      'Zoeken werkt hier niet. Open de site via een webadres (http of https), of gebruik de inhoudsopgave.';
    return;
  }

  let shown: PagefindResultData[] = [];
  let all: PagefindSearch | null = null;
  let run = 0;
  let filtersShown = false;

  // The filters load after the first results: the results matter more than the counts, and the
  // filter files would compete with the index for the connection.
  async function showFilters() {
    renderFilters(filterBox, await pagefind.filters(), state, compareTypes);
    filtersShown = true;
    // The search before could not count per filter yet.
    if (all && hasSearch(state)) {
      const mine = run;
      const counts = await pagefind.search(state.query || null, { filters: chosenFilters(state) });
      if (counts && mine === run) updateCounts(filterBox, counts.filters);
    }
  }

  /** Runs the search in `state`; `typing` waits a moment first, so each keystroke does not search. */
  async function search({ typing = false } = {}) {
    const mine = ++run;
    history.replaceState(null, '', `${window.location.pathname}${writeState(state)}`);
    if (!hasSearch(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Typ een zoekwoord, of kies een filter om te bladeren.';
      return;
    }
    const term = state.query || null;
    const options = { filters: chosenFilters(state) };
    const result = typing ? await pagefind.debouncedSearch(term, options, 150) : await pagefind.search(term, options);
    if (!result || mine !== run) return; // a newer search is under way
    all = result;
    // The first result loads on its own, so the others do not slow it down; then each result shows
    // as soon as it and the ones above it are loaded. The count changes with the first result, so it
    // never describes the list of the search before.
    const top = result.results.slice(0, PAGE_SIZE);
    const loads = top.slice(0, 1).map((item) => item.data());
    await Promise.all(loads);
    if (mine !== run) return;
    loads.push(...top.slice(1).map((item) => item.data()));
    more.hidden = true;
    shown = [];
    for (const [index, load] of loads.entries()) {
      const data = await load;
      if (mine !== run) return;
      if (index === 0) {
        list.replaceChildren();
        status.textContent = statusMessage(state, result.results.length);
      }
      shown.push(data);
      list.append(resultItem(data, state.query));
    }
    if (loads.length === 0) {
      list.replaceChildren();
      status.textContent = statusMessage(state, 0);
    }
    more.hidden = result.results.length <= shown.length;
    if (filtersShown) updateCounts(filterBox, result.filters);
  }

  more.addEventListener('click', async () => {
    if (!all) return;
    const next = await Promise.all(
      all.results.slice(shown.length, shown.length + PAGE_SIZE).map((item) => item.data()),
    );
    const firstNew = shown.length;
    shown = [...shown, ...next];
    list.append(...next.map((data) => resultItem(data, state.query)));
    more.hidden = all.results.length <= shown.length;
    resultLinks(list)[firstNew]?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value.trim() };
    void search();
  });
  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    void search({ typing: true });
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as FilterName;
    const values = new Set(state.filters[name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [name]: [...values] } };
    void search();
  });

  // Arrow keys move between the search field and the results; Escape goes back and clears.
  root.addEventListener('keydown', (event) => {
    const links = resultLinks(list);
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inField = document.activeElement === input;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (inField || current >= 0)) {
      event.preventDefault();
      const target = nextFocus(current, event.key, links.length);
      (target === -1 ? input : links[target])?.focus();
    } else if (event.key === 'Escape') {
      if (inField && input.value) {
        input.value = '';
        state = { ...state, query: '' };
        void search();
      }
      input.focus();
    }
  });

  try {
    if (hasSearch(state)) await search();
    else status.textContent = 'Typ een zoekwoord, of kies een filter om te bladeren.';
  } finally {
    await showFilters();
  }
}

/** The chosen filters in Pagefind's form, without empty ones. */
function chosenFilters(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
}

function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a.zoekresultaat__link')];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Pagefind's excerpts are escaped text with <mark> around the matches; keep only that markup. */
function excerpt(html: string): HTMLElement {
  const paragraph = element('p', 'zoekresultaat__fragment');
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities(marked ? marked[1]! : part);
    paragraph.append(marked ? element('mark', undefined, text) : document.createTextNode(text));
  }
  return paragraph;
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
  const item = element('li', 'zoekresultaat');
  const link = element('a', 'zoekresultaat__link');
  link.href = data.url;
  link.append(
    element('span', 'kicker', data.meta.type ?? 'Pagina'),
    element('span', 'zoekresultaat__titel', data.meta.title ?? data.url),
  );
  item.append(link);
  if (data.meta.samenvatting) item.append(element('p', 'zoekresultaat__samenvatting', data.meta.samenvatting));
  if (query) {
    const sections = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, 2);
    if (sections.length) {
      const sub = element('ul', 'zoekresultaat__secties');
      for (const section of sections) {
        const li = element('li');
        const a = element('a', undefined, section.title);
        a.href = section.url;
        li.append(a, excerpt(section.excerpt));
        sub.append(li);
      }
      item.append(sub);
    } else {
      item.append(excerpt(data.excerpt));
    }
  }
  return item;
}

function renderFilters(
  box: HTMLElement,
  available: Record<string, Record<string, number>>,
  state: SearchState,
  compareTypes: (a: string, b: string) => number,
) {
  box.replaceChildren();
  for (const { name, label } of FILTERS) {
    const values = Object.keys(available[name] ?? {});
    if (values.length === 0) continue;
    values.sort(name === 'type' ? compareTypes : (a, b) => a.localeCompare(b, 'nl'));
    const details = element('details', 'zoekfilter');
    // On a phone the filters would push the results far down: there they start closed.
    const wide = window.matchMedia('(min-width: 56rem)').matches;
    details.open = (name === 'type' && wide) || (state.filters[name]?.length ?? 0) > 0;
    const summary = element('summary', undefined, label);
    const fieldset = element('fieldset');
    fieldset.append(element('legend', 'visually-hidden', label));
    for (const value of values) {
      const id = `filter-${name}-${value}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
      const row = element('div', 'zoekfilter__optie');
      const box = element('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = name;
      box.value = value;
      box.checked = state.filters[name]?.includes(value) ?? false;
      const text = element('label', undefined, value);
      text.htmlFor = id;
      const count = element('span', 'zoekfilter__aantal', `(${available[name]![value]})`);
      text.append(' ', count);
      row.append(box, text);
      fieldset.append(row);
    }
    details.append(summary, fieldset);
    box.append(details);
  }
}

function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>) {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[input.name]?.[input.value] ?? 0;
    const label = input.nextElementSibling?.querySelector('.zoekfilter__aantal');
    if (label) label.textContent = `(${count})`;
  }
}
