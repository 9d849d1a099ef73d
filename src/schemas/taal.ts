// The editors' plain-language list, content/taal/moeilijke-woorden.yaml: words that readers find hard,
// each with a plainer word, and abbreviations every reader knows. `npm run controleer` warns about
// the words and about abbreviations not in the glossary (src/lib/content-check/plain-language.ts).
import { z } from 'astro/zod';

/** The file, relative to the content folder. */
export const PLAIN_LANGUAGE_FILE = 'taal/moeilijke-woorden.yaml';

export const plainLanguageSchema = z.strictObject({
  woorden: z
    .record(
      z.string().trim().min(1).max(60),
      z.string().trim().min(1).max(200).describe('Wat u beter kunt schrijven, bijvoorbeeld "met, door".'),
    )
    .default({})
    .describe('Moeilijke woorden met een gewoner alternatief, zo: "middels: met, door". Ook woordgroepen.'),
  bekendeAfkortingen: z
    .array(
      z
        .string()
        .trim()
        .refine((value) => /^[\p{Lu}\p{N}][\p{L}\p{N}]*$/u.test(value), { message: 'geen-afkorting' })
        .describe('Een afkorting, zoals PDF.'),
    )
    .default([])
    .describe(
      'Afkortingen die elke lezer kent, en namen in hoofdletters (zoals een festival of project), die geen uitleg in de begrippenlijst nodig hebben, zoals [PDF, CSV].',
    ),
});

export type PlainLanguageList = z.output<typeof plainLanguageSchema>;
