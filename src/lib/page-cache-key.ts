// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs). Astro copies
// a page from the previous build, instead of rendering it, when the page's code is unchanged and the
// cacheKey its getStaticPaths() returns is the same as last time. So the key has to change whenever
// anything the page shows changes:
// - the site fingerprint: every entry's frontmatter, headings and references, and the site's
//   settings. Lists, menus, backlinks and boxes are made from these, so a change here renders every
//   page again (the safe default);
// - the texts the page itself shows: its own and those its text embeds or links to, by the digest
//   the content loader gave each file (its text plus the renderer's code and settings).
// Only an edit to the wording of a text therefore renders a handful of pages instead of all of them.
import { createHash } from 'node:crypto';

export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  /** The content loader's digest of the file (text, renderer code, settings). */
  digest?: string;
  rendered?: { metadata?: Record<string, unknown> };
}

/** Everything of an entry that other pages can show: all but its rendered text. */
function outline(entry: KeyedEntry): unknown {
  const metadata = entry.rendered?.metadata ?? {};
  return [entry.collection, entry.id, entry.data, metadata.headings ?? null, metadata.references ?? null];
}

/**
 * A hash of what every page may show of every entry, plus `extra` (settings, dates): any change to it
 * means every keyed page is rendered again.
 */
export function siteFingerprint(entries: Iterable<KeyedEntry>, extra: unknown = null): string {
  const hash = createHash('sha256').update(JSON.stringify(extra));
  for (const entry of entries) hash.update('\n').update(JSON.stringify(outline(entry)));
  return hash.digest('hex');
}

/**
 * The cacheKey of a page: the site fingerprint plus the texts it shows, or undefined (the page is
 * always rendered) when a text has no digest to go by.
 */
export function pageCacheKey(fingerprint: string, texts: KeyedEntry[], extra: unknown = null): string | undefined {
  if (texts.some((entry) => !entry.digest)) return undefined;
  const hash = createHash('sha256').update(fingerprint).update('\n').update(JSON.stringify(extra));
  for (const entry of texts) hash.update(`\n${entry.collection}/${entry.id}:${entry.digest}`);
  return hash.digest('hex');
}
