// For the download (a zip opened from disk, file://), links must be relative: "/tips/" would point
// at the root of the reader's disk. Rewrites href, src and action in a page to paths relative to that
// page, with index.html written out, since file:// does not open a folder's index by itself. The
// site's base path that scripts read (data-base) becomes the way to the site root. Links to files
// that are not in the download (the zip itself) go to the site on the internet.
import { posix } from 'node:path';

const ATTRIBUTE = /(\s(?:href|src|action)=")([^"]*)"/g;
const BASE = /(\sdata-base=")([^"]*)"/g;

/**
 * @param html the page
 * @param file the page's path in the site, e.g. `tips/formeer-duos/index.html`
 * @param base the site's base path, e.g. `/` or `/handreiking/`
 * @param online the site's address on the internet, and the paths (from the base) only found there
 */
export function relativizeLinks(
  html: string,
  file: string,
  base: string,
  online?: { url: string; paths: ReadonlySet<string> },
): string {
  const from = posix.dirname(file);
  const toRoot = pathToRoot(file);
  const withBase = html.replace(BASE, (whole, start: string, url: string) =>
    url === base ? `${start}${toRoot}"` : whole,
  );
  return withBase.replace(ATTRIBUTE, (whole, start: string, url: string) => {
    if (!url.startsWith(base) || url.startsWith('//')) return whole;
    const [pathAndQuery = '', hash] = url.slice(base.length).split('#');
    const [path = '', query] = pathAndQuery.split('?');
    if (online?.paths.has(path)) return `${start}${new URL(`${base}${path}`, online.url).href}"`;
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    let relative = posix.relative(from, target) || 'index.html';
    if (query) relative += `?${query}`;
    if (hash !== undefined) relative += `#${hash}`;
    return `${start}${relative}"`;
  });
}

/** The way from a page to the site root: `./` for `index.html`, `../../` for `tips/duos/index.html`. */
export function pathToRoot(file: string): string {
  return `${posix.relative(posix.dirname(file), '.') || '.'}/`;
}
