// The text of a file as readers will see it, for the personal-data search: entities decoded
// (jan&#64;example.nl), markup between the characters gone (06-**1234**5678), YAML escapes resolved
// ("06\x2D12345678"), invisible characters removed and look-alike digits and dashes made plain. The
// raw file is searched as well; this catches what hides from a search of the raw text.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TextPiece {
  /** Decoded, but not yet made plain ({@link plainText}). */
  text: string;
  line?: number;
  /** The field it comes from: "tekst" for the body, or a frontmatter path like "organisaties[1]". */
  field: string;
}

/** Zero-width characters, soft hyphen and the like: invisible on the page, but they split a number. */
// An alternation, not a character class: U+034F (a combining character) confuses the linter there.
const INVISIBLE =
  /\u00ad|\u034f|\u061c|\u115f|\u1160|\u17b4|\u17b5|\u180e|[\u200b-\u200f]|[\u202a-\u202e]|[\u2060-\u2064]|[\u2066-\u206f]|\ufeff/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Full-width digits become 0–9 (NFKC), odd dashes a hyphen, invisible characters disappear. */
export function plainText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-');
}

/** Each block of an MDX body (paragraph, heading, table cell, …) and every address, as shown. */
export function mdxPieces(tree: Root, firstLine: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + firstLine - 1 : undefined;
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      pieces.push({ text: toString(node), line: lineOf(node), field: 'tekst' });
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      pieces.push({ text: safeDecode(node.url), line: lineOf(node), field: 'tekst' });
      if (node.type === 'image' && node.alt) pieces.push({ text: node.alt, line: lineOf(node), field: 'tekst' });
    }
  });
  return pieces;
}

/** Every text value in parsed YAML, with the path of its field. */
export function dataPieces(data: unknown, lineOf: (path: (string | number)[]) => number | undefined): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      pieces.push({ text: value, line: lineOf(path), field: formatField(path) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return pieces;
}

function formatField(path: (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
