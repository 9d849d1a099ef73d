// Which tips and practice examples help with each preventive action in the zelfscan: the actions and
// candidates as text pieces for the related-items scoring in src/lib/tools/verwant.ts.
import type { CollectionEntry } from 'astro:content';
import { relatedItems, sharedThemes, type TextPiece } from '../../../lib/tools/verwant.ts';

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
  const candidates: TextPiece[] = [
    ...collections.tips.map((tip) => ({
      collection: 'tips',
      id: tip.id,
      title: tip.data.titel,
      text: tip.data.samenvatting,
      body: tip.rendered?.html,
      themes: tip.data.themas.map((theme) => theme.id),
    })),
    ...collections.praktijkvoorbeelden.map((example) => ({
      collection: 'praktijkvoorbeelden',
      id: example.id,
      title: example.data.titel,
      text: example.data.samenvatting,
      body: example.rendered?.html,
      themes: example.data.themas.map((theme) => theme.id),
      preventionLevel: example.data.preventieniveau,
    })),
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
