// The rendered text of an MDX entry lives in a file of its own in Astro's cache folder, not in the
// content store. Astro bundles the whole store into the build as one JavaScript string; with the HTML
// of 10,000 examples in it, bundling and holding that string took most of the build's memory. The
// store keeps the path (rendered.metadata.htmlFile), the headings and references; pages read the HTML
// when they need it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StoredRendering {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The path of an entry's HTML file, if its rendering is kept in one. */
export function htmlFileOf(rendered: StoredRendering | undefined): string | undefined {
  const file = rendered?.metadata?.htmlFile;
  return typeof file === 'string' ? file : undefined;
}

/**
 * Writes the HTML to `<dir>/<id>.<digest>.html` and returns the rendering to store without it.
 * The digest in the name keeps an old build's file apart from a new one's.
 */
export function storeHtmlAside(dir: string, id: string, digest: string, rendered: StoredRendering): StoredRendering {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}.${digest.replace(/[^a-zA-Z0-9]/g, '')}.html`);
  writeFileSync(file, rendered.html);
  return { html: '', metadata: { ...rendered.metadata, htmlFile: file } };
}

/** An entry's rendered HTML: from its file, or from the store for a rendering kept there. */
export function entryHtml(entry: { rendered?: StoredRendering }): string {
  const file = htmlFileOf(entry.rendered);
  return file ? readFileSync(file, 'utf8') : (entry.rendered?.html ?? '');
}

/** Whether the rendering can still be read (the cache folder may have been cleaned in part). */
export function htmlIsThere(rendered: StoredRendering | undefined): boolean {
  const file = htmlFileOf(rendered);
  return file === undefined || existsSync(file);
}

/** Removes the file of a rendering that is replaced or whose entry is gone. */
export function removeHtml(rendered: StoredRendering | undefined): void {
  const file = htmlFileOf(rendered);
  if (file) rmSync(file, { force: true });
}
