// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { offline } from './src/integrations/offline.ts';
import { offlineZip } from './src/integrations/offline-zip.ts';
import { printDocument } from './src/integrations/print-document.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypeLinks } from './src/lib/markdown/rehype-links.ts';
import { rehypeTables } from './src/lib/markdown/rehype-tables.ts';
import { readGlossaryTerms, rehypeGlossary } from './src/lib/markdown/rehype-glossary.ts';
import { loadSiteConfig, siteConfigModule } from './src/site-config.ts';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

// CONTENT_DIR lets tests and the benchmark build another content folder with the same generator.
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const site = loadSiteConfig(resolve(contentDir, 'handreiking.yaml'));

export default defineConfig({
  // One content cache per content folder, so entries of one folder never leak into a build of another.
  // ASTRO_CACHE_KEY keeps the content caches of test and benchmark builds apart (scripts/build.mjs
  // runs one build at a time, because Astro's .astro/ folder is shared).
  cacheDir: `./node_modules/.astro/${createHash('sha1')
    .update(`${contentDir}:${process.env.ASTRO_CACHE_KEY ?? ''}`)
    .digest('hex')
    .slice(0, 12)}`,
  site: site.url,
  base: site.basispad,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code blocks in this content; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // remark-gfm is added explicitly (tables, footnotes) instead of the built-in switch, so the
    // stand-alone content check parses MDX the same way.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        [rehypeLinks, { base: site.basispad }],
        rehypeTables,
        [rehypeGlossary, { terms: readGlossaryTerms(resolve(contentDir, 'begrippen')), base: site.basispad }],
      ],
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        // Only an arrow is visible, so the spoken label (with the number) never contradicts it.
        footnoteBackContent: '↩',
        footnoteBackLabel: (/** @type {number} */ _index, /** @type {number} */ rereference) =>
          rereference > 1 ? `Terug naar de tekst (${rereference})` : 'Terug naar de tekst',
      },
    }),
  },
  integrations: [
    contentCheck({ contentDir }),
    mdx(),
    sitemap(),
    printDocument(),
    searchIndex({ contentDir }),
    offline({ site }),
    offlineZip({ site }),
  ],
  vite: {
    plugins: [siteConfigModule(site)],
    build: {
      rolldownOptions: {
        // Astro's own MDX modules trigger this harmless warning (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Astro adds hashes for its own scripts and styles; Pagefind needs WebAssembly and a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
