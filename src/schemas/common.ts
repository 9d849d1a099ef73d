// Building blocks shared by the collection schemas. Field names are Dutch because editors write them.
import { z } from 'astro/zod';
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
