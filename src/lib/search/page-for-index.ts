// What Pagefind is given of a built page: the page without its scripts, the site's header and footer
// and its Content-Security-Policy. Pagefind reads only what is inside data-pagefind-body, and none of
// these ever is (test/site/search-index.test.ts), so the index is the same byte for byte; with a third
// less HTML to read it is made about a quarter faster (measured with 10,000 examples: 25 → 19 s).
const LEFT_OUT = [
  /<script\b[^>]*>[\s\S]*?<\/script>/g,
  /<header class="site-header"[\s\S]*?<\/header>/,
  /<footer class="site-footer"[\s\S]*?<\/footer>/,
  /<meta http-equiv="content-security-policy"[^>]*>/,
];

export function pageForIndex(html: string): string {
  return LEFT_OUT.reduce((page, pattern) => page.replace(pattern, ''), html);
}
