// The search vocabulary: synonym groups (from the glossary and content/zoeken/woorden.yaml) and
// compound parts. Applied at index time, so a reader's query needs no extra work in the browser.
import { readFileSync } from 'node:fs';
import { readGlossary } from '../glossary.ts';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type WordList, wordListSchema } from '../../schemas/word-list.ts';

export interface Vocabulary {
  /** Each group: words and phrases that mean the same. */
  synonyms: string[][];
  /** Parts of compound words: "mishandeling" in "kindermishandeling". */
  compoundParts: string[];
}

/** Reads the vocabulary from a content folder. Problems in these files are the content check's job. */
export function readVocabulary(contentDir: string): Vocabulary {
  let list: WordList = { synoniemen: [], samenstellingen: [] };
  try {
    list = wordListSchema.parse(parse(readFileSync(join(contentDir, 'zoeken/woorden.yaml'), 'utf8')) ?? {});
  } catch {
    // No or invalid word list: search still works, without these extras.
  }
  return {
    synonyms: [...glossaryGroups(contentDir), ...list.synoniemen],
    compoundParts: list.samenstellingen.map((part) => part.toLowerCase()),
  };
}

/** Each glossary entry's term, abbreviation and synonyms form one group. */
function glossaryGroups(contentDir: string): string[][] {
  return readGlossary(contentDir).flatMap((entry) => {
    const group = [entry.term, entry.afkorting, ...(entry.synoniemen ?? [])].filter(
      (word): word is string => typeof word === 'string' && word.trim() !== '',
    );
    return group.length > 1 ? [group] : [];
  });
}
