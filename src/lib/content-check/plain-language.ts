// The plain-language check: warnings (never errors) about the text of an MDX file as the reader sees
// it, from the tree parseAndScan (mdx-scan.ts) already made. Sentences over 25 words, words from the
// editors' list (content/taal/moeilijke-woorden.yaml) and abbreviations the glossary does not explain.
// Code, addresses, quotes and frontmatter are skipped: editors cannot or need not rewrite those.
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import escapeStringRegexp from 'escape-string-regexp';
import type { Root, RootContent } from 'mdast';
import { PLAIN_LANGUAGE_FILE, plainLanguageSchema } from '../../schemas/taal.ts';
import { readGlossary } from '../glossary.ts';
import { readRegularFile } from '../regular-file.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-messages.ts';
import { readSource } from './source-file.ts';

/** More words than this in one sentence is hard to follow at language level B1. */
export const MAX_SENTENCE_WORDS = 25;

/** What the check needs besides the file itself; plain data, so it crosses to worker processes. */
export interface LanguageRules {
  /** Hard word or phrase → plainer suggestion. */
  words: Record<string, string>;
  /** Abbreviations that need no warning: in the glossary, or known to every reader. */
  knownAbbreviations: string[];
}

export interface LanguageWarning {
  line?: number;
  message: string;
  hint: string;
}

/** A hash of the rules, for the check cache: other rules, other warnings for the same file. */
export function rulesDigest(rules: LanguageRules): string {
  return createHash('sha1')
    .update(
      JSON.stringify([MAX_SENTENCE_WORDS, Object.entries(rules.words).sort(), [...rules.knownAbbreviations].sort()]),
    )
    .digest('hex');
}

/** An abbreviation: a word of letters and digits with two or more capitals and no run of 3+ small letters. */
const WORD = /[\p{L}\p{N}]+/gu;
export function isAbbreviation(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  // Roman numerals (II, XIV) count as numbers; WhatsApp and McDonald as names.
  return capitals >= 2 && !/\p{Ll}{3}/u.test(word) && !/^[IVXLCDM]+$/.test(word) && /^\p{Lu}/u.test(word);
}

/** Abbreviations in a text: "GGD" in "GGD'en", "JGZ" in "JGZ-verpleegkundige". */
export function abbreviationsIn(text: string): string[] {
  return (text.match(WORD) ?? []).filter(isAbbreviation);
}

/**
 * Reads the editors' word list and the glossary. Problems are for a broken word list; without a list
 * the check still warns about long sentences and abbreviations.
 */
export function readLanguageRules(contentDir: string, rootDir: string): { rules: LanguageRules; problems: Problem[] } {
  const known = new Set<string>();
  for (const entry of readGlossary(contentDir)) {
    for (const text of [entry.term, entry.afkorting, ...(entry.synoniemen ?? [])]) {
      if (text) for (const abbreviation of abbreviationsIn(text)) known.add(abbreviation);
    }
  }
  const rules: LanguageRules = { words: {}, knownAbbreviations: [] };
  const path = join(contentDir, PLAIN_LANGUAGE_FILE);
  const bytes = readRegularFile(path);
  const problems: Problem[] = [];
  if (bytes) {
    const file = relative(rootDir, path).split('\\').join('/');
    const source = readSource(bytes.toString('utf8'), 'yaml');
    if (source.syntaxError) {
      problems.push({ file, line: source.syntaxError.line, message: source.syntaxError.message });
    } else {
      const parsed = plainLanguageSchema.safeParse(source.data ?? {}, { reportInput: true });
      if (parsed.success) {
        rules.words = parsed.data.woorden;
        for (const abbreviation of parsed.data.bekendeAfkortingen) known.add(abbreviation);
      } else {
        problems.push(
          ...schemaProblems(
            parsed.error.issues,
            file,
            source.lineOf,
            'Schrijf elk woord zo: "middels: met, door", en afkortingen zo: bekendeAfkortingen: [PDF, CSV].',
          ),
        );
      }
    }
  }
  rules.knownAbbreviations = [...known].sort();
  return { rules, problems };
}

/** One block of text as the reader sees it, with the line in the file of each character. */
interface Block {
  text: string;
  lines: number[];
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'blockquote']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const URL_TEXT = /^(?:https?:\/\/|www\.|mailto:)/i;

/** The readable blocks of a tree: paragraphs, headings, table cells and the titles of <Info> boxes. */
function readableBlocks(tree: Root, firstLine: number): Block[] {
  const blocks: Block[] = [];
  const toFile = (line: number) => line + firstLine - 1;
  const walkBlock = (node: RootContent) => {
    if (SKIPPED.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      const block: Block = { text: '', lines: [] };
      collectInline(node, block, toFile);
      if (block.text.trim()) blocks.push(block);
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      const title = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'titel')?.value;
      if (typeof title === 'string' && node.position) {
        const line = toFile(node.position.start.line);
        blocks.push({ text: title, lines: Array.from(title, () => line) });
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walkBlock(child);
  };
  for (const child of tree.children) walkBlock(child);
  return blocks;
}

function collectInline(node: RootContent, block: Block, toFile: (line: number) => number) {
  // A line break inside a paragraph is no end of a sentence (the segmenter would think so): a space.
  const add = (text: string, line: number) => {
    for (const character of text) {
      block.text += character === '\n' ? ' ' : character;
      block.lines.push(line);
      if (character === '\n') line++;
    }
  };
  const start = node.position ? toFile(node.position.start.line) : (block.lines.at(-1) ?? 1);
  if (node.type === 'text') return add(node.value, start);
  if (node.type === 'break') return add('\n', start);
  // Code and addresses are not words to rewrite; a space keeps the words around them apart.
  if (SKIPPED.has(node.type) || node.type === 'footnoteReference') return add(' ', start);
  if (node.type === 'link' && URL_TEXT.test(textOf(node))) return add(' ', start);
  if ('children' in node) for (const child of node.children as RootContent[]) collectInline(child, block, toFile);
}

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const wordMatchers = new WeakMap<Record<string, string>, { pattern: RegExp; byKey: Map<string, string> }>();

/** One pattern for all words of the list, longest first, so "ten aanzien van" wins over shorter ones. */
function wordMatcher(words: Record<string, string>) {
  let matcher = wordMatchers.get(words);
  if (!matcher) {
    const keys = Object.keys(words).sort((a, b) => b.length - a.length);
    const byKey = new Map(keys.map((key) => [normalize(key), words[key]!]));
    const alternatives = keys.map((key) => escapeStringRegexp(key.trim()).replace(/\s+/g, '\\s+'));
    const pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : /(?!)/gu;
    matcher = { pattern, byKey };
    wordMatchers.set(words, matcher);
  }
  return matcher;
}
const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Counts words as a reader would: "2.1", "JGZ-verpleegkundige" and "GGD'en" are one word each. */
export function countWords(sentence: string): number {
  return sentence.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The warnings for one MDX body.
 * @param tree the body's tree from parseAndScan
 * @param firstLine the line in the file where the body starts
 */
export function checkPlainLanguage(tree: Root, firstLine: number, rules: LanguageRules): LanguageWarning[] {
  const warnings: LanguageWarning[] = [];
  const known = new Set(rules.knownAbbreviations);
  const unknown = new Map<string, { line?: number; count: number }>();
  const { pattern, byKey } = wordMatcher(rules.words);

  for (const block of readableBlocks(tree, firstLine)) {
    const lineAt = (index: number) => block.lines[Math.min(index, block.lines.length - 1)];
    for (const { segment, index } of segmenter.segment(block.text)) {
      const words = countWords(segment);
      if (words > MAX_SENTENCE_WORDS) {
        const start = segment.search(/\S/);
        const opening = segment.trim().split(/\s+/).slice(0, 8).join(' ');
        warnings.push({
          line: lineAt(index + Math.max(start, 0)),
          message: `Lange zin (${words} woorden): "${opening} …"`,
          hint: `Maak er twee of meer zinnen van, van hoogstens ${MAX_SENTENCE_WORDS} woorden.`,
        });
      }
    }
    for (const match of block.text.matchAll(pattern)) {
      const suggestion = byKey.get(normalize(match[0]));
      if (suggestion === undefined) continue;
      const found = match[0].replace(/\s+/g, ' ');
      warnings.push({
        line: lineAt(match.index),
        message: `Moeilijk woord: "${found}".`,
        hint: `Schrijf liever: ${suggestion}.`,
      });
    }
    for (const match of block.text.matchAll(WORD)) {
      if (!isAbbreviation(match[0]) || known.has(match[0])) continue;
      const seen = unknown.get(match[0]);
      if (seen) seen.count++;
      else unknown.set(match[0], { line: lineAt(match.index), count: 1 });
    }
  }
  // One warning per abbreviation per file: explaining it once in the glossary fixes every use.
  for (const [abbreviation, { line, count }] of unknown) {
    warnings.push({
      line,
      message: `Afkorting zonder uitleg: "${abbreviation}"${count > 1 ? ` (${count}× in dit bestand)` : ''}.`,
      hint: `Schrijf het voluit, of leg het uit in de begrippenlijst: een bestand in content/begrippen/ met "afkorting: ${abbreviation}".`,
    });
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
