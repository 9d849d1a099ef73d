// What a build works on, from the environment, in one place: astro.config.mjs and scripts/build.mjs
// (which runs the finishing steps after Astro) must agree on it.
import { resolve } from 'node:path';
import { cacheDirFor } from './lib/cache-dir.ts';
import { loadSiteConfig, type SiteConfig } from './site-config.ts';

export interface BuildSettings {
  contentDir: string;
  publicDir: string;
  /** content/handreiking.yaml, checked. */
  site: SiteConfig;
  /** Astro's cache folder, one per content folder (src/lib/cache-dir.ts). */
  cacheDir: string;
}

/**
 * CONTENT_DIR lets tests and the benchmark build another content folder with the same generator;
 * PUBLIC_DIR likewise (images live in public/afbeeldingen/, and a test site brings its own).
 * Throws the Dutch report when handreiking.yaml is wrong.
 */
export function buildSettings(root: string, env: Record<string, string | undefined> = process.env): BuildSettings {
  const contentDir = resolve(root, env.CONTENT_DIR ?? 'content');
  return {
    contentDir,
    publicDir: resolve(root, env.PUBLIC_DIR ?? 'public'),
    site: loadSiteConfig(resolve(contentDir, 'handreiking.yaml'), env),
    cacheDir: cacheDirFor(root, contentDir, env.ASTRO_CACHE_KEY ?? ''),
  };
}
