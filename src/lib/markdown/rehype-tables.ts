// Wide tables (budgets, planning) must not push the page sideways on a phone: each table gets a
// scroll container that keyboard users can reach too (WCAG 2.1.1). Column alignment becomes a class
// instead of a style attribute, which the Content-Security-Policy would block.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'td' || node.tagName === 'th') {
        // remark-gfm sets `align`; MDX would turn it into a style attribute.
        const align = node.properties.align;
        delete node.properties.align;
        if (typeof align === 'string') node.properties.className = [`align-${align}`];
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties.className as string[] | undefined)?.includes('table-scroll'))
        return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          role: 'region',
          tabIndex: 0,
          ariaLabel: 'Tabel, scroll opzij voor meer',
        },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
