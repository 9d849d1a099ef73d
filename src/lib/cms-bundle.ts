// The files of the editing app at /beheer/: Sveltia CMS's own browser bundle from npm, made to load
// nothing from other websites, and the page that starts it. Used by src/integrations/cms.ts.
import { escapeHtml } from './escape-html.ts';

/** The folder of the app in the built site: `/beheer/`. */
export const CMS_FOLDER = 'beheer';

/**
 * The bundle styles its interface with three fonts from a CDN. The npm package ships the same font
 * files; the bundle gets their local names instead.
 */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** Where the bundle's own script lives: the base for the files it loads from next to itself. */
const HERE = '(document.currentScript?.src||location.href)';

/** The file the update check reads; it holds the installed version, so the app never nags. */
export const VERSION_FILE = 'versie.json';
/**
 * The file the GitHub status check reads instead of githubstatus.com, a site of its own: it says
 * "unknown", so the app shows no status (editors see GitHub's status on github.com).
 */
export const STATUS_FILE = 'github-status.json';

/**
 * What the bundle fetches from other sites at start, and the local file it gets instead: its
 * interface texts (the package's locales/ folder, copied next to it), the update check and GitHub's status.
 * Minified names differ per version, so each is found by its shape, and must be found exactly once.
 */
const REWRITES = [
  { what: 'de teksten van de interface', find: /(\w+)=`\$\{\w+\}@\$\{\w+\}\/locales`/g, file: 'locales' },
  { what: 'de controle op updates', find: /(\w+)=`\$\{\w+\}\/package\.json`/g, file: VERSION_FILE },
  {
    what: 'de statuscontrole van GitHub',
    find: /(\w+)=`https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json`/g,
    file: STATUS_FILE,
  },
];

export interface FontCopy {
  /** A file in the package's npm/assets/ folder. */
  from: string;
  /** Its name in /beheer/fonts/. */
  to: string;
}

/**
 * Makes the bundle load its fonts, interface texts and version from next to itself instead of from
 * a CDN, so the app requests nothing from other websites and a CSP of 'self' has nothing to refuse;
 * and lets readers zoom.
 * Throws when a rewrite finds nothing or a font has no local copy: a new version of the package must
 * not quietly start loading from elsewhere.
 * @param assets names of the files in the package's npm/assets/ folder
 */
export function selfHost(bundle: string, assets: readonly string[]): { bundle: string; fonts: FontCopy[] } {
  const fonts = new Map<string, FontCopy>();
  let result = bundle.replace(CDN_FONT, (url, family: string, subset: string) => {
    const base = `${family}-${subset}`;
    const from = assets.find((name) => name.startsWith(`${base}-`) && name.endsWith('.woff2'));
    if (!from) throw new Error(`Beheeromgeving: het lettertype ${url} zit niet in het npm-pakket.`);
    fonts.set(from, { from, to: `${base}.woff2` });
    return `fonts/${base}.woff2`;
  });
  if (fonts.size === 0 || /cdn\.jsdelivr\.net|fonts\.googleapis\.com/.test(result)) {
    throw new Error('Beheeromgeving: de lettertypen van de bundel zijn niet gevonden; pas src/lib/cms-bundle.ts aan.');
  }
  for (const { what, find, file } of REWRITES) {
    const found = result.match(find)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `Beheeromgeving: ${what} ${found}× gevonden in de bundel in plaats van 1×; pas src/lib/cms-bundle.ts aan.`,
      );
    }
    result = result.replace(find, (_match, name: string) => `${name}=new URL(${JSON.stringify(file)},${HERE}).href`);
  }
  // WCAG 1.4.4: the app's shell forbids zooming on phones (maximum-scale=1); readers of this site may zoom.
  const zoomLock = result.split('`maximum-scale=1`,').length - 1;
  if (zoomLock !== 1) {
    throw new Error(
      `Beheeromgeving: de zoomblokkade ${zoomLock}× gevonden in plaats van 1×; pas src/lib/cms-bundle.ts aan.`,
    );
  }
  result = result.replace('`maximum-scale=1`,', '');
  // The source map is not copied; without this line browsers would ask for it.
  return { bundle: result.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), fonts: [...fonts.values()] };
}

/** /beheer/index.html: loads the bundle, which reads config.yml next to it. */
export function cmsIndexHtml(site: { titel: string }): string {
  const title = escapeHtml(`Beheer – ${site.titel}`);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>De beheeromgeving werkt alleen met JavaScript aan. Zie CONTRIBUTING.md voor andere manieren om bij te dragen.</p></noscript>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}
