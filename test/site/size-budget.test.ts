// Size budgets on the real site. Bytes are deterministic, so a page that grows past its budget fails
// here; speed is measured by `npm run bench`, never in a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const KB = 1024;
/** HTML plus CSS, gzip, for a page a reader reads (the issue "Prestaties": 20 KB). */
const CONTENT_PAGE_BUDGET = 20 * KB;
/** JavaScript that runs on load, gzip, outside the search page and the tools (5 KB). */
const SCRIPT_BUDGET = 5 * KB;

const gzip = (text: string | Buffer) => gzipSync(text).length;

function weigh(html: string) {
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) =>
    readFileSync(join(siteDir, match[1]!)),
  );
  const inlineScripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const externalScripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((match) =>
    readFileSync(join(siteDir, match[1]!), 'utf8'),
  );
  return {
    htmlAndCss: gzip(html) + gzip(Buffer.concat(stylesheets)),
    script: gzip([...inlineScripts, ...externalScripts].join('\n')),
  };
}

const pages = loadPages(siteDir);
const contentPages = pages.filter((built) =>
  /^\/(hoofdstukken|tips|praktijkvoorbeelden|wetgeving|themas)\/[^/]+\/$/.test(built.path),
);

describe('size budgets', () => {
  it('keeps every chapter, tip, practice example, law article and theme page within 20 KB gzip of HTML and CSS', () => {
    expect(contentPages.length).toBeGreaterThan(90);
    const over = contentPages
      .map((built) => ({ path: built.path, size: weigh(built.html).htmlAndCss }))
      .filter(({ size }) => size > CONTENT_PAGE_BUDGET)
      .map(({ path, size }) => `${path}: ${(size / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('runs at most 5 KB gzip of JavaScript on load, except on the search page and the tools', () => {
    const over = pages
      .filter((built) => !built.path.startsWith('/zoeken/') && !built.path.startsWith('/hulpmiddelen/'))
      .map((built) => ({ path: built.path, size: weigh(built.html).script }))
      .filter(({ size }) => size > SCRIPT_BUDGET)
      .map(({ path, size }) => `${path}: ${(size / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('does not list every practice example on every page', () => {
    const example = pages.find((built) => built.path === '/praktijkvoorbeelden/zorgmail-rijswijk/')!;
    const exampleLinks = example.dom.querySelectorAll('a[href^="/praktijkvoorbeelden/"]').length;
    const all = pages.filter((built) => /^\/praktijkvoorbeelden\/[^/]+\/$/.test(built.path)).length;
    expect(exampleLinks).toBeLessThan(all / 4);
  });
});
