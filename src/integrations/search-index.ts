// Builds the Pagefind search index over the finished HTML, through Pagefind's Node API.
// Only elements marked data-pagefind-body are indexed, so navigation and footers add no noise.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'handreiking:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Zoekindex: Pagefind kon niet starten: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: siteDir });
        if (added.errors.length) throw new Error(`Zoekindex: ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
        if (written.errors.length) throw new Error(`Zoekindex: ${written.errors.join(', ')}`);
        logger.info(`Zoekindex gemaakt: ${added.page_count} pagina's.`);
        await pagefind.close();
      },
    },
  };
}
