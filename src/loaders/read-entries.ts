// Reads content files into what the store keeps: the raw data (validated later by Astro's schema)
// and, for MDX, the rendered HTML with its headings and references. Pure Node, so the loader can run
// it in worker threads when many files changed (a cold build); see render-worker.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { parseMdx, scanTree } from '../lib/content-check/mdx-scan.ts';
import { readSource } from '../lib/content-check/source-file.ts';
import type { ContentFile } from '../lib/content-files.ts';
import type { GlossaryTerm } from '../lib/markdown/rehype-glossary.ts';
import { renderMdx } from '../lib/markdown/render-mdx.ts';
import { inWorkers } from '../lib/in-workers.ts';
import { referencesInScan } from '../lib/references.ts';
import type { EntryRef } from '../schemas/common.ts';
import { COLLECTIONS, componentsOf } from '../schemas/registry.ts';

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

export function readEntries(files: ContentFile[], options: ReadOptions): ReadEntry[] {
  return files.map((file) => readEntry(file, options));
}

function readEntry(file: ContentFile, options: ReadOptions): ReadEntry {
  const { kind } = COLLECTIONS[file.collection];
  const source = readSource(readFileSync(file.path, 'utf8'), kind);
  if (source.syntaxError) return { ok: false, message: source.syntaxError.message };
  const data = (source.data ?? {}) as Record<string, unknown>;
  if (kind === 'yaml') return { ok: true, data };
  const components = componentsOf(file.collection);
  try {
    const mdx = parseMdx(source.body);
    const references = referencesInScan(scanTree(mdx, undefined, undefined, components));
    const { html, headings } = renderMdx(mdx, { ...options, components });
    return { ok: true, data, rendered: { html, metadata: { headings, references } } };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 300;

/** {@link readEntries}, spread over worker threads when there are many files. */
export function readEntriesInParallel(root: string, files: ContentFile[], options: ReadOptions): Promise<ReadEntry[]> {
  return inWorkers({
    script: join(root, 'src/loaders/read-worker.ts'),
    jobs: files,
    threshold: WORKER_THRESHOLD,
    shared: options,
    inline: (jobs) => readEntries(jobs, options),
  });
}
