// For the download (a zip opened from disk, file://), links must be relative: "/tips/" would point
// at the root of the reader's disk. Rewrites href, src and action in a page to paths relative to that
// page, with index.html written out, since file:// does not open a folder's index by itself.
import { posix } from 'node:path';

const ATTRIBUTE = /(\s(?:href|src|action)=")([^"]*)"/g;

/**
 * @param html the page
 * @param file the page's path in the site, e.g. `tips/formeer-duos/index.html`
 * @param base the site's base path, e.g. `/` or `/handreiking/`
 */
export function relativizeLinks(html: string, file: string, base: string): string {
  const from = posix.dirname(file);
  return html.replace(ATTRIBUTE, (whole, start: string, url: string) => {
    if (!url.startsWith(base) || url.startsWith('//')) return whole;
    const [pathAndQuery = '', hash] = url.slice(base.length).split('#');
    const [path = '', query] = pathAndQuery.split('?');
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    let relative = posix.relative(from, target) || 'index.html';
    if (query) relative += `?${query}`;
    if (hash !== undefined) relative += `#${hash}`;
    return `${start}${relative}"`;
  });
}
