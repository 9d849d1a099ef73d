// The bridge between Astro's content collections and the plain modules in src/lib: loads every
// collection once per build and builds the link graph once, so pages never rescan all content.
import { type CollectionEntry, getCollection } from 'astro:content';
import config from 'virtual:handreiking/config';
import { type FileDates, readGitDates } from '../lib/git-dates.ts';
import { buildLinkGraph, type LinkGraph } from '../lib/link-graph.ts';
import { entryTitle, placeLabel, TYPE_LABELS } from '../lib/labels.ts';
import { expandEmbeds } from '../lib/markdown/embed-boxes.ts';
import type { MarkdownHeading } from 'astro';
import { inReadingOrder } from '../lib/navigation.ts';
import { entryPageData, type PageEntry } from '../lib/page-data.ts';
import { currencyOf } from '../lib/changes.ts';
import { entryPath, withBase } from '../lib/routes.ts';
import { type SearchState, writeState } from '../lib/search/search-state.ts';
import type { CollectionName, EntryRef } from '../schemas/common.ts';
import { COLLECTIONS, COMPONENTS, embedComponentOf } from '../schemas/registry.ts';
import { entryHtml } from '../lib/entry-html.ts';
import { type KeyedEntry, pageCacheKey, siteFingerprint } from '../lib/page-cache-key.ts';

export type Collections = { [K in CollectionName]: CollectionEntry<K>[] };

export interface Site {
  collections: Collections;
  chapters: CollectionEntry<'hoofdstukken'>[];
  themes: CollectionEntry<'themas'>[];
  graph: LinkGraph;
  /** What every page may show of every entry (src/lib/page-cache-key.ts); the cacheKey of list pages. */
  fingerprint: string;
}

let loading: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  loading ??= (async () => {
    const [
      hoofdstukken,
      tips,
      praktijkvoorbeelden,
      wetsartikelen,
      themas,
      begrippen,
      bronnen,
      risicofactoren,
      preventieveActies,
      hulpmiddelen,
    ] = await Promise.all([
      getCollection('hoofdstukken'),
      getCollection('tips'),
      getCollection('praktijkvoorbeelden'),
      getCollection('wetsartikelen'),
      getCollection('themas'),
      getCollection('begrippen'),
      getCollection('bronnen'),
      getCollection('risicofactoren'),
      getCollection('preventieveActies'),
      getCollection('hulpmiddelen'),
    ]);
    const collections: Collections = {
      hoofdstukken,
      tips: sortByTitle(tips),
      praktijkvoorbeelden: sortByTitle(praktijkvoorbeelden),
      wetsartikelen: [...wetsartikelen].sort((a, b) =>
        `${a.data.wet} ${a.data.artikel}`.localeCompare(`${b.data.wet} ${b.data.artikel}`, 'nl', { numeric: true }),
      ),
      themas: [...themas].sort((a, b) => a.data.volgorde - b.data.volgorde),
      begrippen: [...begrippen].sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl')),
      bronnen,
      risicofactoren: [...risicofactoren].sort((a, b) => a.data.volgorde - b.data.volgorde),
      preventieveActies: [...preventieveActies].sort((a, b) => a.data.nummer - b.data.nummer),
      hulpmiddelen: [...hulpmiddelen].sort((a, b) => a.data.volgorde - b.data.volgorde),
    };
    const all = (
      Object.values(collections).flat() as {
        collection: CollectionName;
        id: string;
        data: Record<string, unknown>;
        rendered?: { metadata?: Record<string, unknown> };
      }[]
    ).map((entry) => ({ ...entry, references: entry.rendered?.metadata?.references as EntryRef[] | undefined }));
    return {
      collections,
      chapters: inReadingOrder(hoofdstukken),
      themes: collections.themas,
      graph: buildLinkGraph(all),
      fingerprint: siteFingerprint(all as KeyedEntry[], { config, base: import.meta.env.BASE_URL }),
    };
  })();
  return loading;
}

function sortByTitle<T extends { data: { titel: string } }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
}

/**
 * The cacheKey of an entry's page, for Astro's incremental build: the site fingerprint plus the
 * texts the page shows (its own and those it embeds or links to) and its dates, which only the
 * entry's own page shows.
 */
export function entryCacheKey(
  site: Site,
  entry: { collection: CollectionName; id: string; filePath?: string },
): string | undefined {
  const texts = [entry, ...site.graph.cites(entry).map((ref) => site.graph.get(ref))];
  return pageCacheKey(site.fingerprint, texts.filter(Boolean) as KeyedEntry[], pageHistory(entry));
}

/** URL of a page, with the base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

export interface ResolvedLink {
  ref: EntryRef;
  href: string;
  title: string;
  type: string;
  summary?: string;
}

/** Turns references into links with titles, dropping any that do not resolve. */
export function resolveLinks(site: Site, refs: EntryRef[]): ResolvedLink[] {
  return refs.flatMap((ref) => {
    const entry = site.graph.get(ref);
    if (!entry) return [];
    const summary = entry.data.samenvatting;
    return [
      {
        ref,
        href: href(entryPath(ref.collection, ref.id)),
        title: entryTitle(entry.data),
        type: TYPE_LABELS[ref.collection].one,
        summary: typeof summary === 'string' ? summary : undefined,
      },
    ];
  });
}

type RenderedEntry = {
  collection: CollectionName;
  id: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
};

/** An MDX entry's text as HTML, with embedded tips and examples drawn in their boxes. */
export function bodyHtml(site: Site, entry: RenderedEntry): string {
  return expandEmbeds(entryHtml(entry), (collection, id) => {
    const embedded = site.graph.get({ collection: collection as CollectionName, id }) as
      (RenderedEntry & { data: Record<string, unknown> }) | undefined;
    const component = embedComponentOf(collection);
    if (!embedded || !component) return undefined;
    const data = embedded.data as { titel: string; gemeente?: string; regio?: string; provincie?: string };
    return {
      kind: COMPONENTS[component].box,
      title: data.titel,
      html: entryHtml(embedded),
      href: href(entryPath(collection as CollectionName, id)),
      // An entry with a place (a practice example) shows it above its text.
      meta: data.provincie ? placeLabel({ ...data, provincie: data.provincie }) : undefined,
    };
  });
}

/** The headings of an MDX entry's text, for "Op deze pagina". */
export function bodyHeadings(entry: RenderedEntry): MarkdownHeading[] {
  return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}

let gitDates: ((file: string) => FileDates) | undefined;

export interface PageHistory extends FileDates {
  /** "Bewerk deze pagina": the file in the repository's web editor. */
  editUrl: string;
}

/** When a page's source file was added and last changed, and where to edit it. */
export function pageHistory(entry: { collection: CollectionName; id: string; filePath?: string }): PageHistory {
  const { folder, kind } = COLLECTIONS[entry.collection];
  const repositoryPath = `content/${folder}/${entry.id}.${kind}`;
  gitDates ??= readGitDates(process.env.CONTENT_DIR ?? 'content');
  const dates = gitDates(entry.filePath ?? repositoryPath);
  return { ...dates, editUrl: `${config.repository.replace(/\/$/, '')}/edit/${config.branch}/${repositoryPath}` };
}

/** Link to the search page with words and filters filled in, e.g. all examples of a theme. */
export function searchHref(query: string, filters: SearchState['filters'] = {}): string {
  return href(`/zoeken/${writeState({ query, filters })}`);
}

/** How many linked pages a list shows before it points to the search page. */
export const LIST_LIMIT = 20;
/** Practice examples per page of the list. */
export const EXAMPLES_PER_PAGE = 48;

/**
 * Everything a detail page shows around its text, in one call: title block, breadcrumbs, themes,
 * search filters (src/lib/page-data.ts), the headings of its text and its history.
 */
export function entryPage(site: Site, entry: PageEntry & RenderedEntry & { filePath?: string }) {
  return {
    ...entryPageData(entry, { themes: site.themes, base: import.meta.env.BASE_URL }),
    headings: bodyHeadings(entry),
    history: pageHistory(entry),
    actualiteit: currencyOf(entry.data),
  };
}
