// The link graph: who cites whom, what is related, what belongs to a theme. Built once per build
// from the content itself, so backlinks are never maintained by hand. Linear in the content size.
import type { CollectionName, EntryRef } from '../schemas/common.ts';
import { findReferences } from './references.ts';

export interface GraphEntry {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** Entries the text embeds or links to, in order (see references.ts). */
  references?: EntryRef[];
}

export interface LinkGraph {
  get(ref: EntryRef): GraphEntry | undefined;
  /** Pages whose text embeds or links to `ref`, chapters first in reading order. */
  citedBy(ref: EntryRef): EntryRef[];
  /** Pages `ref`'s text embeds or links to, in order of appearance. */
  cites(ref: EntryRef): EntryRef[];
  /** Related items picked by hand in either direction (`gerelateerd`), without duplicates. */
  related(ref: EntryRef): EntryRef[];
  /** Every entry that lists the theme in its `themas`. */
  withTheme(themeId: string): EntryRef[];
}

const key = (ref: EntryRef) => `${ref.collection}/${ref.id}`;

export function buildLinkGraph(entries: GraphEntry[]): LinkGraph {
  const byKey = new Map(entries.map((entry) => [key(entry), entry]));
  const cites = new Map<string, EntryRef[]>();
  const citedBy = new Map<string, EntryRef[]>();
  const related = new Map<string, EntryRef[]>();
  const themes = new Map<string, EntryRef[]>();
  // One set of "at → ref" pairs for all lists, so adding stays O(1) however popular a page is.
  const seen = new Set<string>();

  const push = (map: Map<string, EntryRef[]>, at: string, ref: EntryRef) => {
    const pair = `${map === cites ? 'c' : map === citedBy ? 'b' : map === related ? 'r' : 't'}|${at}|${key(ref)}`;
    if (seen.has(pair)) return;
    seen.add(pair);
    const list = map.get(at);
    if (list) list.push(ref);
    else map.set(at, [ref]);
  };

  for (const entry of entries) {
    const self: EntryRef = { collection: entry.collection, id: entry.id };
    for (const target of entry.references ?? []) {
      if (!byKey.has(key(target)) || key(target) === key(self)) continue;
      push(cites, key(self), target);
      push(citedBy, key(target), self);
    }
    for (const { ref, path } of findReferences(entry.data)) {
      if (path[0] === 'gerelateerd' && byKey.has(key(ref))) {
        push(related, key(self), ref);
        push(related, key(ref), self);
      }
      if (path[0] === 'themas') push(themes, ref.id, self);
    }
  }

  const order = (ref: EntryRef) => {
    const data = byKey.get(key(ref))?.data;
    return ref.collection === 'hoofdstukken' ? Number(data?.volgorde ?? 0) : Number.MAX_SAFE_INTEGER;
  };

  for (const list of citedBy.values()) list.sort((a, b) => order(a) - order(b));

  return {
    get: (ref) => byKey.get(key(ref)),
    citedBy: (ref) => citedBy.get(key(ref)) ?? [],
    cites: (ref) => cites.get(key(ref)) ?? [],
    related: (ref) => related.get(key(ref)) ?? [],
    withTheme: (themeId) => themes.get(themeId) ?? [],
  };
}
