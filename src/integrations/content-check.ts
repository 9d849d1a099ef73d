// Runs the content check before Astro reads a single content file. Bad content stops the build with
// the Dutch report, before anything is written to dist/, so nothing is half-published.
import type { AstroIntegration } from 'astro';
import { dirname } from 'node:path';
import { checkContent, formatReport } from '../lib/content-check/index.ts';

export function contentCheck(options: { contentDir: string; publicDir: string }): AstroIntegration {
  return {
    name: 'handreiking:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // File names in messages start at content/, wherever that folder lives.
        const { problems, fileCount } = await checkContent(
          options.contentDir,
          dirname(options.contentDir),
          options.publicDir,
        );
        if (problems.length === 0) {
          logger.info(`Inhoud gecontroleerd: ${fileCount} bestanden, geen problemen.`);
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
    },
  };
}
