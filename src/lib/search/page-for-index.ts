// What Pagefind is given of a built page. Pagefind reads only the text inside data-pagefind-body,
// plus the data-pagefind-* attributes and the title, so it gets just those; the index is the same
// byte for byte (test/site/search-index.test.ts) and Pagefind parses a quarter of the HTML.
import { type HTMLElement, parse } from 'node-html-parser';

/** Cheap first cut, before parsing: no scripts, no site header and footer, no Content-Security-Policy. */
const LEFT_OUT = [
  /<script\b[^>]*>[\s\S]*?<\/script>/g,
  /<header class="site-header"[\s\S]*?<\/header>/,
  /<footer class="site-footer"[\s\S]*?<\/footer>/,
  /<meta http-equiv="content-security-policy"[^>]*>/,
];

export function pageForIndex(html: string): string {
  return LEFT_OUT.reduce((page, pattern) => page.replace(pattern, ''), html);
}

const BODY = '[data-pagefind-body]';
/** Attributes Pagefind reads wherever they are on the page. */
const ANYWHERE = '[data-pagefind-filter],[data-pagefind-meta],[data-pagefind-sort]';

export interface SearchablePage {
  /** The page as Pagefind needs it. */
  html: string;
  /** The text of the searchable elements, for the extra search words. */
  text: string;
}

/** Whether `element` lies inside one of `containers` (not counting itself). */
const within = (element: HTMLElement, containers: Set<HTMLElement>) => {
  for (let parent = element.parentNode; parent; parent = parent.parentNode) if (containers.has(parent)) return true;
  return false;
};

/**
 * The searchable elements and every element with a filter, meta or sort attribute, each whole (its
 * text may be the value), in the order of the page (it decides when a value is given twice).
 */
export function searchablePage(html: string): SearchablePage {
  const root = parse(pageForIndex(html));
  const kept = new Set<HTMLElement>();
  // querySelectorAll lists in document order, a container before what it contains (which comes along).
  for (const element of root.querySelectorAll(`${BODY},${ANYWHERE}`)) if (!within(element, kept)) kept.add(element);
  const parts = [...kept].map((element) => element.outerHTML);
  const lang = root.querySelector('html')?.getAttribute('lang');
  const title = root.querySelector('title')?.outerHTML ?? '';
  return {
    html: `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head>${title}</head><body>${parts.join('')}</body></html>`,
    text: root
      .querySelectorAll(BODY)
      .map((body) => body.text)
      .join(' '),
  };
}
