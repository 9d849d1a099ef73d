// Every URL of the site is made here, so pages, links in MDX and the checks agree.
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas/registry.ts';

/** Collections with a page per entry (those with a `pageFolder` in the registry). */
export type PageCollection = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { pageFolder: string } ? K : never;
}[CollectionName];

/** The Dutch URL folder of each collection's pages: { wetsartikelen: 'wetgeving', … }. */
export const PAGE_FOLDERS = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => {
    const spec = COLLECTIONS[name];
    return 'pageFolder' in spec ? [[name, spec.pageFolder]] : [];
  }),
) as Record<PageCollection, string>;

/** The overview page of each collection: its page folder, or the list page that holds every entry. */
const COLLECTION_PAGES = COLLECTION_NAMES.map((name) => {
  const spec = COLLECTIONS[name];
  return 'pageFolder' in spec ? `/${spec.pageFolder}/` : spec.listPage;
});

/** Pages that exist whatever the content is. */
export const STATIC_PATHS: readonly string[] = [
  '/',
  ...COLLECTION_PAGES,
  '/zoeken/',
  '/volledig/',
  '/toegankelijkheid/',
  '/wat-is-er-nieuw/',
];

export function hasPage(collection: CollectionName): collection is PageCollection {
  return collection in PAGE_FOLDERS;
}

/** Site-relative path of an entry, without the base path: `/tips/formeer-duos/`, `/begrippen/#vir`. */
export function entryPath(collection: CollectionName, id: string): string {
  if (hasPage(collection)) return `/${PAGE_FOLDERS[collection]}/${id}/`;
  const spec = COLLECTIONS[collection];
  return `${'listPage' in spec ? spec.listPage : '/'}#${id}`;
}

/** Puts the configured base path in front of a site-relative path. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

const FOLDER_TO_COLLECTION = new Map<string, PageCollection>(
  Object.entries(PAGE_FOLDERS).map(([collection, folder]) => [folder, collection as PageCollection]),
);

/** The entry a site path points at: `/tips/formeer-duos/` → tips/formeer-duos, `/begrippen/#vir` → begrippen/vir. */
export function entryOfPath(path: string): { collection: CollectionName; id: string } | undefined {
  const match = /^\/([a-z-]+)\/(?:([a-z0-9-]+)\/?)?(?:#([a-z0-9-]+))?$/.exec(path.split('?')[0] ?? '');
  if (!match) return undefined;
  const [, folder = '', id, anchor] = match;
  const collection = FOLDER_TO_COLLECTION.get(folder);
  if (collection && id) return { collection, id };
  if (folder === 'begrippen' && !id && anchor) return { collection: 'begrippen', id: anchor };
  return undefined;
}
