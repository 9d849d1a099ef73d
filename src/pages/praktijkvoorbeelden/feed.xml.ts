// RSS feed of practice examples, newest first, so partners can follow what is added.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import config from 'virtual:handreiking/config';
import { href, loadSite, pageHistory } from '../../data/site.ts';
import { placeLabel } from '../../lib/labels.ts';
import { entryPath } from '../../lib/routes.ts';

export async function GET(context: APIContext) {
  const { collections } = await loadSite();
  const items = collections.praktijkvoorbeelden
    .map((example) => ({ example, added: pageHistory(example).created }))
    .sort((a, b) => b.added.getTime() - a.added.getTime() || a.example.id.localeCompare(b.example.id));
  return rss({
    title: `Praktijkvoorbeelden — ${config.titel}`,
    description: `${config.titel}: nieuwe praktijkvoorbeelden van gemeenten en regio’s.`,
    site: context.site ?? config.url,
    customData: '<language>nl-nl</language>',
    items: items.map(({ example, added }) => ({
      title: example.data.titel,
      link: href(entryPath('praktijkvoorbeelden', example.id)),
      description: `${placeLabel(example.data)}. ${example.data.samenvatting}`,
      pubDate: added,
      categories: example.data.themas.map((theme) => theme.id),
    })),
  });
}
