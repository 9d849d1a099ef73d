// The frame of the three boxes (Tip, In de praktijk, Achtergrond), as a syntax tree. The renderer
// draws <Info> boxes with it, and pages draw embedded tips and examples with it, so the markup of a
// box is written once. Styles: src/styles/boxes.css. Each kind has its own label, icon and border
// style, so the kinds differ by more than colour alone.
import type { Element, ElementContent } from 'hast';

export type BoxKind = 'tip' | 'praktijk' | 'info';

export const BOX_LABELS: Record<BoxKind, string> = {
  tip: 'Tip',
  praktijk: 'In de praktijk',
  info: 'Achtergrond',
};

// Simple line icons (24×24), drawn in the box's accent colour.
const ICONS: Record<BoxKind, string> = {
  tip: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3z',
  praktijk: 'M3 21h18M5 21V10M19 21V10M9 21v-7h6v7M2 10l10-7 10 7',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 11v6M12 7h.01',
};

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

export interface BoxOptions {
  kind: BoxKind;
  title?: string;
  children: ElementContent[];
  /** A "Meer over …" link under the box. */
  more?: { href: string; label: string; title: string };
}

export function boxElement({ kind, title, children, more }: BoxOptions): Element {
  const label = BOX_LABELS[kind];
  const content: ElementContent[] = [
    element('p', { className: ['kader__label'] }, [
      element(
        'svg',
        { className: ['kader__icon'], ariaHidden: 'true', viewBox: '0 0 24 24', width: '20', height: '20' },
        [element('path', { d: ICONS[kind] })],
      ),
      text(label),
    ]),
  ];
  if (title) content.push(element('p', { className: ['kader__titel'] }, [text(title)]));
  content.push(element('div', { className: ['kader__inhoud'] }, children));
  if (more) {
    content.push(
      element('p', { className: ['kader__meer', 'no-print'] }, [
        element('a', { href: more.href }, [
          text(more.label),
          element('span', { className: ['visually-hidden'] }, [text(`: ${more.title}`)]),
        ]),
      ]),
    );
  }
  return element(
    'aside',
    { className: ['kader', `kader--${kind}`], ariaLabel: title ? `${label}: ${title}` : label },
    content,
  );
}

/** Headings inside a box would break the page's heading outline (an h2 inside an h3 section). */
export function headingsToBoxSubheadings(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const children = headingsToBoxSubheadings(node.children);
    if (/^h[1-6]$/.test(node.tagName)) return element('p', { className: ['kader__tussenkop'] }, children);
    return { ...node, children };
  });
}
