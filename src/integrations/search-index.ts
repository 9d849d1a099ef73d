// Builds the Pagefind search index over the finished HTML, through Pagefind's Node API, in Dutch.
// Only elements marked data-pagefind-body are indexed, so navigation and footers add no noise.
// Each page gets extra search words (synonyms, abbreviations, parts of compounds) from the search
// vocabulary; they go to the index only, never into the published HTML.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { BuildCache, codeHash } from '../lib/build-cache.ts';
import { BUNDLE_DIR, SEARCH_LANGUAGE } from '../lib/search/bundle.ts';
import { CMS_FOLDER } from '../lib/cms-bundle.ts';
import { createTermExpander } from '../lib/search/term-expansion.ts';
import { readVocabulary } from '../lib/search/vocabulary.ts';

const BODY = 'data-pagefind-body';
const CONCURRENT_PAGES = 4;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Puts the extra words, as an indexed attribute, right inside the first searchable element. */
export function withSearchWords(html: string, words: string[]): string {
  const start = html.indexOf(BODY);
  if (start === -1 || words.length === 0) return html;
  const insertAt = html.indexOf('>', start) + 1;
  const value = words.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${html.slice(0, insertAt)}<span data-pagefind-index-attrs="data-zoekwoorden" data-zoekwoorden="${value}"></span>${html.slice(insertAt)}`;
}

export function searchIndex(options: { contentDir: string }): AstroIntegration {
  let cacheDir: string | undefined;
  let root = process.cwd();
  return {
    name: 'handreiking:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const vocabulary = readVocabulary(options.contentDir);
        const expand = createTermExpander(vocabulary);
        // The extra words of a page that did not change since the last build are not worked out again.
        const searchWords = new BuildCache<string[]>(
          cacheDir && join(cacheDir, 'zoekwoorden.bin'),
          `${codeHash(root, 'src/lib/search')}\n${JSON.stringify(vocabulary)}`,
        );
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
        if (!index) throw new Error(`Zoekindex: Pagefind kon niet starten: ${errors.join(', ')}`);

        let pages = 0;
        try {
          // Pagefind's own files and the editing app (/beheer/) are not pages to find.
          const files = (await htmlFiles(siteDir)).filter(
            (file) => !file.startsWith(join(siteDir, BUNDLE_DIR)) && !file.startsWith(join(siteDir, CMS_FOLDER, '/')),
          );
          // A few pages in flight at once: Pagefind indexes in its own process while this one reads
          // and parses the next pages, so both cores work.
          let next = 0;
          const worker = async () => {
            while (next < files.length) {
              const file = files[next++]!;
              const html = await readFile(file, 'utf8');
              if (!html.includes(BODY)) continue;
              const words = await searchWords.get(searchWords.key(html), () =>
                expand(
                  parse(html)
                    .querySelectorAll(`[${BODY}]`)
                    .map((element) => element.text)
                    .join(' '),
                ),
              );
              const added = await index.addHTMLFile({
                sourcePath: relative(siteDir, file).split('\\').join('/'),
                content: withSearchWords(html, words),
              });
              if (added.errors.length) throw new Error(`Zoekindex, ${file}: ${added.errors.join(', ')}`);
              pages++;
            }
          };
          await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
          const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Zoekindex: ${written.errors.join(', ')}`);
          searchWords.save();
        } finally {
          await pagefind.close();
        }
        logger.info(`Zoekindex gemaakt: ${pages} pagina's in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
