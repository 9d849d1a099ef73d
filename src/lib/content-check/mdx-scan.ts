// Reads an MDX body as a syntax tree without running it: finds the boxes it embeds, the links it
// makes and anything that is not allowed. MDX compiles to JavaScript, so code from a pull request
// must be stopped here, before Astro ever compiles it.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { classifyImage, classifyLink } from '../markdown/urls.ts';
import { EMBED_COLLECTIONS, type EmbedComponent } from '../../schemas/registry.ts';
import { ALLOWED_COMPONENTS, checkJsx, type JsxNode, type MdxScan } from './mdx-components.ts';

export { EMBED_COLLECTIONS, type EmbedComponent };
export type { Embed, Link, MdxScan, Violation } from './mdx-components.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The one MDX parser: the check, the link graph and the renderer all read this tree. */
export function parseMdx(body: string): Root {
  return parser.parse(body);
}

/**
 * @param body the MDX text after the frontmatter
 * @param firstLine the line in the file where `body` starts, so lines in messages match the file
 * @param allowed component names allowed in this collection
 */
export function scanMdx(
  body: string,
  firstLine = 1,
  allowed: readonly string[] = Object.keys(ALLOWED_COMPONENTS),
): MdxScan {
  return parseAndScan(body, firstLine, allowed).scan;
}

/** Emphasis markers in one paragraph beyond which parsing slows down badly (quadratic in micromark). */
const MAX_MARKERS_PER_PARAGRAPH = 400;
/** Nesting deeper than this (quotes in quotes, lists in lists) is no text a reader can follow. */
const MAX_DEPTH = 24;

/** {@link scanMdx}, also returning the tree, so a caller that needs it parses only once. */
export function parseAndScan(
  body: string,
  firstLine = 1,
  allowed: readonly string[] = Object.keys(ALLOWED_COMPONENTS),
): { scan: MdxScan; tree?: Root } {
  const scan: MdxScan = { embeds: [], links: [], images: [], violations: [], empty: body.trim() === '' };
  const lineAt = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + firstLine - 1 : undefined;

  // A few kilobytes of `*_*_*_…` take the parser minutes: refused before parsing.
  let paragraphLine = firstLine;
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    const markers = (paragraph.match(/[*_]/g) ?? []).length;
    if (markers > MAX_MARKERS_PER_PARAGRAPH) {
      scan.violations.push({
        line: paragraphLine,
        message: `Deze alinea bevat ${markers} tekens * of _; dat is geen leesbare opmaak.`,
        hint: 'Gebruik * en _ alleen voor **vet** en _schuin_, of splits de alinea.',
      });
      return { scan };
    }
    paragraphLine += paragraph.split('\n').length + 1;
  }

  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number } }) ?? {};
    const line = place.line ?? place.place?.line;
    scan.violations.push({
      line: line ? line + firstLine - 1 : undefined,
      message: `De tekst is geen geldige MDX: ${(error as Error).message.split('\n')[0]}`,
      hint: 'Staat er een < of { in de tekst? Schrijf dan "kleiner dan" of zet er een \\ voor. Sluit elk onderdeel als <Info …> af met </Info>.',
    });
    return { scan };
  }
  const deep = deepestNode(tree);
  if (deep.depth > MAX_DEPTH) {
    scan.violations.push({
      line: lineAt(deep.node),
      message: `De tekst is ${deep.depth} lagen diep in elkaar genest (citaten, lijsten of kaders); dat is niet te volgen.`,
      hint: `Houd het bij hoogstens ${MAX_DEPTH} lagen.`,
    });
    return { scan };
  }
  scanTree(tree, scan, lineAt, allowed);
  return { scan, tree };
}

/** The deepest node of the tree, found without recursion (a deep tree would overflow the stack). */
function deepestNode(tree: Root): { depth: number; node: { position?: { start: { line: number } } } } {
  let deepest = { depth: 0, node: tree as { position?: { start: { line: number } } } };
  const stack: [unknown, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, node: node as { position?: { start: { line: number } } } };
    for (const child of (node as { children?: unknown[] }).children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Scans a tree parsed by {@link parseMdx}; the renderer's loader passes its own tree, parsed once. */
export function scanTree(
  tree: Root,
  scan: MdxScan = { embeds: [], links: [], images: [], violations: [], empty: false },
  lineAt: (node: { position?: { start: { line: number } } }) => number | undefined = (node) =>
    node.position?.start.line,
  allowed: readonly string[] = Object.keys(ALLOWED_COMPONENTS),
): MdxScan {
  // Reference-style links and images ([tekst][1], ![beeld][1]) take their address from a definition.
  const definitions = new Map<string, string>();
  const usedByLinks = new Set<string>();
  const usedByImages = new Set<string>();
  visit(tree, (node) => {
    // The first definition of a name counts, as in the renderer (CommonMark).
    if (node.type === 'definition' && !definitions.has(node.identifier.toLowerCase()))
      definitions.set(node.identifier.toLowerCase(), node.url);
    if (node.type === 'linkReference') usedByLinks.add(node.identifier.toLowerCase());
    if (node.type === 'imageReference') usedByImages.add(node.identifier.toLowerCase());
  });

  // "<Tip>, <Praktijk> en <Info>": the boxes this collection allows, as the registry names them.
  const boxes = new Intl.ListFormat('nl', { type: 'conjunction' }).format(allowed.map((name) => `<${name}>`));
  visit(tree, (node) => {
    const line = lineAt(node);
    switch (node.type) {
      case 'mdxjsEsm':
        scan.violations.push({
          line,
          message: '"import" en "export" zijn niet toegestaan in de tekst.',
          hint: allowed.length
            ? `Verwijder de regel. De onderdelen ${boxes} zijn zonder import te gebruiken.`
            : 'Verwijder de regel.',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        scan.violations.push({
          line,
          message: 'Accolades { } zijn niet toegestaan: MDX voert wat ertussen staat uit als code.',
          hint: 'Haal de accolades weg of schrijf \\{ en \\} als u ze als teken bedoelt.',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node as unknown as JsxNode, line, allowed, scan);
        break;
      case 'definition':
        // An image's definition is checked as an image where it is used.
        if (usedByImages.has(node.identifier.toLowerCase()) && !usedByLinks.has(node.identifier.toLowerCase())) break;
        checkLink(node.url, line, scan);
        break;
      case 'link':
        checkLink(node.url, line, scan);
        break;
      case 'image':
      case 'imageReference': {
        if (!node.alt?.trim()) {
          scan.violations.push({
            line,
            message: 'Een afbeelding heeft geen beschrijving (alt-tekst).',
            hint: 'Schrijf tussen de rechte haken wat er op de afbeelding staat: ![Beschrijving](/afbeeldingen/naam.jpg).',
          });
        }
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier.toLowerCase());
        if (url === undefined) break; // an undefined reference renders as plain text
        const image = classifyImage(url);
        if (image.kind === 'image') scan.images.push({ url: image.path, line });
        else scan.violations.push({ line, message: image.message, hint: image.hint });
        break;
      }
      case 'html':
        scan.violations.push({
          line,
          message: 'HTML is niet toegestaan in de tekst.',
          hint: allowed.length ? `Gebruik Markdown, of een van de onderdelen ${boxes}.` : 'Gebruik Markdown.',
        });
        break;
    }
  });
  return scan;
}

function checkLink(url: string, line: number | undefined, scan: MdxScan) {
  const target = classifyLink(url);
  if (target.kind === 'site') scan.links.push({ url: target.path, line });
  else if (target.kind === 'refused') scan.violations.push({ line, message: target.message, hint: target.hint });
}
