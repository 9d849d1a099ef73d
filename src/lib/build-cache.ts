// Results kept between builds in Astro's cache folder, under a key made of everything they are made
// from, so a build only redoes the work for what changed (the download, the search words). The salt
// holds what all keys share, such as a hash of the code that makes the results (src/lib/code-fingerprint.ts):
// changed code never serves an old result. Results not used in a build are dropped when the cache is saved.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export class BuildCache<T> {
  private readonly file: string | undefined;
  private readonly salt: string;
  private readonly old = new Map<string, T>();
  private readonly used = new Map<string, T>();
  /** How many results came from the cache in this build. */
  hits = 0;

  /** @param file where the cache lives between builds; without one, nothing is kept */
  constructor(file: string | undefined, salt: string) {
    this.file = file;
    this.salt = salt;
    if (file && existsSync(file)) {
      try {
        for (const [key, value] of deserialize(readFileSync(file)) as Map<string, T>) this.old.set(key, value);
      } catch {
        // A damaged cache, or one from another Node version, is only slower: start empty.
      }
    }
  }

  key(...parts: (string | Uint8Array)[]): string {
    const hash = createHash('sha1').update(this.salt);
    for (const part of parts) hash.update('\0').update(part);
    return hash.digest('hex');
  }

  /** The result kept under key, if any; it is kept for the next build too. */
  peek(key: string): T | undefined {
    const known = this.used.get(key) ?? this.old.get(key);
    if (known !== undefined) {
      this.hits++;
      this.used.set(key, known);
    }
    return known;
  }

  /** Keeps a result for the next build. It must be serializable (no functions). */
  set(key: string, value: T): void {
    this.used.set(key, value);
  }

  /** The result kept under key, or the one `make` returns (then kept for the next build). */
  async get(key: string, make: () => Promise<T> | T): Promise<T> {
    const known = this.peek(key);
    if (known !== undefined) return known;
    const value = await make();
    this.set(key, value);
    return value;
  }

  /** Writes the results of this build (not the unused ones). */
  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Written aside and renamed, so a run at the same time (`npm run controleer`) never reads half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(this.used));
    renameSync(temporary, this.file);
  }
}
