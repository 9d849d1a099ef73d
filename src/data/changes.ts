// Every page's change notes (frontmatter `wijzigingen`), newest first, for /wat-is-er-nieuw/ and its feed.
import { collectChanges, type ChangedPage, type SiteChange } from '../lib/changes.ts';
import { entryTitle, TYPE_LABELS } from '../lib/labels.ts';
import { PAGE_FOLDERS, type PageCollection } from '../lib/routes.ts';
import { loadSite } from './site.ts';

export async function loadChanges(): Promise<SiteChange[]> {
  const { collections } = await loadSite();
  const pages: ChangedPage[] = (Object.keys(PAGE_FOLDERS) as PageCollection[]).flatMap((collection) =>
    // A collection the site does not load (yet) has no pages and no changes.
    (collections[collection] ?? []).map((entry) => ({
      collection,
      id: entry.id,
      title: entryTitle(entry.data),
      type: TYPE_LABELS[collection].one,
      changes: entry.data.wijzigingen,
    })),
  );
  return collectChanges(pages);
}
