// In the whole-handreiking document each chapter title is an h2, so the chapter's own headings move
// one level down (h2 → h3 … h5 → h6). Works on the HTML the content loader rendered.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { HTML_OPTIONS } from './render-mdx.ts';

export function shiftHeadings(html: string, levels = 1): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + levels)}`;
  });
  return toHtml(tree, HTML_OPTIONS);
}
