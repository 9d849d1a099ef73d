// Fills the placeholders the renderer left for <Tip id="…" /> and <Praktijk id="…" /> with the
// embedded entry, drawn in its box. Runs when a page is rendered, because the box shows the embedded
// entry as it is now: a changed tip appears in every chapter without rendering the chapters again.
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { type BoxKind, boxElement, headingsToBoxSubheadings } from './boxes.ts';
import { HTML_OPTIONS, PLACEHOLDER_TAG } from './render-mdx.ts';

export interface EmbeddedEntry {
  kind: Extract<BoxKind, 'tip' | 'praktijk'>;
  title: string;
  /** The entry's body as rendered for its own page; {@link boxVariant} adapts it to the box. */
  html: string;
  href: string;
  /** A line above the text, e.g. the municipality of a practice example. */
  meta?: string;
}

const PLACEHOLDER = new RegExp(
  `<${PLACEHOLDER_TAG} data-collection="([a-z]+)" data-id="([a-z0-9-]+)"></${PLACEHOLDER_TAG}>`,
  'g',
);

const MORE_LABELS = { tip: 'Meer over deze tip', praktijk: 'Meer over dit voorbeeld' } as const;

/**
 * @param find the entry for a placeholder; undefined stops the page (the content check makes sure
 *   every embedded id exists, so this only happens when code and content disagree)
 */
export function expandEmbeds(
  html: string,
  find: (collection: string, id: string) => EmbeddedEntry | undefined,
): string {
  return html.replace(PLACEHOLDER, (_placeholder, collection: string, id: string) => {
    const entry = find(collection, id);
    if (!entry) throw new Error(`Ingebed onderdeel ${collection}/${id} bestaat niet.`);
    const children: ElementContent[] = [];
    if (entry.meta) {
      children.push({
        type: 'element',
        tagName: 'p',
        properties: { className: ['meta'] },
        children: [{ type: 'text', value: entry.meta }],
      });
    }
    children.push(...boxVariant(entry.html));
    const box = boxElement({
      kind: entry.kind,
      title: entry.title,
      children,
      more: { href: entry.href, label: MORE_LABELS[entry.kind], title: entry.title },
    });
    return toHtml(box, HTML_OPTIONS);
  });
}

const boxVariants = new Map<string, ElementContent[]>();

/**
 * An entry's text as it appears inside a box: headings become bold lines without ids, because a
 * heading would break the chapter's outline and its id would clash with the chapter's own. Made
 * when a page needs it (a few dozen boxes per build), not stored for every entry.
 */
export function boxVariant(html: string): ElementContent[] {
  let children = boxVariants.get(html);
  if (!children) {
    children = headingsToBoxSubheadings(
      withoutHeadingIds(fromHtml(html, { fragment: true }).children as ElementContent[]),
    );
    boxVariants.set(html, children);
  }
  return children;
}

function withoutHeadingIds(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const properties = { ...node.properties };
    if (/^h[1-6]$/.test(node.tagName)) delete properties.id;
    return { ...node, properties, children: withoutHeadingIds(node.children) };
  });
}
