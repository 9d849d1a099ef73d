// The identity of this handreiking (title, publisher, URL, base path) comes from
// content/handreiking.yaml, so another handreiking can reuse the generator by swapping content/.
// The file is checked (src/schemas/site.ts) before anything uses it: its values reach every page.
import { irregularFileMessage, readRegularFile } from './lib/regular-file.ts';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, type Problem } from './lib/content-check/problem.ts';
import { describeSiteIssue, missingFile, readSiteIdentity } from './lib/content-check/site-identity.ts';
import { basePathSchema, normalizeBase, type SiteConfig } from './schemas/site.ts';

export { normalizeBase, type SiteConfig };

/**
 * Reads and checks content/handreiking.yaml. BASE_PATH in `env` overrides `basispad` and follows the
 * same rule. Throws an error with the Dutch report and no stack trace.
 */
export function loadSiteConfig(file: URL | string, env: Record<string, string | undefined> = process.env): SiteConfig {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  // Named from the content folder on (content/handreiking.yaml), as the content check does.
  const name = `${basename(dirname(path))}/${basename(path)}`;
  // Never through a symlink or from a folder: the content check names those; here they are missing.
  const source = readRegularFile(path);
  if (!source) {
    const irregular = irregularFileMessage(path);
    throw reportError([
      irregular ? { file: name, message: irregular, hint: 'Zet het echte bestand op deze plek.' } : missingFile(name),
    ]);
  }
  const { config, problems } = readSiteIdentity(source, name);
  if (!config) throw reportError(problems);

  // An empty BASE_PATH counts as not set: CI systems pass unset variables as empty strings.
  const basePath = env.BASE_PATH;
  if (basePath === undefined || basePath === '') return config;
  const parsed = basePathSchema.safeParse(basePath);
  if (!parsed.success) {
    const [issue] = parsed.error.issues.flatMap(describeSiteIssue);
    throw plainError(
      `De omgevingsvariabele BASE_PATH (${JSON.stringify(basePath)}) klopt niet. ${issue?.message ?? ''}\n` +
        '    Oplossing: gebruik bijvoorbeeld BASE_PATH=/handreiking/, of laat BASE_PATH weg.',
    );
  }
  return { ...config, basispad: parsed.data };
}

function reportError(problems: Problem[]): Error {
  return plainError(formatReport(problems));
}

/**
 * An error whose stack is just the Dutch message, so neither Astro nor Node prints a trace under it
 * (an empty stack would make Node print nothing at all).
 */
function plainError(message: string): Error {
  const error = new Error(`\n${message}`);
  error.name = 'Inhoudscontrole';
  error.stack = error.message;
  return error;
}

const VIRTUAL_ID = 'virtual:handreiking/config';

/** A Vite plugin that lets pages `import config from 'virtual:handreiking/config'`. */
export function siteConfigModule(config: SiteConfig) {
  return {
    name: 'handreiking:config',
    resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id: string) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
