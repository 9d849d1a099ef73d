// Extra search words for a page, so Dutch compounds and abbreviations are found both ways:
// a page that says "kindermishandeling" also matches "mishandeling"; "verwijsindex" matches "VIR".
import escapeStringRegexp from 'escape-string-regexp';
import type { Vocabulary } from './vocabulary.ts';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const RUN = /^[\p{L}\p{N}]+/u;
const RUNS = /[\p{L}\p{N}]+/gu;
/** Close to the case folding of a pattern with the i flag (ſ → s, ς → σ), so the pre-test never skips a match. */
const fold = (run: string) => run.toUpperCase().toLowerCase();

/** Compiles the vocabulary once; the returned function runs per page. */
export function createTermExpander(vocabulary: Vocabulary): (text: string) => string[] {
  const groups = vocabulary.synonyms.map((group) =>
    group.map((phrase) => ({
      phrase,
      // A phrase can only be on a page whose text has its first run of letters and digits: a cheap
      // test that skips most of the (slow, Unicode) patterns on most pages.
      firstRun: phrase.match(RUN)?.map(fold)[0],
      // Abbreviations (all capitals) must match in capitals; other words in any case.
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeStringRegexp(phrase)}(?![\\p{L}\\p{N}])`,
        /^[\p{Lu}\p{N}+]+$/u.test(phrase) && phrase.length <= 6 ? 'u' : 'iu',
      ),
    })),
  );
  const parts = [...new Set(vocabulary.compoundParts)];

  return (text: string) => {
    const extra = new Set<string>();
    const runs = new Set((text.match(RUNS) ?? []).map(fold));
    for (const group of groups) {
      const present = group.filter(
        ({ firstRun, pattern }) => (firstRun === undefined || runs.has(firstRun)) && pattern.test(text),
      );
      if (present.length === 0) continue;
      for (const { phrase } of group) if (!present.some((hit) => hit.phrase === phrase)) extra.add(phrase);
    }
    const words = new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()));
    for (const word of words) {
      for (const part of parts) {
        if (word !== part && word.length > part.length + 2 && (word.endsWith(part) || word.startsWith(part))) {
          if (!words.has(part)) extra.add(part);
        }
      }
    }
    return [...extra];
  };
}
