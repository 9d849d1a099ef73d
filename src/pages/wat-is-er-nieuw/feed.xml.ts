// RSS feed of "Wat is er nieuw": every page's dated change notes, newest first.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import config from 'virtual:handreiking/config';
import { loadChanges } from '../../data/changes.ts';
import { href } from '../../data/site.ts';
import { changeGuid, changeTitle } from '../../lib/changes.ts';
import { entryPath } from '../../lib/routes.ts';

export async function GET(context: APIContext) {
  const changes = await loadChanges();
  return rss({
    title: `Wat is er nieuw — ${config.titel}`,
    description: `${config.titel}: wat er veranderde, de nieuwste wijziging eerst.`,
    site: context.site ?? config.url,
    customData: '<language>nl-nl</language>',
    items: changes.map((change) => ({
      title: changeTitle(change),
      // The changed page itself; a page can change more than once, so the id is not the link.
      link: href(entryPath(change.page.collection, change.page.id)),
      customData: `<guid isPermaLink="false">${changeGuid(change)}</guid>`,
      description: `${change.page.type}: ${change.page.title}. ${change.tekst}`,
      pubDate: change.datum,
    })),
  });
}
