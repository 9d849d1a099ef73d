import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbours, pages, tableOfContents } from './navigation.ts';

describe('neighbours', () => {
  const chapters = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives the previous and next chapter', () => {
    expect(neighbours(chapters, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
  });
  it('has no previous on the first and no next on the last chapter', () => {
    expect(neighbours(chapters, 'a').previous).toBeUndefined();
    expect(neighbours(chapters, 'c').next).toBeUndefined();
  });
});

describe('inReadingOrder', () => {
  it('sorts by volgorde', () => {
    const sorted = inReadingOrder([{ data: { volgorde: 3 } }, { data: { volgorde: 1 } }]);
    expect(sorted.map((chapter) => chapter.data.volgorde)).toEqual([1, 3]);
  });
});

describe('tableOfContents', () => {
  const heading = (depth: number) => ({ depth, slug: `h${depth}`, text: 'x' });
  it('keeps levels 2 and 3 when there are at least three sections', () => {
    expect(tableOfContents([heading(2), heading(3), heading(4), heading(2), heading(2)]).map((h) => h.depth)).toEqual([
      2, 3, 2, 2,
    ]);
  });
  it('is empty for short pages', () => {
    expect(tableOfContents([heading(2), heading(2)])).toEqual([]);
  });
});

describe('pages', () => {
  it('splits a list into pages and always has a first page', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 2)).toEqual([[]]);
  });
});
