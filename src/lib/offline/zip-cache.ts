// The download's entries, deflated, kept between builds (src/lib/build-cache.ts): a page that did not
// change since the last build is neither rewritten for the download nor compressed again.
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { BuildCache } from '../build-cache.ts';
import { codeHash } from '../code-fingerprint.ts';

/** One file, deflated (raw), with what the zip's headers need. */
export interface PackedFile {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

export interface CachedEntry {
  packed: PackedFile;
  /** For a page: the bundles it loads and the classic scripts made from its inline scripts. */
  scripts?: string[];
  files?: [string, string][];
}

const deflate = promisify(deflateRaw);

/**
 * Deflates a file with Node's zlib (native, several times faster than a JavaScript deflate), in its
 * thread pool: the next page is rewritten while this one is compressed.
 */
export async function pack(content: Uint8Array): Promise<PackedFile> {
  const data = await deflate(content, { level: 6 });
  return { crc: crc32(content), size: content.length, data };
}

/**
 * @param root the project root, whose src/lib/offline/ makes the entries
 * @param salt what every entry depends on besides its own file (base path, address, the site's scripts)
 */
export function zipCache(root: string, file: string | undefined, salt: string): BuildCache<CachedEntry> {
  return new BuildCache(file, `${codeHash(root, ['src/lib/offline'])}\n${salt}`);
}
