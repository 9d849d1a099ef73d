// The whole site as a download (handreiking-offline.zip) for organisations that take it along:
// links made relative and classic scripts instead of ES modules, so it opens from disk (file://),
// search included, and a Dutch "how to open" page.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { escapeHtml } from '../lib/escape-html.ts';
import type { SiteConfig } from '../site-config.ts';
import type { zipSite } from '../lib/offline/zip-site.ts';

export const ZIP_NAME = 'handreiking-offline.zip';

/** LEESMIJ.html in the download. Written outside Astro, so every value from the content is escaped here. */
export function readme(site: Pick<SiteConfig, 'titel' | 'url'>): string {
  const title = escapeHtml(site.titel);
  const url = escapeHtml(site.url);
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Zo opent u de handreiking</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>Zo opent u ${title}</h1>
<p>Dit is de hele site als bestand, om mee te nemen en zonder internet te lezen.</p>
<h2>Lezen</h2>
<ol>
  <li>Pak het zip-bestand uit (rechtsklikken, <i>Alles uitpakken</i>).</li>
  <li>Open in de uitgepakte map het bestand <a href="index.html">index.html</a>. Het opent in uw browser.</li>
</ol>
<h2>Zoeken</h2>
<p>Zoeken werkt ook zonder internet, gewoon vanaf de schijf: gebruik het zoekveld bovenaan elke pagina of open
<a href="zoeken/index.html">zoeken/index.html</a>. U kunt filteren, bijvoorbeeld op thema of soort pagina, en op
de pagina die u opent staan uw zoekwoorden gemarkeerd. Daarvoor moet JavaScript aan staan in uw browser (dat is
bijna altijd zo). Zonder JavaScript vindt u alles via de inhoudsopgave, de thema's en de begrippenlijst.</p>
<h2>Wat werkt vanaf de schijf</h2>
<ul>
  <li>Lezen, alle links en de opmaak.</li>
  <li>Zoeken, met filters.</li>
  <li>De hulpmiddelen: de rekenhulp, de zelfscan (uw antwoorden blijven in deze browser op deze computer) en de
  uitvoeringsplan-bouwer, met downloaden als CSV en Markdown.</li>
  <li>Printen: met de printknop of met het printcommando van uw browser.</li>
</ul>
<p>Onderaan elke pagina staat <i>Offline lezen</i>. De knop <i>Download voor offline gebruik</i> verschijnt
vanaf de schijf niet: u heeft de handreiking dan al op uw computer. De link naar handreiking-offline.zip daar
gaat naar de nieuwste versie op internet.</p>
<h2>Nieuwste versie</h2>
<p>Dit bestand is een momentopname. De nieuwste versie staat op internet (${url}). Kiest u daar onderaan een
pagina <i>Download voor offline gebruik</i>, dan werken lezen en zoeken ook zonder internet en ziet u het
als er een nieuwe versie is.</p>
<p>Blokkeert uw organisatie scripts in bestanden, zodat zoeken of de hulpmiddelen niet werken? Dan kan uw
ICT-afdeling de uitgepakte map op een interne webserver zetten.</p>
</body>
</html>
`;
}

export function offlineZip(options: { site: SiteConfig }): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  return {
    name: 'handreiking:offline-zip',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Zipping hundreds of MB inside Astro's large heap is slow (garbage collection); a worker thread
        // with its own heap does it several times faster.
        const worker = new Worker(join(root, 'src/lib/offline/zip-site-worker.ts'), {
          workerData: {
            siteDir: fileURLToPath(dir),
            base: options.site.basispad,
            zipName: ZIP_NAME,
            readme: readme(options.site),
            siteUrl: options.site.url,
            cacheFile: join(cacheDir, 'download.bin'),
            root,
          },
        });
        const { bytes, reused, entries } = await new Promise<Awaited<ReturnType<typeof zipSite>>>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        // "n uit de vorige build": pages that did not change are neither rewritten nor compressed again.
        logger.info(
          `Download: ${ZIP_NAME}, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${entries} bestanden (${reused} uit de vorige build).`,
        );
      },
    },
  };
}
