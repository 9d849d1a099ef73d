// The one reader of the glossary (content/begrippen/) outside Astro: the renderer needs the
// abbreviations before any page exists, and the search vocabulary needs the synonyms. Reads the same
// files as the content check, validated by the same schema; invalid files are the check's to report.
import { readFileSync } from 'node:fs';
import { createSchemas } from '../schemas/collections.ts';
import { strictReference } from '../schemas/common.ts';
import { readSource } from './content-check/source-file.ts';
import { listContentFiles } from './content-files.ts';

export interface GlossaryEntry {
  id: string;
  term: string;
  afkorting?: string;
  synoniemen?: string[];
}

const schema = createSchemas(strictReference).begrippen;

export function readGlossary(contentDir: string): GlossaryEntry[] {
  return listContentFiles(contentDir, contentDir, 'begrippen').files.flatMap(({ id, path }) => {
    const parsed = schema.safeParse(readSource(readFileSync(path, 'utf8'), 'yaml').data);
    return parsed.success ? [{ id, ...parsed.data }] : [];
  });
}
