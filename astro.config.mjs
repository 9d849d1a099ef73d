// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { cms } from './src/integrations/cms.ts';
import { CMS_FOLDER } from './src/lib/cms-bundle.ts';
import { CSP_DIRECTIVES } from './src/integrations/host-headers.ts';
import { printDocument } from './src/integrations/print-document.ts';
import { siteConfigModule } from './src/site-config.ts';
import { buildSettings } from './src/build-settings.ts';
import { finishingSteps } from './src/integrations/finishing-steps.ts';
import { finishInAstro } from './src/integrations/finish-separately.ts';

const { contentDir, publicDir, site, cacheDir } = buildSettingsOrExit();

/** A wrong handreiking.yaml is an editor's mistake: the Dutch message alone, without Astro's stack trace. */
function buildSettingsOrExit() {
  try {
    return buildSettings(process.cwd());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

export default defineConfig({
  // One cache per content folder (src/lib/cache-dir.ts); scripts/build.mjs runs one build at a time,
  // because Astro's .astro/ folder in the project root is shared.
  cacheDir,
  publicDir,
  site: site.url,
  base: site.basispad,
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: cached across pages, and no style hashes in each page's CSP
  // (hashes do not compress; the longest chapter was 0.5 KB gzip lighter).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A page whose code and cacheKey (src/lib/page-cache-key.ts) are unchanged is copied from the
  // previous build in the cache folder instead of being rendered again.
  experimental: { incrementalBuild: true },
  // Content is rendered by the content loader (src/loaders/content-loader.ts), not by Astro's Markdown
  // or MDX pipeline (no @astrojs/mdx). Astro's default Shiki would only warn about the CSP.
  markdown: { syntaxHighlight: false },
  // The order of this list is the order of the build steps (docs/architectuur.md): the content check
  // before anything is built; after the pages, each step sees what the ones before it wrote.
  integrations: [
    contentCheck({ contentDir, publicDir }),
    // /beheer/ is written right after the pages, so the steps below see it and leave it out.
    cms({ site, contentDir }),
    // The editing app is no page for readers (nor an Astro page; this guards against one).
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${site.basispad}${CMS_FOLDER}/`) }),
    printDocument(),
    // The steps that work on the finished site (search index, offline, zip, headers). scripts/build.mjs
    // runs them after Astro's process has exited, so the search index does not share memory with it.
    ...(finishInAstro() ? finishingSteps({ contentDir, site }) : []),
  ],
  vite: {
    plugins: [siteConfigModule(site)],
  },
  devToolbar: { enabled: false },
  // The directives shared with the header policy (src/integrations/host-headers.ts); Astro adds the
  // hashes of its own scripts and styles.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
