// The plan document (document.ts) as HTML for paper: the print version under the editor, and the
// live budget table in the editor. Same order and texts as the Markdown download.
import { el } from '../dom.ts';
import { type Block, planDocument, type TableBlock } from './document.ts';
import type { Plan } from './model.ts';

export function tableElement(block: TableBlock): HTMLElement {
  const numeric = (index: number) => (block.numeric.includes(index) ? { class: 'numeric' } : {});
  return el(
    'table',
    { class: 'tool-table' },
    el('caption', { class: 'visually-hidden' }, block.caption),
    el('thead', {}, el('tr', {}, ...block.head.map((text, i) => el('th', { scope: 'col', ...numeric(i) }, text)))),
    el('tbody', {}, ...block.rows.map((cells) => el('tr', {}, ...cells.map((text, i) => el('td', numeric(i), text))))),
    el(
      'tfoot',
      {},
      el(
        'tr',
        {},
        ...block.total.map((text, i) =>
          i === 0 ? el('th', { scope: 'row' }, text) : el('td', numeric(i), el('strong', {}, text)),
        ),
      ),
    ),
  );
}

function blockElement(block: Block): HTMLElement {
  switch (block.kind) {
    case 'heading':
      // The page has its own h1; the plan's headings sit one level below it.
      return el(block.level === 1 ? 'h2' : 'h3', {}, block.text);
    case 'paragraph':
      return el('p', { class: 'plan-print__tekst' }, block.text);
    case 'links':
      return el(
        'div',
        {},
        el('p', {}, block.intro),
        el(
          'ul',
          {},
          ...block.links.map((link) => el('li', {}, `${link.label}: `, el('a', { href: link.url }, link.title))),
        ),
      );
    case 'table':
      return tableElement(block);
  }
}

/** A read-only version of the plan for paper. */
export function printElements(plan: Plan): HTMLElement[] {
  return planDocument(plan).map(blockElement);
}
