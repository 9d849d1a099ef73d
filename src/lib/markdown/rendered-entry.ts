// What the content store keeps of an MDX file: its data and its text rendered to HTML, with the
// headings and the entries it refers to. Made by the content loader (src/loaders/read-entries.ts),
// or already by the content check, which parses the same file (src/lib/prerendered.ts).
import type { MarkdownHeading } from 'astro';
import type { Root } from 'mdast';
import { scanTree } from '../content-check/mdx-scan.ts';
import { referencesInScan } from '../references.ts';
import type { CollectionName, EntryRef } from '../../schemas/common.ts';
import { componentsOf } from '../../schemas/registry.ts';
import type { GlossaryTerm } from './rehype-glossary.ts';
import { renderMdx } from './render-mdx.ts';
import { readGlossary } from '../glossary.ts';

export interface ReadOptions {
  base: string;
  glossary: GlossaryTerm[];
}

export type ReadEntry =
  | {
      ok: true;
      data: Record<string, unknown>;
      rendered?: { html: string; metadata: { headings: MarkdownHeading[]; references: EntryRef[] } };
    }
  | { ok: false; message: string };

/** The stored entry of an MDX file from its data and parsed text; the content check calls it too (src/lib/prerendered.ts). */
export function renderedEntry(
  collection: CollectionName,
  data: Record<string, unknown>,
  mdx: Root,
  options: ReadOptions,
): ReadEntry {
  const components = componentsOf(collection);
  const references = referencesInScan(scanTree(mdx, undefined, undefined, components));
  const { html, headings } = renderMdx(mdx, { ...options, components });
  return { ok: true, data, rendered: { html, metadata: { headings, references } } };
}

/** The render options of a build: its base path and, of the glossary, only what the renderer uses. */
export function renderOptions(contentDir: string, base: string): ReadOptions {
  // Only the terms: a changed explanation renders nothing again.
  return { base, glossary: readGlossary(contentDir).map(({ id, term, afkorting }) => ({ id, term, afkorting })) };
}
