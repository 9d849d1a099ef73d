// Runs the content check before Astro reads a single content file. Bad content stops the build with
// the Dutch report, before anything is written to dist/, so nothing is half-published.
import type { AstroIntegration } from 'astro';
import { dirname } from 'node:path';
import { checkContent, formatReport } from '../lib/content-check/index.ts';

export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'handreiking:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // File names in messages start at content/, wherever that folder lives.
        const { problems, fileCount } = await checkContent(options.contentDir, dirname(options.contentDir));
        if (problems.length === 0) {
          logger.info(`Inhoud gecontroleerd: ${fileCount} bestanden, geen problemen.`);
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          // An Error subclass without a stack keeps Astro from burying the report under a trace.
          const error = new Error(`\n${report}`);
          error.name = 'Inhoudscontrole';
          error.stack = error.message;
          throw error;
        }
        logger.error(report);
      },
    },
  };
}
