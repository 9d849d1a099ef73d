import { describe, expect, it } from 'vitest';
import { scanMdx } from './content-check/mdx-scan.ts';
import { findReferences, referencesInScan } from './references.ts';

const refs = (body: string) => referencesInScan(scanMdx(body));

describe('referencesInScan', () => {
  it('finds embedded boxes and internal links in order of appearance', () => {
    expect(
      refs(
        'Tekst.\n\n<Tip id="formeer-duos" />\n\nZie [artikel 2.1](/wetgeving/jeugdwet-2-1/) en [VIR](/begrippen/#vir).',
      ),
    ).toEqual([
      { collection: 'tips', id: 'formeer-duos' },
      { collection: 'wetsartikelen', id: 'jeugdwet-2-1' },
      { collection: 'begrippen', id: 'vir' },
    ]);
  });

  it('reads what the check accepts, whatever the quoting or link style', () => {
    expect(refs("<Praktijk id='zorgmail-rijswijk' />\n\nZie [de tip][1].\n\n[1]: /tips/ga-praten/")).toEqual([
      { collection: 'praktijkvoorbeelden', id: 'zorgmail-rijswijk' },
      { collection: 'tips', id: 'ga-praten' },
    ]);
  });

  it('ignores external links, list pages and unknown folders', () => {
    expect(refs('[x](https://example.org/tips/a/) [y](/onbekend/a/) [z](/tips/)')).toEqual([]);
  });
});

describe('findReferences', () => {
  it('finds references with the path of their field', () => {
    const data = {
      themas: [{ collection: 'themas', id: 'a' }],
      bron: { document: { collection: 'bronnen', id: 'b' } },
    };
    expect(findReferences(data)).toEqual([
      { ref: { collection: 'themas', id: 'a' }, path: ['themas', 0] },
      { ref: { collection: 'bronnen', id: 'b' }, path: ['bron', 'document'] },
    ]);
  });
});
