// Building blocks shared by the collection schemas. Field names are Dutch because editors write them.
import { z } from 'astro/zod';
import { datum } from './datum.ts';
import type { CollectionName } from './registry.ts';

export type { CollectionName };

export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Makes the schema for "an id of collection C". Astro passes its own `reference()`;
 * the stand-alone checker passes {@link strictReference}. Both resolve to `{ collection, id }`.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const strictReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .regex(ID_PATTERN)
    .transform((id) => ({ collection, id })) as unknown as z.ZodType<EntryRef<C>>;

export const PROVINCIES = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
  'landelijk',
] as const;

export const PREVENTIENIVEAUS = ['primair', 'secundair', 'tertiair'] as const;

export const DOMEINEN = ['sociaal-domein', 'onderwijs-en-kinderopvang', 'veiligheidsdomein', 'zorgdomein'] as const;

export const SAMENVATTING_MAX = 300;

export const tekst = () => z.string().trim().min(1);
export const samenvatting = () => tekst().max(SAMENVATTING_MAX);
export const httpsUrl = () => z.url({ protocol: /^https$/ });
export const jaar = () => z.number().int().min(1900).max(2100);

/** Where a fact comes from: a document in the `bronnen` collection and the section in it. */
export const bron = (reference: ReferenceFactory) =>
  z.strictObject({
    document: reference('bronnen'),
    onderdeel: tekst(),
  });

export const themas = (reference: ReferenceFactory) => z.array(reference('themas')).min(1);

/** Hand-picked related items; the reverse links are computed by the link graph. */
export const gerelateerd = (reference: ReferenceFactory) =>
  z
    .strictObject({
      tips: z.array(reference('tips')).optional(),
      praktijkvoorbeelden: z.array(reference('praktijkvoorbeelden')).optional(),
      wetsartikelen: z.array(reference('wetsartikelen')).optional(),
    })
    .optional();

/** The longest change note: one line on the "Wat is er nieuw" page and in its feed. */
export const WIJZIGING_MAX = 200;

/**
 * How current a page is, GOV.UK style: on every collection with pages (registry: pageFolder). When the
 * editors last checked the text, what changed in law or practice since the sources were written, and
 * dated notes of what changed on the page itself (listed on /wat-is-er-nieuw/).
 */
export const actualiteit = () => ({
  laatstGecontroleerd: datum().describe(
    'De datum waarop de redactie de tekst voor het laatst controleerde, zoals 2026-11-28. Niet in de toekomst.',
  ),
  sindsdienVeranderd: z
    .array(
      z
        .strictObject({
          datum: datum().describe('Wanneer de wet of de praktijk veranderde, zoals 2020-01-01.'),
          tekst: tekst().max(600).describe('Wat er veranderde en wat dat voor de gemeente betekent, in gewone taal.'),
          bron: z
            .strictObject({
              titel: tekst().max(300).describe('De bron precies: wet, artikel en datum, of document en uitgever.'),
              url: httpsUrl().optional().describe('Webadres van de bron, zoals wetten.overheid.nl; altijd https://.'),
            })
            .describe('Waar dit staat, zodat de lezer het kan nagaan.'),
        })
        .describe('Eén verandering sinds de bron.'),
    )
    .min(1)
    .optional()
    .describe(
      'Kader "Wat is er sindsdien veranderd" bovenaan de pagina: wat er na de bron veranderde in wet of praktijk.',
    ),
  wijzigingen: z
    .array(
      z
        .strictObject({
          datum: datum().describe('Wanneer de pagina veranderde, zoals 2026-11-29.'),
          tekst: tekst()
            .max(WIJZIGING_MAX)
            .refine((value) => !/\n/.test(value), { message: 'een-regel' })
            .describe('Eén regel: wat er op de pagina veranderde.'),
        })
        .describe('Eén wijziging van de pagina.'),
    )
    .min(1)
    .optional()
    .describe('Wijzigingen van deze pagina, elk met datum en één regel; ze staan op de pagina "Wat is er nieuw".'),
});
