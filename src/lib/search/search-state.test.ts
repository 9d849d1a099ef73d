import { describe, expect, it } from 'vitest';
import { hasSearch, nextFocus, readState, statusMessage, writeState } from './search-state.ts';

describe('search state in the URL', () => {
  it('reads words and repeated filters, ignoring unknown parameters', () => {
    expect(readState('?q=+meldcode+&type=Tip&thema=Preventie&thema=Samenwerking&x=1')).toEqual({
      query: 'meldcode',
      filters: { type: ['Tip'], thema: ['Preventie', 'Samenwerking'] },
    });
  });

  it('writes the same state back, so a search can be shared', () => {
    const state = { query: 'Veilig Thuis', filters: { provincie: ['Zuid-Holland'], type: ['Praktijkvoorbeeld'] } };
    expect(writeState(state)).toBe('?q=Veilig+Thuis&type=Praktijkvoorbeeld&provincie=Zuid-Holland');
    expect(readState(writeState(state))).toEqual({
      query: 'Veilig Thuis',
      filters: { type: ['Praktijkvoorbeeld'], provincie: ['Zuid-Holland'] },
    });
    expect(writeState({ query: '', filters: {} })).toBe('');
  });

  it('browses with filters alone', () => {
    expect(hasSearch({ query: '', filters: { provincie: ['Gelderland'] } })).toBe(true);
    expect(hasSearch({ query: '', filters: { provincie: [] } })).toBe(false);
  });
});

describe('statusMessage', () => {
  it('says how many results there are, in Dutch', () => {
    expect(statusMessage({ query: 'vir', filters: {} }, 1)).toBe('1 resultaat voor "vir".');
    expect(statusMessage({ query: '', filters: { type: ['Tip'] } }, 21)).toBe('21 resultaten met de gekozen filters.');
    expect(statusMessage({ query: 'xyz', filters: {} }, 0)).toMatch(/^Geen resultaten voor "xyz"\./);
  });
});

describe('nextFocus', () => {
  it('moves through the results and back to the search field', () => {
    expect(nextFocus(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextFocus(2, 'ArrowDown', 3)).toBe(2);
    expect(nextFocus(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextFocus(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
