// Links in MDX are written root-relative (/tips/formeer-duos/) so editors need not know where the
// site is hosted. This puts the base path in front, and marks external links.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../routes.ts';

export function rehypeLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (/^https?:\/\//.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.className = [...toList(node.properties.className), 'link-extern'];
      } else {
        node.properties.href = withBase(href, options.base);
      }
    });
  };
}

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(' ') : [];
}
