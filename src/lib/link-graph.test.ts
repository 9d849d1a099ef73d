import { describe, expect, it } from 'vitest';
import { buildLinkGraph, type GraphEntry, referencesInBody } from './link-graph.ts';

const ref = <C extends GraphEntry['collection']>(collection: C, id: string) => ({ collection, id });

const entries: GraphEntry[] = [
  {
    collection: 'hoofdstukken',
    id: 'preventie',
    data: { titel: 'Preventie', volgorde: 3, themas: [ref('themas', 'preventie')] },
    body: 'Tekst.\n\n<Tip id="formeer-duos" />\n\nZie [artikel 2.1](/wetgeving/jeugdwet-2-1/) en [VIR](/begrippen/#vir).',
  },
  {
    collection: 'hoofdstukken',
    id: 'introductie',
    data: { titel: 'Introductie', volgorde: 2, themas: [ref('themas', 'regie-en-visie')] },
    body: '<Praktijk id="zorgmail-rijswijk" />\n<Tip id="formeer-duos" />',
  },
  {
    collection: 'tips',
    id: 'formeer-duos',
    data: {
      titel: "Formeer duo's",
      themas: [ref('themas', 'samenwerking'), ref('themas', 'preventie')],
      hoofdstuk: ref('hoofdstukken', 'introductie'),
      gerelateerd: { praktijkvoorbeelden: [ref('praktijkvoorbeelden', 'zorgmail-rijswijk')] },
    },
    body: 'Maak duo’s.',
  },
  {
    collection: 'praktijkvoorbeelden',
    id: 'zorgmail-rijswijk',
    data: { titel: 'Zorgmail', themas: [ref('themas', 'samenwerking')] },
    body: 'Rijswijk.',
  },
  { collection: 'wetsartikelen', id: 'jeugdwet-2-1', data: { titel: 'Taken', themas: [ref('themas', 'preventie')] } },
  { collection: 'begrippen', id: 'vir', data: { term: 'Verwijsindex' } },
];

describe('referencesInBody', () => {
  it('finds embedded boxes and internal links in order of appearance', () => {
    expect(referencesInBody(entries[0]!.body!)).toEqual([
      ref('tips', 'formeer-duos'),
      ref('wetsartikelen', 'jeugdwet-2-1'),
      ref('begrippen', 'vir'),
    ]);
  });

  it('ignores external links and unknown folders', () => {
    expect(referencesInBody('[x](https://example.org/tips/a/) [y](/onbekend/a/)')).toEqual([]);
  });
});

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(entries);

  it('lists the chapters that cite a tip, in reading order', () => {
    expect(graph.citedBy(ref('tips', 'formeer-duos'))).toEqual([
      ref('hoofdstukken', 'introductie'),
      ref('hoofdstukken', 'preventie'),
    ]);
  });

  it('records what a chapter cites, including law articles it links to', () => {
    expect(graph.cites(ref('hoofdstukken', 'preventie'))).toContainEqual(ref('wetsartikelen', 'jeugdwet-2-1'));
    expect(graph.citedBy(ref('wetsartikelen', 'jeugdwet-2-1'))).toEqual([ref('hoofdstukken', 'preventie')]);
  });

  it('makes hand-picked related items work in both directions', () => {
    expect(graph.related(ref('tips', 'formeer-duos'))).toEqual([ref('praktijkvoorbeelden', 'zorgmail-rijswijk')]);
    expect(graph.related(ref('praktijkvoorbeelden', 'zorgmail-rijswijk'))).toEqual([ref('tips', 'formeer-duos')]);
  });

  it('collects everything of a theme across collections', () => {
    expect(graph.withTheme('preventie')).toEqual([
      ref('hoofdstukken', 'preventie'),
      ref('tips', 'formeer-duos'),
      ref('wetsartikelen', 'jeugdwet-2-1'),
    ]);
    expect(graph.withTheme('bestaat-niet')).toEqual([]);
  });

  it('does not count a link to a page that does not exist', () => {
    const lonely = buildLinkGraph([{ collection: 'tips', id: 'a', data: {}, body: '[b](/tips/b/)' }]);
    expect(lonely.cites(ref('tips', 'a'))).toEqual([]);
  });
});

describe('buildLinkGraph with a popular tip', () => {
  it('lists every page that cites it once, however many there are', () => {
    const many: GraphEntry[] = [{ collection: 'tips', id: 'populair', data: {} }];
    for (let i = 0; i < 5_000; i++) {
      many.push({
        collection: 'praktijkvoorbeelden',
        id: `vb-${i}`,
        data: { gerelateerd: { tips: [ref('tips', 'populair'), ref('tips', 'populair')] } },
        body: 'Zie [de tip](/tips/populair/) en nog eens [de tip](/tips/populair/).',
      });
    }
    const graph = buildLinkGraph(many);
    expect(graph.citedBy(ref('tips', 'populair'))).toHaveLength(5_000);
    expect(graph.related(ref('tips', 'populair'))).toHaveLength(5_000);
  });
});
