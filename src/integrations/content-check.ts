// Runs the content check before Astro reads a single content file. Bad content stops the build with
// the Dutch report, before anything is written to dist/, so nothing is half-published.
import type { AstroIntegration } from 'astro';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_CACHE_FILE } from '../lib/cache-dir.ts';
import { checkContent, formatReport, formatWarnings } from '../lib/content-check/index.ts';
import { reviewContent } from '../lib/review-due.ts';
import { renderOptions } from '../lib/markdown/rendered-entry.ts';
import { clearPrerendered } from '../lib/prerendered.ts';

export function contentCheck(options: { contentDir: string; publicDir: string }): AstroIntegration {
  return {
    name: 'handreiking:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const started = performance.now();
        // File names in messages start at content/, wherever that folder lives.
        const { problems, warnings, entries, fileCount } = await checkContent(
          options.contentDir,
          dirname(options.contentDir),
          options.publicDir,
          {
            cacheFile: join(fileURLToPath(config.cacheDir), CHECK_CACHE_FILE),
            // The check parses each new or changed file anyway: it renders it for the loader too.
            render: renderOptions(options.contentDir, config.base),
          },
        );
        // Plain-language advice never stops the build; the list tells editors where to look.
        if (warnings.length > 0) logger.warn(`\n${formatWarnings(warnings, { hints: false })}`);
        const due = reviewContent(options.contentDir, entries).overdue.length;
        if (due > 0) {
          logger.warn(
            `${due === 1 ? '1 pagina is' : `${due} pagina's zijn`} aan de beurt om opnieuw te controleren: npm run controleer -- --overzicht`,
          );
        }
        if (problems.length === 0) {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Inhoud gecontroleerd: ${fileCount} bestanden, geen problemen (${seconds} s).`);
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          // The report is for editors: print it and stop, without Astro's error frame and stack trace.
          // scripts/build.mjs then keeps the previous site.
          console.error(`\n${report}`);
          process.exit(1);
        }
        logger.error(report);
      },
      // The loader has taken what it needed; what it did not (a file it had already) is let go.
      'astro:build:start': () => clearPrerendered(),
    },
  };
}
