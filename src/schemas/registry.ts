// The one registry of the content model: every collection with its folder under content/, its file
// kind, the words editors and readers see, its URL and the components its text may use. Everything
// else derives from here: content.config.ts, the content check, the loader, routes, labels, search
// types, the scaffolder. Adding a collection starts with one entry below (and its schema in
// collections.ts).

/** The boxes an MDX text can contain, and what each takes. */
export const COMPONENTS = {
  // box: the kind of box the embedded entry is drawn in (src/lib/markdown/boxes.ts).
  Tip: { attributes: ['id'], embeds: 'tips', box: 'tip' },
  Praktijk: { attributes: ['id'], embeds: 'praktijkvoorbeelden', box: 'praktijk' },
  Info: { attributes: ['titel'] },
  /** Where the interactive part of a tool page goes (only in the text of a hulpmiddel). */
  Hulpmiddel: { attributes: [] },
} as const;

/** The interactive tools the site can show; a hulpmiddel entry picks one (src/components/tools/<name>/). */
export const TOOLS = ['rekenhulp', 'zelfscan', 'uitvoeringsplan'] as const;
export type ToolName = (typeof TOOLS)[number];
export type ComponentName = keyof typeof COMPONENTS;

interface CollectionSpec {
  /** Folder under content/ (Dutch: editors see it). */
  folder: string;
  kind: 'mdx' | 'yaml';
  /** In messages to editors: "het praktijkvoorbeeld …". */
  label: string;
  /** What readers see: the kind of page, and the heading of a list of them. */
  type: { one: string; many: string };
  /** URL folder of the page of each entry, for collections with a page per entry. */
  pageFolder?: string;
  /** Page that shows every entry, with the entry's id as anchor, for collections without pages. */
  listPage?: string;
  /** Components the text may use (MDX collections). */
  components?: readonly ComponentName[];
  /** An entry without text is a mistake. */
  bodyRequired?: boolean;
}

export const COLLECTIONS = {
  hoofdstukken: {
    folder: 'hoofdstukken',
    kind: 'mdx',
    label: 'hoofdstuk',
    type: { one: 'Hoofdstuk', many: 'Hoofdstukken' },
    pageFolder: 'hoofdstukken',
    components: ['Tip', 'Praktijk', 'Info'],
    bodyRequired: true,
  },
  tips: {
    folder: 'tips',
    kind: 'mdx',
    label: 'tip',
    type: { one: 'Tip', many: 'Tips' },
    pageFolder: 'tips',
    components: ['Info'],
    bodyRequired: true,
  },
  praktijkvoorbeelden: {
    folder: 'praktijkvoorbeelden',
    kind: 'mdx',
    label: 'praktijkvoorbeeld',
    type: { one: 'Praktijkvoorbeeld', many: 'Praktijkvoorbeelden' },
    pageFolder: 'praktijkvoorbeelden',
    components: ['Info'],
    bodyRequired: true,
  },
  wetsartikelen: {
    folder: 'wetsartikelen',
    kind: 'mdx',
    label: 'wetsartikel',
    type: { one: 'Wetsartikel', many: 'Wetgeving' },
    pageFolder: 'wetgeving',
    components: ['Info'],
    bodyRequired: true,
  },
  themas: {
    folder: 'themas',
    kind: 'yaml',
    label: 'thema',
    type: { one: 'Thema', many: "Thema's" },
    pageFolder: 'themas',
  },
  begrippen: {
    folder: 'begrippen',
    kind: 'yaml',
    label: 'begrip',
    type: { one: 'Begrip', many: 'Begrippen' },
    listPage: '/begrippen/',
  },
  bronnen: {
    folder: 'bronnen',
    kind: 'yaml',
    label: 'bron',
    type: { one: 'Bron', many: 'Bronnen' },
    listPage: '/bronnen/',
  },
  risicofactoren: {
    folder: 'risicofactoren',
    kind: 'yaml',
    label: 'risicofactor',
    type: { one: 'Risicofactor', many: 'Risicofactoren' },
    listPage: '/risicofactoren/',
  },
  preventieveActies: {
    folder: 'preventieve-acties',
    kind: 'yaml',
    label: 'preventieve actie',
    type: { one: 'Preventieve actie', many: 'Preventieve acties' },
    listPage: '/preventieve-acties/',
  },
  hulpmiddelen: {
    folder: 'hulpmiddelen',
    kind: 'mdx',
    label: 'hulpmiddel',
    type: { one: 'Hulpmiddel', many: 'Hulpmiddelen' },
    pageFolder: 'hulpmiddelen',
    components: ['Info', 'Hulpmiddel'],
    bodyRequired: true,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collection of the entries a component embeds, by component: { Tip: 'tips', … }. */
export const EMBED_COLLECTIONS = {
  Tip: COMPONENTS.Tip.embeds,
  Praktijk: COMPONENTS.Praktijk.embeds,
} as const;
export type EmbedComponent = keyof typeof EMBED_COLLECTIONS;

/** The component that embeds entries of a collection (`tips` → `Tip`), if any. */
export function embedComponentOf(collection: string): EmbedComponent | undefined {
  return (Object.keys(EMBED_COLLECTIONS) as EmbedComponent[]).find((name) => EMBED_COLLECTIONS[name] === collection);
}

/** Components the text of a collection may use; none for data collections. */
export function componentsOf(collection: CollectionName): readonly ComponentName[] {
  const spec: CollectionSpec = COLLECTIONS[collection];
  return spec.components ?? [];
}

/** Whether an entry of the collection without text is a mistake. */
export function bodyRequired(collection: CollectionName): boolean {
  const spec: CollectionSpec = COLLECTIONS[collection];
  return spec.bodyRequired ?? false;
}
