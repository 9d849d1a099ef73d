// Renders an MDX body to HTML as data, never as code. The tree comes from the same parser as the
// content check (parseMdx); the only components are the three boxes: <Info> is drawn here, <Tip> and
// <Praktijk> become placeholders that the page fills with the embedded entry (embed-boxes.ts).
// Anything else (import/export, {expressions}, unknown components, other-host images, relative
// paths) cannot be rendered at all: the renderer throws. Security by construction; the content check
// exists to turn the same rules into a friendly Dutch message first.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, type Handler, type State, toHast } from 'mdast-util-to-hast';
import { smartPunctuation } from './smartypants.ts';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { EMBED_COLLECTIONS, type EmbedComponent } from '../content-check/mdx-scan.ts';
import { withBase } from '../routes.ts';
import { boxElement } from './boxes.ts';
import { type GlossaryTerm, rehypeGlossary } from './rehype-glossary.ts';
import { rehypeLinks } from './rehype-links.ts';
import { rehypeTables } from './rehype-tables.ts';
import { classifyImage, classifyLink } from './urls.ts';

export interface RenderOptions {
  /** The site's base path, put in front of site-relative links and images. */
  base: string;
  glossary: GlossaryTerm[];
  /** Components this collection may use. */
  components: readonly string[];
}

export interface RenderedMdx {
  html: string;
  headings: MarkdownHeading[];
}

/** The placeholder for an embedded tip or example; only this renderer writes it. */
export const PLACEHOLDER_TAG = 'handreiking-kader';
/** Where a tool page's interactive part goes (<Hulpmiddel />); the page splits its text there. */
export const TOOL_PLACEHOLDER = '<handreiking-hulpmiddel></handreiking-hulpmiddel>';

/** Serialisation as close as possible to what Astro wrote for the same text (`&amp;`, bare attributes). */
export const HTML_OPTIONS = {
  collapseEmptyAttributes: true,
  characterReferences: { useNamedReferences: true },
} as const;

export class RenderRefusal extends Error {
  override name = 'Weigering';
}

const FOOTNOTES = {
  footnoteLabel: 'Voetnoten',
  // Only an arrow is visible, so the spoken label (with the number) never contradicts it.
  footnoteBackContent: '↩',
  footnoteBackLabel: (_index: number, rereference: number) =>
    rereference > 1 ? `Terug naar de tekst (${rereference})` : 'Terug naar de tekst',
};

export function renderMdx(tree: MdastRoot, options: RenderOptions): RenderedMdx {
  // Typographic quotes and dashes, as Astro's Markdown does by default ('x' → ‘x’, -- → –).
  smartPunctuation(tree);
  const hast = toHast(tree, {
    ...FOOTNOTES,
    handlers: handlers(options),
    unknownHandler: (_state, node) => refuse(`onbekend onderdeel "${node.type}"`),
  }) as HastRoot;

  rehypeLinks({ base: options.base })(hast);
  rehypeTables()(hast);
  rehypeGlossary({ terms: options.glossary, base: options.base })(hast);
  // Astro's own heading ids, so anchors stay what they were when Astro rendered the MDX.
  const file = new VFile({ path: 'inhoud.mdx' });
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, file);
  const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
  avoidLayoutIds(hast, headings);

  return { html: toHtml(hast, HTML_OPTIONS), headings };
}

function handlers(options: RenderOptions): Record<string, Handler> {
  const jsx = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => {
    const name = node.name ?? '';
    if (!options.components.includes(name)) refuse(`<${name}>`);
    const attributes = new Map<string, string>();
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') refuse(`code in <${name}>`);
      attributes.set(attribute.name, attribute.value);
    }
    if (name === 'Info') {
      const allowed = new Set(['titel']);
      for (const key of attributes.keys()) if (!allowed.has(key)) refuse(`<Info ${key}>`);
      return boxElement({
        kind: 'info',
        title: attributes.get('titel'),
        children: state.wrap(state.all(node), true) as ElementContent[],
      });
    }
    if (name === 'Hulpmiddel') {
      if (attributes.size > 0) refuse('<Hulpmiddel …>');
      return { type: 'element', tagName: 'handreiking-hulpmiddel', properties: {}, children: [] };
    }
    const collection = EMBED_COLLECTIONS[name as EmbedComponent];
    const id = attributes.get('id');
    if (!collection || !id || attributes.size !== 1 || !/^[a-z0-9-]+$/.test(id)) refuse(`<${name}>`);
    return {
      type: 'element',
      tagName: PLACEHOLDER_TAG,
      properties: { dataCollection: collection, dataId: id },
      children: [],
    };
  };
  return {
    mdxJsxFlowElement: jsx as Handler,
    mdxJsxTextElement: jsx as Handler,
    mdxjsEsm: () => refuse('import/export'),
    mdxFlowExpression: () => refuse('{…}'),
    mdxTextExpression: () => refuse('{…}'),
    html: () => refuse('HTML'),
    image: (state, node: Extract<Nodes, { type: 'image' }>) => image(state, node, node.url, node.alt, options.base),
    imageReference: (state, node: Extract<Nodes, { type: 'imageReference' }>) => {
      const definition = state.definitionById.get(node.identifier.toUpperCase());
      if (!definition) return { type: 'text', value: `![${node.alt ?? ''}]` };
      return image(state, node, definition.url, node.alt, options.base);
    },
    link: (state, node: Extract<Nodes, { type: 'link' }>) => {
      if (classifyLink(node.url).kind === 'refused') refuse(`link ${node.url}`);
      return defaultHandlers.link(state, node);
    },
    linkReference: (state, node: Extract<Nodes, { type: 'linkReference' }>) => {
      const definition = state.definitionById.get(node.identifier.toUpperCase());
      if (definition && classifyLink(definition.url).kind === 'refused') refuse(`link ${definition.url}`);
      return defaultHandlers.linkReference(state, node);
    },
  };
}

function image(state: State, node: Nodes, url: string, alt: string | null | undefined, base: string): Element {
  const target = classifyImage(url);
  if (target.kind !== 'image' || !alt?.trim()) refuse(`afbeelding ${url}`);
  const result: Element = {
    type: 'element',
    tagName: 'img',
    properties: { src: withBase(target.path, base), alt, loading: 'lazy', decoding: 'async' },
    children: [],
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

/**
 * Ids the page layout itself uses (the skip link's target, the menu, the footer's offline box): a
 * heading "## Inhoud" must not take over `#inhoud`. Such a heading gets `-kop` after its id.
 */
export const LAYOUT_IDS = new Set(['inhoud', 'hoofdmenu', 'offline-titel', 'site-search-q', 'toc-titel']);

function avoidLayoutIds(tree: HastRoot, headings: MarkdownHeading[]) {
  const renamed = new Map<string, string>();
  for (const heading of headings) {
    if (!LAYOUT_IDS.has(heading.slug)) continue;
    renamed.set(heading.slug, `${heading.slug}-kop`);
    heading.slug = `${heading.slug}-kop`;
  }
  if (renamed.size === 0) return;
  visit(tree, 'element', (node) => {
    const id = String(node.properties.id);
    if (/^h[1-6]$/.test(node.tagName) && renamed.has(id)) node.properties.id = renamed.get(id)!;
  });
}

function refuse(what: string): never {
  throw new RenderRefusal(`Niet toegestaan in de tekst: ${what}.`);
}
