// The settings files in content/: handreiking.yaml (the site's identity) and the search word list.
// Checked apart from the collections, with the same rules for personal data.
import { join, relative } from 'node:path';
import { wordListSchema } from '../../schemas/word-list.ts';
import { SETTINGS_FILES } from '../content-files.ts';
import { readRegularFile } from '../regular-file.ts';
import { fileTooLarge, MAX_FILE_BYTES } from './limits.ts';
import { findPersonalData } from './personal-data.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-messages.ts';
import { checkSiteIdentity, readSiteIdentity, SITE_FILE } from './site-identity.ts';
import { readSource } from './source-file.ts';
import { personalDataProblems } from './text-problems.ts';

/** handreiking.yaml (the site's identity) and the search word list: no personal data, valid fields. */
export function checkSettingsFiles(contentDir: string, rootDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of SETTINGS_FILES) {
    const path = join(contentDir, name);
    const bytes = readRegularFile(path);
    if (!bytes) continue;
    const file = relative(rootDir, path).split('\\').join('/');
    if (bytes.length > MAX_FILE_BYTES) problems.push({ file, ...fileTooLarge(bytes.length) });
    else {
      const text = bytes.toString('utf8');
      // The publisher's own address for reactions (reactie.email) is meant to be public.
      const reactionAddress = name === SITE_FILE ? readSiteIdentity(bytes, file).config?.reactie?.email : undefined;
      const hits = findPersonalData(text).filter((hit) => hit.value !== reactionAddress);
      problems.push(...personalDataProblems(text, hits, file));
    }
  }
  return [...problems, ...checkSiteIdentity(contentDir, rootDir)];
}

/** The search word list (content/zoeken/woorden.yaml) is optional, but must be right when present. */
export async function checkWordList(contentDir: string, rootDir: string): Promise<Problem[]> {
  const path = join(contentDir, 'zoeken/woorden.yaml');
  const bytes = readRegularFile(path);
  if (!bytes) return [];
  const file = relative(rootDir, path).split('\\').join('/');
  const source = readSource(bytes.toString('utf8'), 'yaml');
  if (source.syntaxError) return [{ file, line: source.syntaxError.line, message: source.syntaxError.message }];
  const parsed = wordListSchema.safeParse(source.data ?? {}, { reportInput: true });
  if (parsed.success) return [];
  // One fix for every problem here: the list has only these two kinds of field.
  return schemaProblems(parsed.error.issues, file, source.lineOf).map((problem) => ({
    ...problem,
    hint: 'Elke synoniemengroep is een lijst van minstens twee woorden, bijvoorbeeld [VIR, verwijsindex].',
  }));
}
