// Fills the placeholders the renderer left for <Tip id="…" /> and <Praktijk id="…" /> with the
// embedded entry, drawn in its box. Runs when a page is rendered, because the box shows the embedded
// entry as it is now: a changed tip appears in every chapter without rendering the chapters again.
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { type BoxKind, boxElement } from './boxes.ts';
import { HTML_OPTIONS, PLACEHOLDER_TAG } from './render-mdx.ts';

export interface EmbeddedEntry {
  kind: Extract<BoxKind, 'tip' | 'praktijk'>;
  title: string;
  /** The entry's body as rendered for a box (render-mdx.ts `boxHtml`). */
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
    // The body is HTML this site's renderer made from the entry; it is placed as is.
    children.push({ type: 'raw', value: entry.html } as unknown as ElementContent);
    const box = boxElement({
      kind: entry.kind,
      title: entry.title,
      children,
      more: { href: entry.href, label: MORE_LABELS[entry.kind], title: entry.title },
    });
    return toHtml(box, { ...HTML_OPTIONS, allowDangerousHtml: true });
  });
}
