// Every practice example is reachable from a chapter: a reader who follows the chapters finds each example, not
// only through the list, the themes or search (issue 15, "Zo pakten gemeenten het aan").
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const EXAMPLES_DIR = resolve(import.meta.dirname, '../../content/praktijkvoorbeelden');

/** Site paths of the example pages, one per file in content/praktijkvoorbeelden/. */
const examplePaths = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => `/praktijkvoorbeelden/${name.slice(0, -'.mdx'.length)}/`);

describe('practice examples', () => {
  it('are each linked or embedded in the text of at least one chapter', () => {
    const pages = loadPages(siteDir);
    const built = new Set(pages.map((page) => page.path));
    expect(examplePaths.length).toBeGreaterThan(30);
    expect(examplePaths.filter((path) => !built.has(path))).toEqual([]);

    const linkedFromChapters = new Set<string>();
    for (const chapter of pages.filter((page) => /^\/hoofdstukken\/[^/]+\/$/.test(page.path))) {
      // Only the chapter's own text counts: not the menu, the footer or the lists of related pages.
      for (const link of chapter.dom.querySelectorAll('.entry__body .prose a[href]')) {
        const href = (link.getAttribute('href') ?? '').split('#')[0]!;
        linkedFromChapters.add(href.endsWith('/') ? href : `${href}/`);
      }
    }

    const orphans = examplePaths.filter((path) => !linkedFromChapters.has(path));
    expect(orphans, 'praktijkvoorbeelden zonder link vanuit een hoofdstuk').toEqual([]);
  });
});
