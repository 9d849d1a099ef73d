// content/zoeken/woorden.yaml: the search word list the editors keep (synonym groups and compound
// parts). Read by the search index (src/lib/search/vocabulary.ts) and checked by the content check.
import { z } from 'astro/zod';

export const wordListSchema = z.strictObject({
  synoniemen: z.array(z.array(z.string().trim().min(1)).min(2)).default([]),
  samenstellingen: z.array(z.string().trim().min(2)).default([]),
});

export type WordList = z.infer<typeof wordListSchema>;
