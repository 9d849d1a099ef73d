// The whole site as a download (handreiking-offline.zip) for organisations that take it along:
// links made relative so it opens from disk, a Dutch "how to open" page, and on the search page a
// plain notice that search needs the site opened through a web address (browsers do not let
// Pagefind load its index from file://).
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { escapeHtml } from '../lib/escape-html.ts';
import type { SiteConfig } from '../site-config.ts';

export const ZIP_NAME = 'handreiking-offline.zip';
const LEAVE_OUT = new Set(['sw.js', 'offline.json', ZIP_NAME]);

const SEARCH_NOTICE = `<div class="zoeken__bestand" data-bestand-melding>
  <p><strong>Zoeken werkt niet als u de handreiking als bestand opent.</strong> De browser laat dat niet toe.
  Lezen werkt wel: gebruik de inhoudsopgave, de thema's en de begrippenlijst.</p>
  <p>Wilt u ook zoeken? Open dan de site via een webadres. Hoe dat gaat, staat in <a href="../LEESMIJ.html">LEESMIJ.html</a>.</p>
</div>`;

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
<p>Zoeken werkt alleen als de site via een webadres geopend wordt; dat is een regel van de browser. Zet
daarvoor een kleine webserver aan in de uitgepakte map, bijvoorbeeld met Python:</p>
<pre>python3 -m http.server 8000</pre>
<p>Open daarna <a href="http://localhost:8000/">http://localhost:8000/</a>. Uw ICT-afdeling kan de map ook op
een interne webserver zetten.</p>
<p>Nog eenvoudiger: open de site op internet (${url}) en kies onderaan een pagina
<i>Download voor offline gebruik</i>. Dan werken lezen en zoeken ook zonder internet.</p>
</body>
</html>
`;
}

export function offlineZip(options: { site: SiteConfig }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'handreiking:offline-zip',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Zipping hundreds of MB inside Astro's large heap is slow (garbage collection); a worker thread
        // with its own heap does it several times faster.
        const worker = new Worker(join(root, 'src/lib/offline/zip-site-worker.ts'), {
          workerData: {
            siteDir: fileURLToPath(dir),
            base: options.site.basispad,
            zipName: ZIP_NAME,
            leaveOut: [...LEAVE_OUT],
            readme: readme(options.site),
            searchNotice: SEARCH_NOTICE,
          },
        });
        const bytes = await new Promise<number>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        logger.info(`Download: ${ZIP_NAME}, ${(bytes / 1024 / 1024).toFixed(1)} MB.`);
      },
    },
  };
}
