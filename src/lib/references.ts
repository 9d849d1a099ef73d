// The one reference extractor. In data: every { collection, id } a schema's reference() made. In text: which entries an MDX body embeds (<Tip>, <Praktijk>) or links
// to (/tips/…/, /begrippen/#…), in order of appearance. Read from the checker's syntax-tree scan, so
// whatever the check accepts (single quotes, reference-style links) is also a backlink.
import type { EntryRef } from '../schemas/common.ts';
import { EMBED_COLLECTIONS, type MdxScan } from './content-check/mdx-scan.ts';
import { entryOfPath } from './routes.ts';

export function referencesInScan(scan: Pick<MdxScan, 'embeds' | 'links'>): EntryRef[] {
  const found: { line: number; ref: EntryRef }[] = [];
  for (const embed of scan.embeds) {
    found.push({ line: embed.line ?? 0, ref: { collection: EMBED_COLLECTIONS[embed.component], id: embed.id } });
  }
  for (const link of scan.links) {
    const ref = entryOfPath(link.url);
    if (ref) found.push({ line: link.line ?? 0, ref });
  }
  // Array.prototype.sort is stable: on one line, boxes come before links, as in the text's order.
  return found.sort((a, b) => a.line - b.line).map(({ ref }) => ref);
}

function isRef(value: unknown): value is EntryRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    'collection' in value &&
    'id' in value &&
    Object.keys(value).length === 2
  );
}

/** Every reference in an entry's data, with the path of the field it sits in. */
export function findReferences(
  data: unknown,
  path: (string | number)[] = [],
): { ref: EntryRef; path: (string | number)[] }[] {
  if (isRef(data)) return [{ ref: data, path }];
  if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, [...path, key]));
  }
  return [];
}
