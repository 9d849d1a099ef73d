// What every detail page (chapter, tip, practice example, law article, theme) shows around its text:
// kicker, breadcrumbs, themes and search filters, worked out once here instead of in each page file,
// after Starlight's generateRouteData. Plain data in, plain data out: tested without a build.
import { articleCitation, chapterKicker, DOMEIN_LABELS, TYPE_LABELS } from './labels.ts';
import type { NavLink } from './navigation.ts';
import { PAGE_FOLDERS, type PageCollection, withBase } from './routes.ts';
import type { PageFilters } from './search/search-state.ts';

/** The fields of an entry this module reads; every collection's data fits it. */
interface EntryData {
  titel?: string;
  samenvatting?: string;
  themas?: { id: string }[];
  deel?: string;
  nummer?: number;
  wet?: string;
  artikel?: string;
  lid?: string;
  provincie?: string;
  gemeente?: string;
  preventieniveau?: string;
  domeinen?: string[];
}

export interface PageEntry<D = EntryData> {
  collection: PageCollection;
  id: string;
  data: D;
}

export interface ThemeEntry {
  id: string;
  data: { titel: string };
}

export interface EntryPageData<T extends ThemeEntry> {
  title: string;
  /** The line above the title: "Tip", "Hoofdstuk 3", "Artikel 2.1 Jeugdwet". */
  kicker: string;
  description: string;
  breadcrumbs: NavLink[];
  /** The entry's themes, in the site's theme order. */
  themes: T[];
  /** Pagefind filters: the page's type first, then its themes and the collection's own facets. */
  filters: PageFilters;
}

/** The root of every breadcrumb trail. */
export const HOME_LABEL = 'Handreiking';

export function entryPageData<T extends ThemeEntry>(
  entry: PageEntry<EntryData>,
  options: { themes: readonly T[]; base: string },
): EntryPageData<T> {
  const { collection, data } = entry;
  const themes = options.themes.filter((theme) => (data.themas ?? []).some((ref) => ref.id === theme.id));
  return {
    title: data.titel ?? '',
    kicker: kicker(collection, data),
    description: data.samenvatting ?? '',
    breadcrumbs: [
      { href: withBase('/', options.base), label: HOME_LABEL },
      { href: withBase(`/${PAGE_FOLDERS[collection]}/`, options.base), label: TYPE_LABELS[collection].many },
    ],
    themes,
    filters: filters(collection, data, themes),
  };
}

function kicker(collection: PageCollection, data: EntryData): string {
  if (collection === 'hoofdstukken' && data.deel) return chapterKicker({ deel: data.deel, nummer: data.nummer });
  if (collection === 'wetsartikelen' && data.wet && data.artikel) {
    return articleCitation({ wet: data.wet, artikel: data.artikel, lid: data.lid });
  }
  return TYPE_LABELS[collection].one;
}

function filters(collection: PageCollection, data: EntryData, themes: readonly ThemeEntry[]): PageFilters {
  const result: PageFilters = { type: [TYPE_LABELS[collection].one] };
  if (collection !== 'themas') result.thema = themes.map((theme) => theme.data.titel);
  if (collection === 'praktijkvoorbeelden') {
    if (data.provincie) result.provincie = [data.provincie];
    if (data.gemeente) result.gemeente = [data.gemeente];
    if (data.preventieniveau) result.preventieniveau = [data.preventieniveau];
  }
  if ((collection === 'praktijkvoorbeelden' || collection === 'tips') && data.domeinen) {
    result.domein = data.domeinen.map((domein) => DOMEIN_LABELS[domein] ?? domein);
  }
  return result;
}
