// Checks that everything the content points at exists: references in frontmatter, boxes embedded in
// MDX and internal links. Astro only logs a dangling reference; here it stops the build.
import type { CollectionName } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../schemas/registry.ts';
import { entryPath, STATIC_PATHS } from '../routes.ts';
import { formatPath } from './schema-messages.ts';
import type { Problem } from './problem.ts';
import { EMBED_COLLECTIONS, type MdxScan } from './mdx-scan.ts';
import leven from 'leven';
import { findReferences } from '../references.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: Record<string, unknown>;
  scan?: MdxScan;
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * @param existing ids per collection of every file found, also those whose data is invalid, so one
 *   broken file does not cascade into "does not exist" messages in the files pointing at it
 */
export function checkIntegrity(
  entries: CheckedEntry[],
  existing: Map<CollectionName, Set<string>> = new Map(),
  images: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  for (const [collection, set] of existing) ids.set(collection, new Set(set));
  for (const entry of entries) {
    const set = ids.get(entry.collection) ?? new Set<string>();
    ids.set(entry.collection, set);
    set.add(entry.id);
  }
  const exists = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
  const known = (collection: CollectionName) => [...(ids.get(collection) ?? [])].sort();
  const suggest = (collection: CollectionName, id: string) => {
    const close = known(collection).filter((candidate) => similar(candidate, id));
    const folder = `content/${COLLECTIONS[collection].folder}/`;
    return close.length
      ? `Bedoelt u ${close.map((candidate) => `"${candidate}"`).join(' of ')}? Alle namen staan in ${folder}.`
      : `Gebruik de naam van een bestand in ${folder} (zonder extensie).`;
  };

  const internalPaths = new Set<string>(STATIC_PATHS);
  for (const [collection, set] of ids) for (const id of set) internalPaths.add(entryPath(collection, id));

  for (const entry of entries) {
    for (const { ref, path } of findReferences(entry.data)) {
      if (!exists(ref.collection, ref.id)) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: formatPath(path),
          message: `"${ref.id}" bestaat niet als ${COLLECTIONS[ref.collection].label}.`,
          hint: suggest(ref.collection, ref.id),
        });
      }
      if (ref.collection === entry.collection && ref.id === entry.id) {
        problems.push({
          file: entry.file,
          line: entry.lineOf(path),
          field: formatPath(path),
          message: 'Een pagina kan niet naar zichzelf verwijzen.',
        });
      }
    }
    for (const embed of entry.scan?.embeds ?? []) {
      const collection = EMBED_COLLECTIONS[embed.component];
      if (!exists(collection, embed.id)) {
        problems.push({
          file: entry.file,
          line: embed.line,
          field: `<${embed.component} id="${embed.id}">`,
          message: `"${embed.id}" bestaat niet als ${COLLECTIONS[collection].label}.`,
          hint: suggest(collection, embed.id),
        });
      }
    }
    for (const image of entry.scan?.images ?? []) {
      if (!images.has(image.url)) {
        problems.push({
          file: entry.file,
          line: image.line,
          field: 'tekst',
          message: `De afbeelding ${image.url} bestaat niet.`,
          hint: `Zet het bestand in public${image.url}, of controleer de naam (kleine letters).`,
        });
      }
    }
    for (const link of entry.scan?.links ?? []) {
      const target = normalizeInternal(link.url);
      if (!internalPaths.has(target.path) && !internalPaths.has(`${target.path}#${target.hash}`)) {
        const lastPart = target.path.split('/').filter(Boolean).at(-1);
        const meant = [...internalPaths].find((path) => lastPart && path.endsWith(`/${lastPart}/`));
        problems.push({
          file: entry.file,
          line: link.line,
          field: 'tekst',
          message: `De link ${link.url} wijst naar een pagina die niet bestaat.`,
          hint: meant
            ? `Bedoelt u ${meant}?`
            : 'Links naar deze site beginnen met / en eindigen met /, bijvoorbeeld /tips/formeer-duos/.',
        });
      } else if (target.path === '/begrippen/' && target.hash && !exists('begrippen', target.hash)) {
        problems.push({
          file: entry.file,
          line: link.line,
          field: 'tekst',
          message: `De link ${link.url} wijst naar een begrip dat niet bestaat.`,
          hint: suggest('begrippen', target.hash),
        });
      }
    }
  }
  return problems;
}

function normalizeInternal(url: string): { path: string; hash: string } {
  const [withoutHash = '', hash = ''] = url.split('#');
  const path = withoutHash.split('?')[0] ?? '';
  return { path: path.endsWith('/') ? path : `${path}/`, hash };
}

/** Cheap "did you mean": same words in another order, or a small typo. */
function similar(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  return leven(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 5));
}
