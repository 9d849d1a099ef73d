// Entries the content check already rendered in this build. The check parses every new or changed
// MDX file anyway; when it is asked to (the build, not `npm run controleer`), it also renders each
// file that has no problems, and the loader takes that result instead of parsing and rendering the
// same text again. A result is found only under the same file, text and render options.
//
// The check runs in Astro's configuration, the loader in its content layer: two module instances of
// this file. The results therefore live on globalThis, under a registered symbol.
import { createHash } from 'node:crypto';
import type { ReadEntry, ReadOptions } from './markdown/rendered-entry.ts';

const OFFERED = Symbol.for('handreiking.prerendered');
const offered = ((globalThis as Record<symbol, unknown>)[OFFERED] ??= new Map()) as Map<string, ReadEntry>;

export function prerenderKey(path: string, text: string, options: ReadOptions): string {
  return createHash('sha1')
    .update(path)
    .update('\0')
    .update(text)
    .update('\0')
    .update(JSON.stringify(options))
    .digest('hex');
}

export function offerPrerendered(key: string, entry: ReadEntry): void {
  offered.set(key, entry);
}

/** The entry rendered under key, once: it is dropped here, the loader's store keeps it from now on. */
export function takePrerendered(key: string): ReadEntry | undefined {
  const entry = offered.get(key);
  offered.delete(key);
  return entry;
}

/** Forgets what was not taken (a collection the loader did not read), so no memory is held. */
export function clearPrerendered(): void {
  offered.clear();
}
