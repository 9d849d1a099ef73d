// Where the search bundle lives, shared by the build (src/integrations/search-index.ts) and the
// search page, which has the browser fetch Pagefind's script together with the page.

/** The index is built in one language, so the browser never has to guess which one to load. */
export const SEARCH_LANGUAGE = 'nl';

/** The search bundle's folder under the site's base path. */
export const BUNDLE_DIR = 'pagefind/';

/**
 * Pagefind's script under the base path. The search page preloads it (`modulepreload`). Its other
 * files are not preloaded: once the offline service worker controls the page, Chromium does not use
 * a preloaded fetch() for the request the script makes itself, and would download them twice.
 */
export function searchScript(base: string): string {
  return `${base}${BUNDLE_DIR}pagefind.js`;
}
