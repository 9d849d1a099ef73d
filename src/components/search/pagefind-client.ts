// Loads Pagefind's browser API from the site's own bundle, once.
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch | null>;
  debouncedSearch(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
    ms?: number,
  ): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** @param base the site's base path, e.g. `/` or `/handreiking/` */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, highlightParam: 'markeer', excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
