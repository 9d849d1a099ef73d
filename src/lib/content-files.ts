// The one list of content files. The content check and the build's loader both read exactly the
// files this returns, so nothing the check skipped can reach the site. The content tree is an
// allowlist: a regular file (never a symlink), not hidden, of the one type its folder expects, in a
// folder the content model knows. Anything else is a problem with the file named.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CollectionName } from '../schemas/common.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/registry.ts';
import type { Problem } from './content-check/problem.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The file name without extension: the entry's id. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages: `content/tips/formeer-duos.mdx`. */
  file: string;
}

export interface ContentTree {
  files: ContentFile[];
  problems: Problem[];
}

/** Files outside the collections that the content model knows, relative to the content folder. */
export const SETTINGS_FILES = ['handreiking.yaml', 'zoeken/woorden.yaml', 'taal/moeilijke-woorden.yaml'] as const;

const FOLDER_TO_COLLECTION = new Map<string, CollectionName>(
  COLLECTION_NAMES.map((name) => [COLLECTIONS[name].folder, name]),
);
const SETTINGS_FOLDERS = new Set(SETTINGS_FILES.filter((file) => file.includes('/')).map((file) => file.split('/')[0]));

/**
 * @param contentDir absolute path of the content folder
 * @param rootDir folder that file names in messages are relative to
 */
export function listContentFiles(contentDir: string, rootDir: string, only?: CollectionName): ContentTree {
  const tree: ContentTree = { files: [], problems: [] };
  const name = (path: string) => relative(rootDir, path).split('\\').join('/');
  // `only`: one collection's folder, for its loader. The content check has walked the whole tree
  // already, and ten loaders walking all of it took a second with 10,000 files.
  walk(contentDir, '', tree, name, only && COLLECTIONS[only].folder);
  tree.files.sort((a, b) => a.file.localeCompare(b.file));
  return tree;
}

function walk(dir: string, folder: string, tree: ContentTree, name: (path: string) => string, only?: string) {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  const collection = FOLDER_TO_COLLECTION.get(folder);
  for (const entry of entries) {
    if (only !== undefined && entry !== only) continue;
    const path = join(dir, entry);
    const file = name(path);
    const reject = (message: string, hint?: string) => tree.problems.push({ file, message, hint });
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      reject(
        'Dit is een symbolische koppeling (symlink). Die zijn niet toegestaan in content/.',
        'Zet het echte bestand op deze plek.',
      );
      continue;
    }
    if (entry.startsWith('.')) {
      reject(
        'Verborgen bestanden en mappen (met een punt vooraan) zijn niet toegestaan in content/.',
        'Verwijder het.',
      );
      continue;
    }
    const relativePath = folder ? `${folder}/${entry}` : entry;
    if (stats.isDirectory()) {
      if (folder === '' && (FOLDER_TO_COLLECTION.has(entry) || SETTINGS_FOLDERS.has(entry))) {
        walk(path, entry, tree, name);
      } else {
        reject(
          'Deze map hoort niet bij de handreiking en wordt niet gelezen.',
          folder
            ? 'In een collectiemap staan alleen bestanden, geen submappen.'
            : `Bekende mappen zijn: ${[...FOLDER_TO_COLLECTION.keys(), ...SETTINGS_FOLDERS].join(', ')}.`,
        );
      }
      continue;
    }
    if (!stats.isFile()) {
      reject('Dit is geen gewoon bestand.', 'Verwijder het.');
      continue;
    }
    if ((SETTINGS_FILES as readonly string[]).includes(relativePath)) continue;
    if (!collection) {
      reject(
        'Dit bestand hoort niet bij de handreiking en wordt niet gelezen.',
        folder === ''
          ? `Zet inhoud in een van de mappen ${[...FOLDER_TO_COLLECTION.keys()].join(', ')}.`
          : `In deze map hoort alleen ${SETTINGS_FILES.find((known) => known.startsWith(`${folder}/`))}.`,
      );
      continue;
    }
    const extension = COLLECTIONS[collection].kind === 'mdx' ? '.mdx' : '.yaml';
    if (!entry.endsWith(extension)) {
      reject(
        `Dit bestand wordt niet gelezen: in deze map horen alleen ${extension}-bestanden.`,
        /\.(ya?ml|mdx?)$/.test(entry) ? `Hernoem het naar ${entry.replace(/\.\w+$/, extension)}.` : 'Verwijder het.',
      );
      continue;
    }
    tree.files.push({ collection, id: entry.slice(0, -extension.length), path, file });
  }
}
