// The link graph of checked content, without building the site: what the tests of the real
// handreiking ask of it (who cites whom).
import type { CheckedEntry } from '../../src/lib/content-check/index.ts';
import { buildLinkGraph } from '../../src/lib/link-graph.ts';
import { referencesInScan } from '../../src/lib/references.ts';

export function graphOfCheckedEntries(entries: CheckedEntry[]) {
  return buildLinkGraph(
    entries.map((entry) => ({
      collection: entry.collection,
      id: entry.id,
      data: entry.data,
      references: entry.scan ? referencesInScan(entry.scan) : undefined,
    })),
  );
}
