// Builds the Pagefind search index over the finished HTML, through Pagefind's Node API, in Dutch.
// Only elements marked data-pagefind-body are indexed, so navigation and footers add no noise.
// Each page gets extra search words (synonyms, abbreviations, parts of compounds) from the search
// vocabulary; they go to the index only, never into the published HTML.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BuildCache } from '../lib/build-cache.ts';
import { codeHash } from '../lib/code-fingerprint.ts';
import { BUNDLE_DIR, SEARCH_LANGUAGE } from '../lib/search/bundle.ts';
import { CMS_FOLDER } from '../lib/cms-bundle.ts';
import { createTermExpander } from '../lib/search/term-expansion.ts';
import { keepIndexFiles, pruneIndexFiles, seedIndexFiles } from '../lib/search/index-files.ts';
import { searchablePage } from '../lib/search/page-for-index.ts';
import { siteFiles } from '../lib/site-files.ts';
import { readVocabulary } from '../lib/search/vocabulary.ts';

const BODY = 'data-pagefind-body';

const READ_AHEAD = 8;
/**
 * Pages sent to Pagefind before the first of them is answered. Its service handles messages one at
 * a time, in the order they arrive, so the numbering stays the order of sending; meanwhile Pagefind
 * indexes while this process reads the next pages, instead of each side waiting for the other.
 */
const IN_FLIGHT = 32;

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
        // What Pagefind gets of a page that did not change since the last build is not worked out again.
        const forIndex = new BuildCache<{ page: string; words: string[] }>(
          cacheDir && join(cacheDir, 'zoekpaginas.bin'),
          `${codeHash(root, ['src/lib/search'])}\n${JSON.stringify(vocabulary)}`,
        );
        const indexDir = join(siteDir, BUNDLE_DIR);
        // The previous index's files, so Pagefind compresses and writes only those that changed
        // (src/lib/search/index-files.ts); kept per Pagefind version.
        const { version } = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8'));
        const keptDir = cacheDir && join(cacheDir, `zoekindex-${version}`);
        if (keptDir) seedIndexFiles(keptDir, indexDir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
        if (!index) throw new Error(`Zoekindex: Pagefind kon niet starten: ${errors.join(', ')}`);

        let pages = 0;
        try {
          // Pagefind's own files and the editing app (/beheer/) are not pages to find.
          const files = (await siteFiles(siteDir)).filter(
            (path) => path.endsWith('.html') && !path.startsWith(BUNDLE_DIR) && !path.startsWith(`${CMS_FOLDER}/`),
          );
          // Pages are read and their extra words worked out a few ahead, while Pagefind (its own process)
          // indexes the ones before. They are sent in the order of their paths (siteFiles sorts them):
          // Pagefind numbers pages as they come, so the index, and with it the offline version, is the
          // same for the same site.
          const sent: Promise<unknown>[] = [];
          const prepared: Promise<{ sourcePath: string; content: string } | undefined>[] = [];
          const prepare = async (path: string) => {
            const html = await readFile(join(siteDir, path), 'utf8');
            if (!html.includes(BODY)) return undefined;
            const { page, words } = await forIndex.get(forIndex.key(html), () => {
              const searchable = searchablePage(html);
              return { page: searchable.html, words: expand(searchable.text) };
            });
            return { sourcePath: path, content: withSearchWords(page, words) };
          };
          for (const [i, file] of files.entries()) {
            for (let ahead = prepared.length; ahead < Math.min(i + READ_AHEAD, files.length); ahead++)
              prepared.push(prepare(files[ahead]!));
            const page = await prepared[i]!;
            delete prepared[i]; // let the page's text go
            if (!page) continue;
            const added = index.addHTMLFile(page).then(({ errors }) => {
              if (errors.length) throw new Error(`Zoekindex, ${file}: ${errors.join(', ')}`);
            });
            added.catch(() => {}); // awaited below, in order; this only keeps Node from calling it unhandled
            sent.push(added);
            if (sent.length > IN_FLIGHT) await sent.shift();
            pages++;
          }
          await Promise.all(sent);
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length) throw new Error(`Zoekindex: ${written.errors.join(', ')}`);
          pruneIndexFiles(indexDir);
          if (keptDir) keepIndexFiles(indexDir, keptDir);
          forIndex.save();
        } finally {
          await pagefind.close();
        }
        logger.info(`Zoekindex gemaakt: ${pages} pagina's in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
