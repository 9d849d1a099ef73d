// Pagefind's index files between builds. Pagefind names its metadata, page fragments and word and
// filter chunks after a hash of their content, and skips writing such a file when one of that name is
// already there (it treats them as immutable). Writing means compressing at gzip's highest level, and
// that was most of Pagefind's time after a small change: 1.4 s of 2.1 s with 1,000 examples. So the
// files of the previous index are put in place first, and only new ones are written. What the new
// index no longer uses is removed again before anything reads the folder (offline list, zip).
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The folders of hashed files, and the metadata file (`pagefind.<hash>.pf_meta`) at the top. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];
const META = /^pagefind\.(.+)\.pf_meta$/;

/** The hashed files of an index folder, as paths relative to it. */
export function hashedFiles(indexDir: string): string[] {
  if (!existsSync(indexDir)) return [];
  const meta = readdirSync(indexDir).filter((name) => META.test(name));
  const chunks = HASHED_FOLDERS.flatMap((folder) =>
    existsSync(join(indexDir, folder)) ? readdirSync(join(indexDir, folder)).map((name) => `${folder}/${name}`) : [],
  );
  return [...meta, ...chunks].sort();
}

/**
 * A hard link where the file system allows one, else a copy. Copying 10,000 files took 1–3 s here,
 * linking them a tenth of that. A link shares the file with the published site, so keepIndexFiles
 * notes each file's size and time, and seedIndexFiles passes over one that was written since.
 */
function linkOrCopy(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** What keepIndexFiles notes of each file: its size and modification time. */
const LIST = 'bestanden.json';
const stamp = (path: string) => {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
};

/**
 * Puts the hashed files kept from the previous build into `indexDir`, before Pagefind writes there;
 * only those unchanged since they were kept (Pagefind would take a changed one as it is).
 * @returns how many files were put in place
 */
export function seedIndexFiles(keptDir: string, indexDir: string): number {
  let noted: Record<string, string>;
  try {
    noted = JSON.parse(readFileSync(join(keptDir, LIST), 'utf8')) as Record<string, string>;
  } catch {
    return 0; // nothing kept yet, or from an older build: Pagefind writes everything
  }
  let seeded = 0;
  for (const file of hashedFiles(keptDir)) {
    if (noted[file] !== stamp(join(keptDir, file))) continue;
    linkOrCopy(join(keptDir, file), join(indexDir, file));
    seeded++;
  }
  return seeded;
}

/** The hash in a hashed file's name: `fragment/nl_1a2b.pf_fragment` → `nl_1a2b`. */
const hashOf = (file: string) =>
  file
    .replace(/^.*\//, '')
    .replace(META, '$1')
    .replace(/\.pf_[a-z]+$/, '');

/**
 * Removes the hashed files the index in `indexDir` does not use. pagefind-entry.json names the
 * metadata of each language; the metadata lists every fragment and chunk by its hash.
 * @returns how many files were removed
 */
export function pruneIndexFiles(indexDir: string): number {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const live = Object.values(entry.languages).map(({ hash }) => hash);
  // The metadata is gzip'd CBOR, in which every hash is a plain text string.
  const metadata = live
    .map((hash) => gunzipSync(readFileSync(join(indexDir, `pagefind.${hash}.pf_meta`))).toString('latin1'))
    .join('\n');
  let removed = 0;
  for (const file of hashedFiles(indexDir)) {
    const hash = hashOf(file);
    const used = META.test(file) ? live.includes(hash) : metadata.includes(hash);
    if (!used) {
      rmSync(join(indexDir, file));
      removed++;
    }
  }
  return removed;
}

/** Keeps the hashed files of this build's index in `keptDir`, for the next build, in place of the previous ones. */
export function keepIndexFiles(indexDir: string, keptDir: string): void {
  rmSync(keptDir, { recursive: true, force: true });
  mkdirSync(keptDir, { recursive: true });
  const noted: Record<string, string> = {};
  for (const file of hashedFiles(indexDir)) {
    linkOrCopy(join(indexDir, file), join(keptDir, file));
    noted[file] = stamp(join(keptDir, file));
  }
  writeFileSync(join(keptDir, LIST), JSON.stringify(noted));
}
