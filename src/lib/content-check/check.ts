// The content check: reads every file under content/, validates it against the collection schemas,
// and checks that all references resolve. Used by the build (src/integrations/content-check.ts),
// by `npm run controleer` and by the tests. Runs without Astro.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createSchemas } from '../../schemas/collections.ts';
import { type CollectionName, ID_PATTERN, strictReference } from '../../schemas/common.ts';
import { COLLECTION_LAYOUT, COLLECTION_NAMES } from '../../schemas/layout.ts';
import { type CheckedEntry, checkIntegrity } from './integrity.ts';
import { scanMdx } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import { describeIssue } from './schema-messages.ts';
import { readSource } from './source-file.ts';
import { findPersonalData } from './personal-data.ts';
import { wordListSchema } from '../search/vocabulary.ts';
import { existsSync } from 'node:fs';

const schemas = createSchemas(strictReference);

/** Collections whose body must say something: an empty tip or example is a mistake. */
const BODY_REQUIRED = new Set<CollectionName>(['hoofdstukken', 'tips', 'praktijkvoorbeelden', 'wetsartikelen']);
/** Collections written by contributors about their own organisation: no personal contact data. */
const NO_PERSONAL_DATA = new Set<CollectionName>(['tips', 'praktijkvoorbeelden']);
/** Only chapters may embed other entries; tips and examples get Markdown and <Info> only. */
const COMPONENTS: Partial<Record<CollectionName, string[]>> = {
  hoofdstukken: ['Tip', 'Praktijk', 'Info'],
};

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  fileCount: number;
}

/**
 * @param contentDir absolute path of the content folder
 * @param rootDir folder that file names in messages are relative to (the project root)
 */
export async function checkContent(contentDir: string, rootDir = join(contentDir, '..')): Promise<CheckResult> {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  let fileCount = 0;
  const existing = new Map<CollectionName, Set<string>>();

  for (const collection of COLLECTION_NAMES) {
    const { folder, kind, label } = COLLECTION_LAYOUT[collection];
    const dir = join(contentDir, folder);
    const names = await listFiles(dir);
    const seen = new Map<string, string>();

    for (const name of names) {
      const file = relative(rootDir, join(dir, name)).split('\\').join('/');
      const extension = kind === 'mdx' ? '.mdx' : '.yaml';
      if (!name.endsWith(extension)) {
        if (!name.startsWith('.') && name !== 'README.md') {
          problems.push({
            file,
            message: `Dit bestand wordt niet gelezen: in deze map horen alleen ${extension}-bestanden.`,
            hint:
              name.endsWith('.yml') || name.endsWith('.md')
                ? `Hernoem het naar ${name.replace(/\.\w+$/, extension)}.`
                : undefined,
          });
        }
        continue;
      }
      fileCount++;
      const id = name.slice(0, -extension.length);
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: 'bestandsnaam',
          message: `De bestandsnaam "${name}" mag alleen kleine letters, cijfers en streepjes bevatten.`,
          hint: `Hernoem het bestand, bijvoorbeeld naar ${slugify(id)}${extension}.`,
        });
      }
      const normalized = slugify(id);
      const earlier = seen.get(normalized);
      if (earlier) {
        problems.push({
          file,
          field: 'bestandsnaam',
          message: `Er is al een ${label} met de naam "${normalized}" (${earlier}).`,
          hint: 'Geef elk bestand een eigen naam.',
        });
      }
      seen.set(normalized, file);
      existing.set(collection, (existing.get(collection) ?? new Set()).add(id));

      const text = await readFile(join(dir, name), 'utf8');
      if (NO_PERSONAL_DATA.has(collection)) {
        for (const hit of findPersonalData(text)) {
          problems.push({
            file,
            line: hit.line,
            field: 'tekst',
            message: `Er staat een ${hit.kind} in (${hit.value}). Persoonlijke contactgegevens horen niet in de handreiking.`,
            hint: 'Noem de organisatie en verwijs met "link:" naar haar website.',
          });
        }
      }
      const source = readSource(text, kind);
      if (source.syntaxError) {
        problems.push({ file, line: source.syntaxError.line, message: source.syntaxError.message });
        continue;
      }
      const parsed = schemas[collection].safeParse(source.data ?? {}, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          for (const described of describeIssue(issue)) {
            problems.push({
              file,
              line: source.lineOf(described.path.map((key) => (typeof key === 'symbol' ? String(key) : key))),
              field: described.field,
              message: described.message,
              hint: described.hint,
            });
          }
        }
        continue;
      }

      const entry: CheckedEntry = {
        collection,
        id,
        file,
        data: parsed.data as Record<string, unknown>,
        lineOf: source.lineOf,
      };
      if (kind === 'mdx') {
        entry.scan = scanMdx(source.body, source.bodyLine, COMPONENTS[collection] ?? ['Info']);
        for (const violation of entry.scan.violations) {
          problems.push({
            file,
            line: violation.line,
            field: 'tekst',
            message: violation.message,
            hint: violation.hint,
          });
        }
        if (BODY_REQUIRED.has(collection) && entry.scan.empty) {
          problems.push({
            file,
            line: source.bodyLine,
            field: 'tekst',
            message: `De ${label} heeft geen tekst onder de gegevens.`,
            hint: 'Schrijf de tekst onder de tweede regel met ---.',
          });
        }
      }
      entries.push(entry);
    }
  }

  problems.push(...(await checkWordList(contentDir, rootDir)));
  problems.push(...checkUniqueOrder(entries, 'hoofdstukken', 'volgorde'));
  problems.push(...checkUniqueOrder(entries, 'preventieveActies', 'nummer'));
  problems.push(...checkIntegrity(entries, existing));
  return { problems, entries, fileCount };
}

function checkUniqueOrder(entries: CheckedEntry[], collection: CollectionName, field: string): Problem[] {
  const byValue = new Map<unknown, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries.filter((candidate) => candidate.collection === collection)) {
    const value = entry.data[field];
    const other = byValue.get(value);
    if (other) {
      problems.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        message: `${field} ${String(value)} wordt ook gebruikt door ${other.file}.`,
        hint: `Geef elk bestand een eigen ${field}.`,
      });
    }
    byValue.set(value, entry);
  }
  return problems;
}

/** The search word list (content/zoeken/woorden.yaml) is optional, but must be right when present. */
async function checkWordList(contentDir: string, rootDir: string): Promise<Problem[]> {
  const path = join(contentDir, 'zoeken/woorden.yaml');
  if (!existsSync(path)) return [];
  const file = relative(rootDir, path).split('\\').join('/');
  const source = readSource(await readFile(path, 'utf8'), 'yaml');
  if (source.syntaxError) return [{ file, line: source.syntaxError.line, message: source.syntaxError.message }];
  const parsed = wordListSchema.safeParse(source.data ?? {}, { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    describeIssue(issue).map((described) => ({
      file,
      line: source.lineOf(described.path.map((key) => (typeof key === 'symbol' ? String(key) : key))),
      field: described.field,
      message: described.message,
      hint: 'Elke synoniemengroep is een lijst van minstens twee woorden, bijvoorbeeld [VIR, verwijsindex].',
    })),
  );
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    return dirents
      .filter((dirent) => dirent.isFile())
      .map((dirent) => dirent.name)
      .sort();
  } catch {
    return [];
  }
}

/** Lowercase ASCII with hyphens; folds diacritics (é → e). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
