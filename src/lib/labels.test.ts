import { describe, expect, it } from 'vitest';
import { compareSearchTypes, placeLabel, SEARCH_TYPES, TYPE_LABELS } from './labels.ts';
import { PAGE_FOLDERS } from './routes.ts';

describe('search types', () => {
  it('include the type of every collection that has its own pages, and the tools', () => {
    for (const collection of Object.keys(PAGE_FOLDERS) as (keyof typeof PAGE_FOLDERS)[]) {
      expect(SEARCH_TYPES).toContain(TYPE_LABELS[collection].one);
    }
    expect(SEARCH_TYPES).toContain('Hulpmiddel');
  });

  it('sort in reading order, with every known type before an unknown one', () => {
    const shuffled = ['Onbekend', 'Hulpmiddel', ...[...SEARCH_TYPES].reverse()].filter(
      (type, index, all) => all.indexOf(type) === index,
    );
    expect(shuffled.sort(compareSearchTypes)).toEqual([...SEARCH_TYPES, 'Onbekend']);
    expect(compareSearchTypes('Hulpmiddel', 'Hoofdstuk')).toBeGreaterThan(0);
    expect(compareSearchTypes('Zzz', 'Aaa')).toBeGreaterThan(0);
  });
});

describe('placeLabel', () => {
  it('names the place and the province, or the province alone', () => {
    expect(placeLabel({ gemeente: 'Zwolle', regio: 'regio IJsselland', provincie: 'Overijssel' })).toBe(
      'Zwolle (regio IJsselland), Overijssel',
    );
    expect(placeLabel({ provincie: 'landelijk' })).toBe('landelijk');
  });
});
