// Every URL of the site is made here, so pages, links in MDX and the checks agree.
import type { CollectionName } from '../schemas/common.ts';

/** Collections with a page per entry, and the Dutch URL folder of that page. */
export const PAGE_FOLDERS = {
  hoofdstukken: 'hoofdstukken',
  tips: 'tips',
  praktijkvoorbeelden: 'praktijkvoorbeelden',
  wetsartikelen: 'wetgeving',
  themas: 'themas',
} as const satisfies Partial<Record<CollectionName, string>>;

export type PageCollection = keyof typeof PAGE_FOLDERS;

/** Pages that exist whatever the content is. */
export const STATIC_PATHS = [
  '/',
  '/hoofdstukken/',
  '/tips/',
  '/praktijkvoorbeelden/',
  '/wetgeving/',
  '/themas/',
  '/begrippen/',
  '/bronnen/',
  '/zoeken/',
  '/risicofactoren/',
  '/preventieve-acties/',
  '/volledig/',
  '/toegankelijkheid/',
  '/hulpmiddelen/',
  '/hulpmiddelen/rekenhulp/',
  '/hulpmiddelen/zelfscan/',
  '/hulpmiddelen/uitvoeringsplan/',
] as const;

export function hasPage(collection: CollectionName): collection is PageCollection {
  return collection in PAGE_FOLDERS;
}

/** Site-relative path of an entry, without the base path: `/tips/formeer-duos/`. */
export function entryPath(collection: CollectionName, id: string): string {
  if (hasPage(collection)) return `/${PAGE_FOLDERS[collection]}/${id}/`;
  if (collection === 'begrippen') return `/begrippen/#${id}`;
  if (collection === 'bronnen') return `/bronnen/#${id}`;
  if (collection === 'risicofactoren') return `/risicofactoren/#${id}`;
  return `/preventieve-acties/#${id}`;
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
