// Reads content files into what the store keeps: the raw data (validated later by Astro's schema)
// and, for MDX, the rendered HTML with its headings and references. Pure Node, so the loader can run
// it in worker processes when many files changed (a cold build); see read-worker.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdx } from '../lib/content-check/mdx-scan.ts';
import { readSource } from '../lib/content-check/source-file.ts';
import type { ContentFile } from '../lib/content-files.ts';
import { type ReadEntry, type ReadOptions, renderedEntry } from '../lib/markdown/rendered-entry.ts';
import { inWorkers } from '../lib/in-workers.ts';
import { COLLECTIONS } from '../schemas/registry.ts';

export type { ReadEntry, ReadOptions } from '../lib/markdown/rendered-entry.ts';

export function readEntries(files: ContentFile[], options: ReadOptions): ReadEntry[] {
  return files.map((file) => readEntry(file, options));
}

function readEntry(file: ContentFile, options: ReadOptions): ReadEntry {
  const { kind } = COLLECTIONS[file.collection];
  const source = readSource(readFileSync(file.path, 'utf8'), kind);
  if (source.syntaxError) return { ok: false, message: source.syntaxError.message };
  const data = (source.data ?? {}) as Record<string, unknown>;
  if (kind === 'yaml') return { ok: true, data };
  try {
    return renderedEntry(file.collection, data, parseMdx(source.body), options);
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
