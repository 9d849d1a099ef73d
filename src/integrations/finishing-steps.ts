// The steps that work on the finished site (search index, offline list, zip, host headers) are
// ordinary Astro integrations. scripts/build.mjs runs them after Astro's process has exited, with
// the arguments Astro would pass: with 10,000 pages the Astro process still held ~1.1 GB when it was
// done, and Pagefind needs ~1.3 GB of its own, so together they went over 2 GB. `astro build` on its
// own (HANDREIKING_AFRONDEN unset) still runs them in its own process, with the same result.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from '../site-config.ts';
import { hostHeaders } from './host-headers.ts';
import { offline } from './offline.ts';
import { offlineZip } from './offline-zip.ts';
import { searchIndex } from './search-index.ts';

/** The steps that work on the finished site, in order: each sees what the ones before it wrote. */
export function finishingSteps(options: { contentDir: string; site: SiteConfig }): AstroIntegration[] {
  const { contentDir, site } = options;
  return [searchIndex({ contentDir }), offline({ site }), offlineZip({ site }), hostHeaders({ site })];
}

const time = () => new Date().toTimeString().slice(0, 8);

/** A logger that writes as Astro's does ("12:00:00 [handreiking:search-index] …"), so the log reads on. */
export function stepLogger(label: string): AstroIntegrationLogger {
  const line = (level: string) => (message: string) =>
    (level === 'info' ? console.log : console.error)(
      `${time()} ${level === 'info' ? '' : `[${level}] `}[${label}] ${message}`,
    );
  const logger = {
    label,
    options: {},
    info: line('info'),
    warn: line('WARN'),
    error: line('ERROR'),
    debug: () => {},
    fork: (name: string) => stepLogger(name),
  };
  return logger as unknown as AstroIntegrationLogger;
}

type ConfigDone = (options: { config: { root: URL; cacheDir: URL } }) => unknown;
type BuildDone = (options: { dir: URL; logger: AstroIntegrationLogger }) => unknown;

/**
 * Runs the `astro:config:done` and `astro:build:done` hooks of `steps`, in order, on a built site.
 * These steps read only `config.root` and `config.cacheDir`, and `dir` and `logger`.
 */
export async function runFinishingSteps(
  steps: AstroIntegration[],
  options: { root: string; cacheDir: string; outDir: string },
): Promise<void> {
  const folder = (path: string) => pathToFileURL(path.endsWith('/') ? path : `${path}/`);
  const config = { root: folder(options.root), cacheDir: folder(options.cacheDir) };
  for (const step of steps) await (step.hooks['astro:config:done'] as ConfigDone | undefined)?.({ config });
  for (const step of steps) {
    const done = step.hooks['astro:build:done'] as BuildDone | undefined;
    await done?.({ dir: folder(options.outDir), logger: stepLogger(step.name) });
  }
}
