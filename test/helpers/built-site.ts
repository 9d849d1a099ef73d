// Reads a built site from disk: its pages, and the links in them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

export interface BuiltPage {
  /** Site path without base, e.g. `/tips/formeer-duos/`. */
  path: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    // The editing app (/beheer/) is no page of the site; test/site/beheer.test.ts tests it.
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === 'beheer' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function loadPages(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir).map((file) => {
    const rel = `/${relative(siteDir, file).split('\\').join('/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    return { path, file, html, dom: parse(html) };
  });
}

export function page(siteDir: string, path: string): BuiltPage {
  const file = join(siteDir, path, path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`Pagina ${path} is niet gebouwd (${file}).`);
  const html = readFileSync(file, 'utf8');
  return { path, file, html, dom: parse(html) };
}

/** Every same-site URL a page loads or links to (a, link, script, img, form). */
export function internalUrls(page: BuiltPage): string[] {
  const urls: string[] = [];
  for (const element of page.dom.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
    const url = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
    if (url.startsWith('/') && !url.startsWith('//')) urls.push(url);
    else if (url.startsWith('#') && url.length > 1) urls.push(`${page.path}${url}`);
  }
  return urls;
}

/** Resolves a site URL (without base) to a file in the build, or undefined. */
export function resolveFile(siteDir: string, url: string): string | undefined {
  const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  const candidates = path.endsWith('/')
    ? [join(siteDir, path, 'index.html')]
    : [join(siteDir, path), join(siteDir, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
