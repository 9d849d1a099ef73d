// The Dutch label and hint of every field that editors fill in through the editing app (/beheer/).
// The hint of a field whose schema has a description (zod `.describe()`) is that description; the
// hints here are for the fields without one. src/lib/cms-config.test.ts fails when a field of the
// content model has no label here.
import type { CollectionName } from './registry.ts';

export interface FieldText {
  label: string;
  /** What to fill in, in one or two short sentences. */
  hint?: string;
  /** For a list: one item ("Organisatie" in "Organisatie toevoegen"). */
  one?: string;
}

/** By field path (`bron.document`, `wijzigingen.datum`), the same in every collection. */
export const FIELD_TEXT: Record<string, FieldText> = {
  titel: { label: 'Titel', hint: 'Kort en duidelijk, in gewone taal.' },
  samenvatting: {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen, hoogstens 300 tekens. Staat bovenaan de pagina en in de zoekresultaten.',
  },
  gemeente: { label: 'Gemeente', hint: 'Vul de gemeente in, of anders de regio.' },
  regio: { label: 'Regio', hint: 'Als het initiatief van een regio is. Vul de gemeente of de regio in.' },
  provincie: {
    label: 'Provincie',
    hint: 'Kies "landelijk" voor een landelijk initiatief of een initiatief in meer provincies.',
  },
  jaar: { label: 'Jaar', hint: 'Het jaar van het initiatief, bijvoorbeeld 2017.' },
  themas: { label: "Thema's", hint: "Kies één of meer thema's." },
  organisaties: {
    label: 'Organisaties',
    one: 'Organisatie',
    hint: 'De betrokken organisaties. Nooit namen of contactgegevens van personen.',
  },
  preventieniveau: {
    label: 'Preventieniveau',
    hint: 'Primair: alle gezinnen. Secundair: gezinnen met risico. Tertiair: herhaling voorkomen.',
  },
  domeinen: { label: 'Domeinen', hint: 'De domeinen waar het over gaat (niet verplicht).' },
  bron: { label: 'Bron', hint: 'Waar komen de feiten vandaan?' },
  'bron.document': {
    label: 'Document',
    hint: 'Staat uw bron er niet bij? Voeg hem eerst toe onder Bronnen.',
  },
  'bron.onderdeel': {
    label: 'Onderdeel',
    hint: 'Waar in het document het staat, bijvoorbeeld "Hoofdstuk 1 Preventie".',
  },
  link: { label: 'Link', hint: 'Een webadres met meer informatie. Begint altijd met https://.' },
  hoofdstuk: { label: 'Hoofdstuk', hint: 'Het hoofdstuk waar de tip bij hoort.' },
  gerelateerd: {
    label: 'Hoort ook bij',
    hint: 'Tips, voorbeelden en wetsartikelen die erbij horen. De link terug maakt de site zelf.',
  },
  'gerelateerd.tips': { label: 'Tips' },
  'gerelateerd.praktijkvoorbeelden': { label: 'Praktijkvoorbeelden' },
  'gerelateerd.wetsartikelen': { label: 'Wetsartikelen' },
  laatstGecontroleerd: { label: 'Laatst gecontroleerd' },
  sindsdienVeranderd: { label: 'Sindsdien veranderd', one: 'Verandering' },
  'sindsdienVeranderd.datum': { label: 'Datum' },
  'sindsdienVeranderd.tekst': { label: 'Wat veranderde' },
  'sindsdienVeranderd.bron': { label: 'Bron van de verandering' },
  'sindsdienVeranderd.bron.titel': { label: 'Titel van de bron' },
  'sindsdienVeranderd.bron.url': { label: 'Webadres van de bron' },
  wijzigingen: { label: 'Wijzigingen van de pagina', one: 'Wijziging' },
  'wijzigingen.datum': { label: 'Datum' },
  'wijzigingen.tekst': { label: 'Wat veranderde' },
};

/** Where a field means something else in one collection. */
export const COLLECTION_FIELD_TEXT: Partial<Record<CollectionName, Record<string, FieldText>>> = {
  tips: {
    samenvatting: { label: 'Samenvatting', hint: 'Eén of twee zinnen, hoogstens 300 tekens.' },
  },
  bronnen: {
    titel: { label: 'Titel', hint: 'De titel van het document, zoals op de voorkant.' },
    uitgever: { label: 'Uitgever', hint: 'De organisatie die het document uitgaf, bijvoorbeeld "Gemeente Zwolle".' },
    jaar: { label: 'Jaar', hint: 'Het jaar van uitgave.' },
    url: { label: 'Webadres', hint: 'Waar het document te vinden is. Begint altijd met https://.' },
  },
};

/** The label and hint of a field, or undefined when nobody wrote one yet. */
export function fieldText(collection: CollectionName, path: string): FieldText | undefined {
  return COLLECTION_FIELD_TEXT[collection]?.[path] ?? FIELD_TEXT[path];
}
