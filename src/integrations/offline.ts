// Offline use, after the search index is written: the web app manifest, the list of every file of
// the site (from Workbox's getManifest, which hashes each file), and the service worker with that
// list built in. See src/integrations/offline/service-worker.js for why the worker itself is small
// and hand-written: the reader chooses when to download the whole site.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build';
import type { SiteConfig } from '../site-config.ts';

export interface OfflineFile {
  url: string;
  size: number;
}

/** `tips/x/index.html` is requested as `/tips/x/`; other files by their own path. */
export function fileUrl(path: string, base: string): string {
  if (path === 'index.html') return base;
  return `${base}${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

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

        const { manifestEntries = [], warnings } = await getManifest({
          globDirectory: siteDir,
          globPatterns: ['**/*'],
          globIgnores: ['sw.js', '*.zip', 'offline*.json'],
          maximumFileSizeToCacheInBytes: 100 * 1024 * 1024,
        });
        for (const warning of warnings) logger.warn(warning);
        const files: OfflineFile[] = await Promise.all(
          manifestEntries.map(async (entry) => ({
            url: fileUrl(entry.url, base),
            size: (await stat(join(siteDir, entry.url))).size,
          })),
        );
        files.sort((a, b) => a.url.localeCompare(b.url));
        const version = createHash('sha256')
          .update(manifestEntries.map((entry) => `${entry.url}:${entry.revision ?? ''}`).join('\n'))
          .digest('hex')
          .slice(0, 16);
        const size = files.reduce((sum, file) => sum + file.size, 0);

        const template = await readFile(join(root, 'src/integrations/offline/service-worker.js'), 'utf8');
        const worker = template
          .replace("'__VERSION__'", JSON.stringify(version))
          .replace("'__BASE__'", JSON.stringify(base));
        await writeFile(join(siteDir, 'sw.js'), worker);
        await writeFile(join(siteDir, `offline-${version}.json`), JSON.stringify(files));
        await writeFile(join(siteDir, 'offline.json'), JSON.stringify({ version, size, count: files.length }));
        logger.info(`Offline: ${files.length} bestanden, ${(size / 1024 / 1024).toFixed(1)} MB, versie ${version}.`);
      },
    },
  };
}
