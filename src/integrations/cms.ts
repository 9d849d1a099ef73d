// Puts the editing app in the build at /beheer/: Sveltia CMS from npm (never from a CDN, never in
// Git), its fonts, and config.yml generated from the content model (src/lib/cms-config.ts). Runs
// right after the pages are written, so the later steps see /beheer/ and leave it out on purpose
// (search index, offline list, zip). Its headers (own CSP, noindex) are in host-headers.ts.
import type { AstroIntegration } from 'astro';
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_FOLDER, cmsIndexHtml, selfHost, STATUS_FILE, VERSION_FILE } from '../lib/cms-bundle.ts';
import { cmsConfigYaml, createCmsConfig, OAUTH_ENV, readChoices } from '../lib/cms-config.ts';
import type { SiteConfig } from '../site-config.ts';

/** The folder of the installed @sveltia/cms package. */
function packageDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
}

export function cms(options: { site: SiteConfig; contentDir: string }): AstroIntegration {
  return {
    name: 'handreiking:cms',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let config: Record<string, unknown>;
        try {
          config = createCmsConfig({
            site: options.site,
            choices: readChoices(options.contentDir, dirname(options.contentDir)),
            oauthUrl: process.env[OAUTH_ENV] || undefined,
          });
        } catch (error) {
          // A handreiking whose repository the app cannot work with is still a handreiking: no /beheer/.
          logger.warn(`Beheeromgeving overgeslagen: ${(error as Error).message}`);
          return;
        }
        const out = join(fileURLToPath(dir), CMS_FOLDER);
        const pkg = packageDir();
        const assets = await readdir(join(pkg, 'npm/assets'));
        const { bundle, fonts } = selfHost(await readFile(join(pkg, 'dist/sveltia-cms.js'), 'utf8'), assets);

        await mkdir(join(out, 'chunks'), { recursive: true });
        await mkdir(join(out, 'fonts'), { recursive: true });
        await writeFile(join(out, 'sveltia-cms.js'), bundle);
        // Loaded by the bundle from next to itself when needed (React for custom previews).
        for (const chunk of await readdir(join(pkg, 'dist/chunks'))) {
          if (chunk.endsWith('.js')) await copyFile(join(pkg, 'dist/chunks', chunk), join(out, 'chunks', chunk));
        }
        for (const font of fonts) await copyFile(join(pkg, 'npm/assets', font.from), join(out, 'fonts', font.to));
        // The interface texts in every language (Dutch for Dutch browsers), and the installed version.
        await cp(join(pkg, 'locales'), join(out, 'locales'), { recursive: true });
        const { version } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as { version: string };
        await writeFile(join(out, VERSION_FILE), JSON.stringify({ version }));
        await writeFile(join(out, STATUS_FILE), JSON.stringify({ status: { indicator: 'unknown' } }));
        // The licences travel with the files: MIT for the app, OFL for the fonts.
        await copyFile(join(pkg, 'LICENSE.txt'), join(out, 'LICENSE.txt'));
        for (const licence of assets.filter((name) => name.endsWith('.LICENSE.txt'))) {
          await copyFile(join(pkg, 'npm/assets', licence), join(out, 'fonts', licence));
        }

        await writeFile(join(out, 'config.yml'), cmsConfigYaml(config));
        await writeFile(join(out, 'index.html'), cmsIndexHtml(options.site));
        logger.info(
          `Beheeromgeving: /${CMS_FOLDER}/ met ${fonts.length} lettertypen en een config.yml uit het inhoudsmodel.`,
        );
      },
    },
  };
}
