// Which tips and practice examples help with each preventive action in the zelfscan: the actions and
// candidates as text pieces for the related-items scoring in src/lib/tools/verwant.ts.
import type { CollectionEntry } from 'astro:content';
import { relatedItems, sharedThemes, type TextPiece } from '../../../lib/tools/verwant.ts';
import { entryHtml } from '../../../lib/entry-html.ts';

export interface HelpLink {
  /** "Tip" or "Praktijkvoorbeeld", as the kicker above the link. */
  kind: string;
  title: string;
  href: string;
}

interface Collections {
  tips: CollectionEntry<'tips'>[];
  praktijkvoorbeelden: CollectionEntry<'praktijkvoorbeelden'>[];
  preventieveActies: CollectionEntry<'preventieveActies'>[];
}

/** For each action id, the tips and examples that help with it, best first. */
export function helpForActions(
  collections: Collections,
  hrefOf: (collection: 'tips' | 'praktijkvoorbeelden', id: string) => string,
): Map<string, HelpLink[]> {
  // A tip or an example as a text piece: its summary, its rendered text and its themes.
  const piece = (
    collection: 'tips' | 'praktijkvoorbeelden',
    entry: CollectionEntry<'tips'> | CollectionEntry<'praktijkvoorbeelden'>,
  ): TextPiece => ({
    collection,
    id: entry.id,
    title: entry.data.titel,
    text: entry.data.samenvatting,
    body: entryHtml(entry),
    themes: entry.data.themas.map((theme) => theme.id),
    preventionLevel: 'preventieniveau' in entry.data ? entry.data.preventieniveau : undefined,
  });
  const candidates: TextPiece[] = [
    ...collections.tips.map((tip) => piece('tips', tip)),
    ...collections.praktijkvoorbeelden.map((example) => piece('praktijkvoorbeelden', example)),
  ];
  const actions: TextPiece[] = collections.preventieveActies.map((action) => ({
    collection: 'preventieveActies',
    id: action.id,
    title: action.data.titel,
    text: action.data.uitleg,
    themes: action.data.themas.map((theme) => theme.id),
    preventionLevel: action.data.preventieniveau,
  }));
  const ignoreThemes = sharedThemes(actions);
  const titles = new Map(candidates.map((piece) => [`${piece.collection}/${piece.id}`, piece.title]));
  return new Map(
    actions.map((action) => [
      action.id,
      relatedItems(action, candidates, { ignoreThemes }).map((item) => {
        const collection = item.collection as 'tips' | 'praktijkvoorbeelden';
        return {
          kind: collection === 'tips' ? 'Tip' : 'Praktijkvoorbeeld',
          title: titles.get(`${collection}/${item.id}`) ?? item.id,
          href: hrefOf(collection, item.id),
        };
      }),
    ]),
  );
}
