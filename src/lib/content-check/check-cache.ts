// The content check's memory between runs (src/lib/build-cache.ts): the result per file, keyed by
// the file's name and bytes, the plain-language rules and the code that checked it. An unchanged file
// is not parsed again; the checks across files (references, duplicates, images) always run on every entry.
import { BuildCache } from '../build-cache.ts';
import { codeFingerprint } from '../code-fingerprint.ts';
import type { CheckedEntry } from './integrity.ts';
import type { Problem } from './problem.ts';

export interface CachedFileResult {
  problems: Problem[];
  /** Plain-language warnings; the key includes the rules they were checked against. */
  warnings?: Problem[];
  entry?: CheckedEntry;
}

export function openCheckCache(file: string, root: string): BuildCache<CachedFileResult> {
  return new BuildCache(file, codeFingerprint(root));
}

/** What is kept of a result: functions (lineOf) cannot be stored, and are made again when it is read. */
export function storable(result: CachedFileResult): CachedFileResult {
  return {
    problems: result.problems,
    warnings: result.warnings,
    entry: result.entry && { ...result.entry, lineOf: undefined as unknown as CheckedEntry['lineOf'] },
  };
}
