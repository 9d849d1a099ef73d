// Offline use, after the search index is written: the web app manifest, the list of every file of
// the site with the SHA-256 of each file, and the service worker that reads that list. See src/integrations/offline/service-worker.js for why the worker itself is small
// and hand-written: the reader chooses when to download the whole site.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forOffline, siteFiles } from '../lib/site-files.ts';
import type { SiteConfig } from '../site-config.ts';

export interface OfflineFile {
  url: string;
  size: number;
  /** SHA-256 of the file, base64: the worker stores a response only when it matches. */
  hash: string;
}

/** `tips/x/index.html` is requested as `/tips/x/`; other files by their own path. */
export function fileUrl(path: string, base: string): string {
  if (path === 'index.html') return base;
  return `${base}${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/**
 * Fills the `'__NAME__'` placeholders of the worker template with JSON literals, in one pass with a
 * replacer function: a replacement string would read `$'` or `$&` in a base path as a pattern, and a
 * second pass could replace inside a value inserted by the first.
 */
export function fillTemplate(template: string, values: Record<string, unknown>): string {
  const missing = Object.keys(values).filter((name) => !template.includes(`'__${name}__'`));
  if (missing.length > 0) throw new Error(`De service worker mist de plek voor ${missing.join(', ')}.`);
  return template.replace(/'__([A-Z]+)__'/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? JSON.stringify(values[name]) : placeholder,
  );
}

/** Reads every file once for its size and hash, a few at a time so thousands of pages never exhaust file handles. */
async function describeFiles(siteDir: string, paths: string[], base: string): Promise<OfflineFile[]> {
  const files: OfflineFile[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const bytes = await readFile(join(siteDir, path));
      files.push({ url: fileUrl(path, base), size: bytes.length, hash: sha256(bytes) });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

export function offline(options: { site: SiteConfig }): AstroIntegration {
  const { site } = options;
  const base = site.basispad;
  let root = process.cwd();
  return {
    name: 'handreiking:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        await writeFile(
          join(siteDir, 'manifest.webmanifest'),
          JSON.stringify(
            {
              name: site.titel,
              short_name: 'Handreiking',
              description: site.beschrijving,
              lang: 'nl',
              start_url: base,
              scope: base,
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#154273',
              icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            null,
            2,
          ),
        );

        const files = await describeFiles(siteDir, (await siteFiles(siteDir)).filter(forOffline), base);
        // From the same SHA-256 hashes the worker checks, so a version name always means these bytes.
        const version = createHash('sha256')
          .update(files.map((file) => `${file.url}:${file.hash}`).join('\n'))
          .digest('hex')
          .slice(0, 16);
        const size = files.reduce((sum, file) => sum + file.size, 0);

        const template = await readFile(join(root, 'src/integrations/offline/service-worker.js'), 'utf8');
        await writeFile(join(siteDir, 'sw.js'), fillTemplate(template, { VERSION: version, BASE: base }));
        await writeFile(join(siteDir, `offline-${version}.json`), JSON.stringify(files));
        await writeFile(join(siteDir, 'offline.json'), JSON.stringify({ version, size, count: files.length }));
        logger.info(`Offline: ${files.length} bestanden, ${(size / 1024 / 1024).toFixed(1)} MB, versie ${version}.`);
      },
    },
  };
}
