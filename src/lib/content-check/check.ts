// The content check: reads every file under content/, validates it against the collection schemas,
// and checks that all references resolve. Used by the build (src/integrations/content-check.ts),
// by `npm run controleer` and by the tests. Runs without Astro.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createSchemas } from '../../schemas/collections.ts';
import { slugify } from '../slug.ts';
import { type CollectionName, ID_PATTERN, strictReference } from '../../schemas/common.ts';
import { bodyRequired, COLLECTIONS, componentsOf } from '../../schemas/registry.ts';
import { type CheckedEntry, checkIntegrity } from './integrity.ts';
import { parseAndScan } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-messages.ts';
import { readSource } from './source-file.ts';
import { findPersonalData } from './personal-data.ts';
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../content-files.ts';
import { dataPieces, mdxPieces, type TextPiece } from './decoded-text.ts';
import { checkSettingsFiles, checkWordList } from './settings-files.ts';
import {
  controlCharacterProblems,
  controlInValues,
  hiddenPersonalData,
  personalDataProblems,
} from './text-problems.ts';
import { readImageFolder } from './images.ts';
import { fileTooLarge, MAX_FILE_BYTES } from './limits.ts';
import { openCheckCache, storable } from './check-cache.ts';
import { inWorkers } from '../in-workers.ts';
import { type ReadEntry, type ReadOptions, renderedEntry } from '../markdown/rendered-entry.ts';
import { offerPrerendered, prerenderKey } from '../prerendered.ts';
import type { Root } from 'mdast';
import { checkPlainLanguage, type LanguageRules, readLanguageRules, rulesDigest } from './plain-language.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
/** The site's public/ folder, where images live (see src/lib/markdown/urls.ts). */
const DEFAULT_PUBLIC_DIR = join(PROJECT_ROOT, 'public');
const schemas = createSchemas(strictReference);

export interface CheckResult {
  problems: Problem[];
  /** Plain-language advice (plain-language.ts): shown to editors, never a reason to stop the build. */
  warnings: Problem[];
  entries: CheckedEntry[];
  fileCount: number;
}

/**
 * @param contentDir absolute path of the content folder
 * @param rootDir folder that file names in messages are relative to (the project root)
 */
export async function checkContent(
  contentDir: string,
  rootDir = join(contentDir, '..'),
  publicDir = DEFAULT_PUBLIC_DIR,
  options: {
    cacheFile?: string;
    /** Also render each new or changed MDX file without problems, for the content loader (src/lib/prerendered.ts). */
    render?: ReadOptions;
  } = {},
): Promise<CheckResult> {
  const cache = options.cacheFile ? openCheckCache(options.cacheFile, PROJECT_ROOT) : undefined;
  const tree = listContentFiles(contentDir, rootDir);
  const language = readLanguageRules(contentDir, rootDir);
  // A file's warnings depend on the word list and the glossary too: new rules, new cache entries.
  const rules = rulesDigest(language.rules);
  const problems: Problem[] = [...tree.problems, ...language.problems];
  const warnings: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const existing = new Map<CollectionName, Set<string>>();
  const seen = new Map<string, string>();
  const results: FileResult[] = [];
  const misses: { index: number; key: string; job: FileJob }[] = [];

  // Files are read a few ahead: one after another, a build without changes spent most of the check
  // waiting for the disk (10,000 files: 1.9 of 2.9 s).
  const reads: Promise<Buffer>[] = [];
  const readAhead = (until: number) => {
    for (let i = reads.length; i < Math.min(until, tree.files.length); i++) {
      reads.push(readFile(tree.files[i]!.path));
      reads[i]!.catch(() => {}); // a failed read is reported where it is awaited
    }
  };
  for (const [index, { collection, id, path, file }] of tree.files.entries()) {
    readAhead(index + READ_AHEAD);
    const { kind, label } = COLLECTIONS[collection];
    const extension = kind === 'mdx' ? '.mdx' : '.yaml';
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: 'bestandsnaam',
        message: `De bestandsnaam "${id}${extension}" mag alleen kleine letters, cijfers en streepjes bevatten.`,
        hint: `Hernoem het bestand, bijvoorbeeld naar ${slugify(id)}${extension}.`,
      });
    }
    const normalized = `${collection}/${slugify(id)}`;
    const earlier = seen.get(normalized);
    if (earlier) {
      problems.push({
        file,
        field: 'bestandsnaam',
        message: `Er is al een ${label} met de naam "${slugify(id)}" (${earlier}).`,
        hint: 'Geef elk bestand een eigen naam.',
      });
    }
    seen.set(normalized, file);
    existing.set(collection, (existing.get(collection) ?? new Set()).add(id));

    const bytes = await reads[index]!;
    delete reads[index]; // keeps the array's length, lets the bytes go
    const key = cache ? cache.key(file, bytes, rules) : '';
    const cached = cache?.peek(key);
    // A copy: lineOf is added to the entry below, and the kept result must stay storable.
    results.push(cached ? { ...cached, entry: cached.entry && { ...cached.entry } } : { problems: [] });
    if (!cached) misses.push({ index: results.length - 1, key, job: { collection, id, file, path } });
  }

  // Files not seen before are checked in worker processes when there are many: the check is mostly
  // parsing, and each core can parse its share.
  const fresh = await checkFiles(
    misses.map((miss) => miss.job),
    { rules: language.rules, render: options.render },
  );
  misses.forEach((miss, i) => {
    const { prerendered, ...result } = fresh[i]!;
    if (prerendered) offerPrerendered(prerendered.key, prerendered.entry);
    results[miss.index] = result;
    cache?.set(miss.key, storable(result));
  });
  cache?.save();
  results.forEach((result, i) => {
    const { path, collection } = tree.files[i]!;
    // lineOf is only needed for a message about a reference; read the file again then.
    if (result.entry && !result.entry.lineOf) {
      result.entry.lineOf = (fieldPath) =>
        readSource(readFileSync(path, 'utf8'), COLLECTIONS[collection].kind).lineOf(fieldPath);
    }
    problems.push(...result.problems);
    warnings.push(...(result.warnings ?? []));
    if (result.entry) entries.push(result.entry);
  });

  const imageFolder = readImageFolder(publicDir, rootDir);
  problems.push(...imageFolder.problems);
  problems.push(...checkSettingsFiles(contentDir, rootDir));
  problems.push(...(await checkWordList(contentDir, rootDir)));
  problems.push(...checkUniqueOrder(entries, 'hoofdstukken', 'volgorde'));
  problems.push(...checkUniqueOrder(entries, 'preventieveActies', 'nummer'));
  problems.push(...checkIntegrity(entries, existing, imageFolder.images));
  return { problems, warnings, entries, fileCount: tree.files.length };
}

export interface FileResult {
  problems: Problem[];
  warnings?: Problem[];
  entry?: CheckedEntry;
  /** The file rendered for the content loader, when asked for and the file has no problems. */
  prerendered?: { key: string; entry: ReadEntry };
}
/** What every file is checked with: the plain-language rules, and the render options when rendering too. */
export interface CheckSettings {
  rules: LanguageRules;
  render?: ReadOptions;
}
export interface FileJob {
  collection: CollectionName;
  id: string;
  file: string;
  path: string;
}

/** How many files are read ahead of the one being checked. */
const READ_AHEAD = 32;

/** Below this many files, starting worker processes costs more than it saves. */
const WORKER_THRESHOLD = 400;

function checkFiles(jobs: FileJob[], settings: CheckSettings): Promise<FileResult[]> {
  return inWorkers({
    script: join(PROJECT_ROOT, 'src/lib/content-check/check-worker.ts'),
    jobs,
    shared: settings,
    threshold: WORKER_THRESHOLD,
    inline: (part) => checkJobs(part, settings),
  });
}

/** Checks files one by one; also the body of each worker process (check-worker.ts). */
export function checkJobs(jobs: FileJob[], settings: CheckSettings): FileResult[] {
  return jobs.map((job) => {
    const text = readFileSync(job.path);
    const result = checkFile(job.collection, job.id, job.file, text, settings.rules);
    const { tree, rawData, ...checked } = result;
    if (!settings.render || !tree || checked.problems.length > 0 || !checked.entry) return checked;
    // Rendered after every check: rendering changes the tree.
    try {
      const entry = renderedEntry(job.collection, (rawData ?? {}) as Record<string, unknown>, tree, settings.render);
      return {
        ...checked,
        prerendered: { key: prerenderKey(job.path, text.toString('utf8'), settings.render), entry },
      };
    } catch {
      return checked; // the loader renders it again, and reports what fails
    }
  });
}

/** Everything that can be said of one file on its own: syntax, schema, text, personal data. */
function checkFile(
  collection: CollectionName,
  id: string,
  file: string,
  bytes: Buffer,
  rules: LanguageRules,
): FileResult & { tree?: Root; rawData?: unknown } {
  const { kind, label } = COLLECTIONS[collection];
  const problems: Problem[] = [];
  if (bytes.length > MAX_FILE_BYTES) return { problems: [{ file, ...fileTooLarge(bytes.length) }] };
  const text = bytes.toString('utf8');
  const source = readSource(text, kind);
  problems.push(...controlCharacterProblems(text, file));
  const rawHits = findPersonalData(text);
  problems.push(...personalDataProblems(text, rawHits, file, kind === 'mdx' ? source.bodyLine : undefined));
  if (source.syntaxError) {
    problems.push({ file, line: source.syntaxError.line, message: source.syntaxError.message });
    return { problems };
  }
  const pieces: TextPiece[] = [
    { text: id, field: 'bestandsnaam' },
    ...dataPieces(source.data, (path) => source.lineOf(path)),
  ];
  const parsed = schemas[collection].safeParse(source.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error.issues, file, source.lineOf));
    problems.push(...hiddenPersonalData(pieces, rawHits, file), ...controlInValues(pieces, file));
    return { problems };
  }

  const warnings: Problem[] = [];
  let parsedTree: Root | undefined;
  const entry: CheckedEntry = {
    collection,
    id,
    file,
    data: parsed.data as Record<string, unknown>,
    lineOf: source.lineOf,
  };
  if (kind === 'mdx') {
    const { scan, tree } = parseAndScan(source.body, source.bodyLine, componentsOf(collection));
    parsedTree = tree;
    entry.scan = scan;
    if (tree) {
      pieces.push(...mdxPieces(tree, source.bodyLine));
      for (const warning of checkPlainLanguage(tree, source.bodyLine, rules)) {
        warnings.push({ file, field: 'tekst', ...warning });
      }
    }
    for (const violation of entry.scan.violations) {
      problems.push({ file, line: violation.line, field: 'tekst', message: violation.message, hint: violation.hint });
    }
    if (bodyRequired(collection) && entry.scan.empty) {
      problems.push({
        file,
        line: source.bodyLine,
        field: 'tekst',
        message: `De ${label} heeft geen tekst onder de gegevens.`,
        hint: 'Schrijf de tekst onder de tweede regel met ---.',
      });
    }
  }
  problems.push(...hiddenPersonalData(pieces, rawHits, file), ...controlInValues(pieces, file));
  return { problems, warnings, entry, tree: parsedTree, rawData: source.data };
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
