// The content check's memory between runs: the result per file, keyed by the file's name and bytes
// and by the code that checked it. An unchanged file is not parsed again; the checks across files
// (references, duplicates, images) always run on every entry.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeFingerprint } from '../code-fingerprint.ts';
import type { CheckedEntry } from './integrity.ts';
import type { Problem } from './problem.ts';

export interface CachedFileResult {
  problems: Problem[];
  /** Plain-language warnings; the key includes the rules they were checked against. */
  warnings?: Problem[];
  entry?: CheckedEntry;
}

export interface CheckCache {
  get(key: string): CachedFileResult | undefined;
  set(key: string, result: CachedFileResult): void;
  /** Keeps only what this run used, so the cache never grows past the content. */
  save(): void;
}

export function openCheckCache(file: string, root: string): CheckCache {
  const fingerprint = codeFingerprint(root);
  let stored = new Map<string, CachedFileResult>();
  try {
    const data = deserialize(readFileSync(file)) as { fingerprint: string; results: Map<string, CachedFileResult> };
    if (data.fingerprint === fingerprint) stored = data.results;
  } catch {
    // No cache yet, or one from another version: check everything.
  }
  const used = new Map<string, CachedFileResult>();
  return {
    get(key) {
      const result = stored.get(key);
      if (result) used.set(key, result);
      return result;
    },
    set(key, result) {
      used.set(key, result);
    },
    save() {
      // Functions (lineOf) cannot be stored; they are made again when a result is read.
      const results = new Map(
        [...used].map(([key, result]) => [
          key,
          {
            problems: result.problems,
            warnings: result.warnings,
            entry: result.entry && { ...result.entry, lineOf: undefined },
          },
        ]),
      );
      mkdirSync(dirname(file), { recursive: true });
      // Written aside and renamed, so a check running at the same time never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ fingerprint, results }));
      renameSync(temporary, file);
    },
  };
}
