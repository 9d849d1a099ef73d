import { describe, expect, it } from 'vitest';
import { entryPageData } from './page-data.ts';

const themes = [
  { id: 'preventie', data: { titel: 'Preventie' } },
  { id: 'signaleren', data: { titel: 'Signaleren' } },
  { id: 'samenwerken', data: { titel: 'Samenwerken' } },
];

describe('entryPageData', () => {
  it('gives a practice example its place facets as search filters, themes in the site order', () => {
    const page = entryPageData(
      {
        collection: 'praktijkvoorbeelden',
        id: 'buurtgezinnen-utrecht',
        data: {
          titel: 'Buurtgezinnen',
          samenvatting: 'Gezinnen helpen gezinnen.',
          themas: [{ id: 'samenwerken' }, { id: 'preventie' }],
          provincie: 'Utrecht',
          gemeente: 'Utrecht',
          domeinen: ['sociaal-domein', 'nieuw-domein'],
        },
      },
      { themes, base: '/' },
    );
    expect(page.kicker).toBe('Praktijkvoorbeeld');
    expect(page.themes.map((theme) => theme.id)).toEqual(['preventie', 'samenwerken']);
    expect(page.filters).toEqual({
      type: ['Praktijkvoorbeeld'],
      thema: ['Preventie', 'Samenwerken'],
      provincie: ['Utrecht'],
      gemeente: ['Utrecht'],
      domein: ['Sociaal domein en zorg (gemeente)', 'nieuw-domein'],
    });
    expect(page.breadcrumbs.map((crumb) => crumb.href)).toEqual(['/', '/praktijkvoorbeelden/']);
  });

  it('names chapters and law articles by their number, and puts the base path in every breadcrumb', () => {
    const chapter = entryPageData(
      { collection: 'hoofdstukken', id: 'meldcode', data: { titel: 'De meldcode', deel: 'hoofdstuk', nummer: 4 } },
      { themes, base: '/handreiking/' },
    );
    expect(chapter.kicker).toBe('Hoofdstuk 4');
    expect(chapter.breadcrumbs).toEqual([
      { href: '/handreiking/', label: 'Handreiking' },
      { href: '/handreiking/hoofdstukken/', label: 'Hoofdstukken' },
    ]);
    const article = entryPageData(
      {
        collection: 'wetsartikelen',
        id: 'jeugdwet-2-1',
        data: { titel: 'Preventie', wet: 'Jeugdwet', artikel: '2.1' },
      },
      { themes, base: '/' },
    );
    expect(article.kicker).toBe('Artikel 2.1 Jeugdwet');
    expect(article.breadcrumbs[1]).toEqual({ href: '/wetgeving/', label: 'Wetgeving' });
    expect(article.filters).toEqual({ type: ['Wetsartikel'], thema: [] });
  });

  it('files a theme page under its type only, and a tip under its domains', () => {
    const theme = entryPageData({ collection: 'themas', id: 'preventie', data: themes[0].data }, { themes, base: '/' });
    expect(theme.filters).toEqual({ type: ['Thema'] });
    const tip = entryPageData(
      {
        collection: 'tips',
        id: 'duo',
        data: { titel: 'Duo', themas: [{ id: 'signaleren' }], domeinen: ['zorgdomein'] },
      },
      { themes, base: '/' },
    );
    expect(tip.filters).toEqual({ type: ['Tip'], thema: ['Signaleren'], domein: ['Zorg buiten de gemeente'] });
  });
});
