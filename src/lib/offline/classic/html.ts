// For the download opened from disk (file://): a page's module scripts become classic ones, since
// browsers do not load ES modules from file://. Astro writes them as `<script type="module" src="…">`
// (a bundle in _astro/) or inline; an inline one only needs changing when it imports something. It
// then becomes a file of its own, since the page's Content-Security-Policy allows only the inline
// scripts it was built with. Preloads for the search follow: what the page would fetch or import
// is now a classic script.
import { createHash } from 'node:crypto';
import { type ClassicScripts, isPagefindData } from './classic-scripts.ts';

const MODULE_SCRIPT = /<script type="module"( src="[^"]*")?>([\s\S]*?)<\/script>/g;
const LINK = /<link\b[^>]*>/g;
const ATTRIBUTE = /\s([a-z-]+)(?:="([^"]*)")?/g;

/** A preload of an ES module or of a file read with fetch(), for the classic script that replaces it. */
function classicPreload(tag: string, base: string): string {
  const attributes = new Map([...tag.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!, value ?? '']));
  const href = attributes.get('href') ?? '';
  const rel = attributes.get('rel');
  if (rel !== 'modulepreload' && rel !== 'preload') return tag;
  if (!href.startsWith(base) || href.startsWith('//')) return tag;
  const path = href.slice(base.length).split(/[?#]/)[0]!;
  const preload = (file: string) => `<link rel="preload" href="${base}${file}" as="script">`;
  if (rel === 'modulepreload') return path.startsWith('pagefind/') ? preload(path) : '';
  return attributes.get('as') === 'fetch' && isPagefindData(path) ? preload(`${path}.js`) : tag;
}

export interface ClassicPage {
  html: string;
  /** Paths in the site of the bundles the page loads, e.g. `_astro/zelfscan.….js`. */
  scripts: string[];
  /** Classic scripts made from the page's inline module scripts, by their path in the site. */
  files: Map<string, string>;
}

/**
 * @param html the page as built, with its site addresses (before relativizeLinks)
 * @param fromRoot the way from the page to the site root, e.g. `../../`
 * @param base the site's base path, e.g. `/` or `/handreiking/`
 */
export async function withClassicScripts(
  html: string,
  fromRoot: string,
  base: string,
  classic: Pick<ClassicScripts, 'inlineScript'>,
): Promise<ClassicPage> {
  const local = (src: string) => {
    const url = src.slice(' src="'.length, -1);
    return url.startsWith(base) && !url.startsWith('//') ? url.slice(base.length) : undefined;
  };
  const scripts: string[] = [];
  const inline = new Map<string, Promise<string>>();
  for (const [, src, code = ''] of html.matchAll(MODULE_SCRIPT)) {
    if (src) {
      const path = local(src);
      if (path) scripts.push(path);
    } else if (code.includes('import(')) {
      inline.set(code, classic.inlineScript(code, fromRoot));
    }
  }
  const files = new Map<string, string>();
  const bundled = new Map<string, string>();
  for (const [code, promise] of inline) {
    const script = await promise;
    const path = `_astro/klassiek.${createHash('sha256').update(script).digest('hex').slice(0, 12)}.js`;
    files.set(path, script);
    bundled.set(code, path);
  }
  const result = html
    .replace(LINK, (tag) => classicPreload(tag, base))
    .replace(MODULE_SCRIPT, (whole, src: string | undefined, code: string) => {
      // A classic script with defer runs when a module script would: after the page is read, in order.
      if (src) return local(src) ? `<script defer${src}></script>` : whole;
      const path = bundled.get(code);
      return path === undefined ? whole : `<script defer src="${base}${path}"></script>`;
    });
  return { html: result, scripts, files };
}
