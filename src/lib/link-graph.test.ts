import { describe, expect, it } from 'vitest';
import { scanMdx } from './content-check/mdx-scan.ts';
import { buildLinkGraph, type GraphEntry } from './link-graph.ts';
import { referencesInScan } from './references.ts';

const refs = (body: string) => referencesInScan(scanMdx(body));
const ref = <C extends GraphEntry['collection']>(collection: C, id: string) => ({ collection, id });

const entries: GraphEntry[] = [
  {
    collection: 'hoofdstukken',
    id: 'preventie',
    data: { titel: 'Preventie', volgorde: 3, themas: [ref('themas', 'preventie')] },
    references: refs(
      'Tekst.\n\n<Tip id="formeer-duos" />\n\nZie [artikel 2.1](/wetgeving/jeugdwet-2-1/) en [VIR](/begrippen/#vir).',
    ),
  },
  {
    collection: 'hoofdstukken',
    id: 'introductie',
    data: { titel: 'Introductie', volgorde: 2, themas: [ref('themas', 'regie-en-visie')] },
    references: refs('<Praktijk id="zorgmail-rijswijk" />\n<Tip id="formeer-duos" />'),
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
    references: refs('Maak duo’s.'),
  },
  {
    collection: 'praktijkvoorbeelden',
    id: 'zorgmail-rijswijk',
    data: { titel: 'Zorgmail', themas: [ref('themas', 'samenwerking')] },
    references: refs('Rijswijk.'),
  },
  { collection: 'wetsartikelen', id: 'jeugdwet-2-1', data: { titel: 'Taken', themas: [ref('themas', 'preventie')] } },
  { collection: 'begrippen', id: 'vir', data: { term: 'Verwijsindex' } },
];

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
    const lonely = buildLinkGraph([{ collection: 'tips', id: 'a', data: {}, references: refs('[b](/tips/b/)') }]);
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
        references: refs('Zie [de tip](/tips/populair/) en nog eens [de tip](/tips/populair/).'),
      });
    }
    const graph = buildLinkGraph(many);
    expect(graph.citedBy(ref('tips', 'populair'))).toHaveLength(5_000);
    expect(graph.related(ref('tips', 'populair'))).toHaveLength(5_000);
  });
});
