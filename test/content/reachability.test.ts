// Every practice example hangs from a chapter in the link graph, so an orphan is caught without building the site.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { graphOfCheckedEntries } from '../helpers/content-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the link graph of the handreiking', () => {
  it('has every practice example cited by at least one chapter', async () => {
    const { entries } = await checkContent(resolve(ROOT, 'content'), ROOT);
    const graph = graphOfCheckedEntries(entries);
    const examples = entries.filter((entry) => entry.collection === 'praktijkvoorbeelden');
    expect(examples.length).toBeGreaterThan(30);
    const orphans = examples
      .filter(
        (example) =>
          !graph
            .citedBy({ collection: 'praktijkvoorbeelden', id: example.id })
            .some((ref) => ref.collection === 'hoofdstukken'),
      )
      .map((example) => example.file);
    expect(orphans).toEqual([]);
  });
});
