// Loads Pagefind's browser API from the site's own bundle, once, with this site's ranking.
import { searchScript } from '../../lib/search/bundle.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
type SearchOptions = { filters?: Record<string, string[]> };
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
  debouncedSearch(term: string | null, options?: SearchOptions, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind's ranking for this site (https://pagefind.app/docs/ranking/), tuned with the query set in
 * test/fixtures/zoekvragen.yaml. The handreiking has a few long chapters beside many short tips and
 * examples; with Pagefind's defaults a short page that mentions a word once beats the chapter
 * section about it.
 */
export const RANKING = {
  // Much less bonus for being short (Pagefind's default is 0.75).
  pageLength: 0.2,
  // The summary says in one sentence what a page is about: a match there counts double. (The title
  // keeps Pagefind's default weight of 5.)
  metaWeights: { samenvatting: 2 },
};

let loading: Promise<Pagefind> | undefined;

/** @param base the site's base path, e.g. `/` or `/handreiking/` */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ searchScript(base))) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      highlightParam: 'markeer',
      excerptLength: 24,
      ranking: RANKING,
      // The index is small and a search takes a few milliseconds: a worker would only add a download
      // and a start-up before the first result.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
