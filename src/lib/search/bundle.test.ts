// Where the search page finds Pagefind's script, under the site's base path.
import { describe, expect, it } from 'vitest';
import { searchScript } from './bundle.ts';

describe('search bundle', () => {
  it("names Pagefind's script under the base path", () => {
    expect(searchScript('/')).toBe('/pagefind/pagefind.js');
    expect(searchScript('/handreiking/')).toBe('/handreiking/pagefind/pagefind.js');
  });
});
