import { describe, expect, it } from 'vitest';
import { pageAddress } from './page-address.ts';

describe('pageAddress', () => {
  const root = 'file:///C:/Users/lezer/Downloads/handreiking/';

  it('points at the page file in the download, keeping the search words and the section', () => {
    expect(pageAddress('/tips/formeer-duos/?markeer=duo#aanpak', root)).toBe(
      'file:///C:/Users/lezer/Downloads/handreiking/tips/formeer-duos/index.html?markeer=duo#aanpak',
    );
    expect(pageAddress('/', root)).toBe(`${root}index.html`);
  });

  it('keeps a network share and a file name as they are', () => {
    expect(pageAddress('/begrippen/', 'file://server/deel/handreiking/')).toBe(
      'file://server/deel/handreiking/begrippen/index.html',
    );
    expect(pageAddress('/LEESMIJ.html', root)).toBe(`${root}LEESMIJ.html`);
    expect(pageAddress('https://elders.example/x/', root)).toBe('https://elders.example/x/');
  });
});
