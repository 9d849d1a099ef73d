import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from './rehype-tables.ts';

describe('rehypeTables', () => {
  it('wraps a table in a keyboard-reachable scroll region and moves alignment into a class', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'table',
          properties: {},
          children: [{ type: 'element', tagName: 'td', properties: { align: 'right' }, children: [] }],
        },
      ],
    };
    rehypeTables()(tree);
    expect(toHtml(tree)).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel, scroll opzij voor meer"><table><td class="align-right"></td></table></div>',
    );
  });
});
