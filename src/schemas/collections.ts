// The content model: one schema per collection. content.config.ts hands these to Astro; the
// stand-alone checker (src/lib/content-check) uses the very same schemas, so both agree.
import { z } from 'astro/zod';
import {
  actualiteit,
  bron,
  DOMEINEN,
  gerelateerd,
  httpsUrl,
  jaar,
  PREVENTIENIVEAUS,
  PROVINCIES,
  type ReferenceFactory,
  samenvatting,
  tekst,
  themas,
} from './common.ts';
import { TOOLS } from './registry.ts';
import { stappenplan } from './step-by-step.ts';

export const DELEN = ['introductie', 'hoofdstuk', 'bijlage', 'verdieping'] as const;

export function createSchemas(reference: ReferenceFactory) {
  const hoofdstukken = z.strictObject({
    titel: tekst(),
    volgorde: z.number().int().min(1),
    deel: z.enum(DELEN),
    nummer: z.number().int().min(1).optional(),
    samenvatting: samenvatting(),
    themas: themas(reference),
    bron: bron(reference).optional(),
    stappenplan: stappenplan(reference),
    ...actualiteit(),
  });

  const tips = z.strictObject({
    titel: tekst(),
    samenvatting: samenvatting(),
    themas: themas(reference),
    hoofdstuk: reference('hoofdstukken'),
    bron: bron(reference),
    domeinen: z.array(z.enum(DOMEINEN)).optional(),
    gerelateerd: gerelateerd(reference),
    ...actualiteit(),
  });

  const praktijkvoorbeelden = z
    .strictObject({
      titel: tekst(),
      samenvatting: samenvatting(),
      gemeente: tekst().optional(),
      regio: tekst().optional(),
      provincie: z.enum(PROVINCIES),
      jaar: jaar(),
      themas: themas(reference),
      organisaties: z.array(tekst()).min(1),
      preventieniveau: z.enum(PREVENTIENIVEAUS).optional(),
      domeinen: z.array(z.enum(DOMEINEN)).optional(),
      bron: bron(reference),
      link: httpsUrl().optional(),
      gerelateerd: gerelateerd(reference),
      ...actualiteit(),
    })
    .refine((data) => Boolean(data.gemeente || data.regio), {
      message: 'gemeente-of-regio',
      path: ['gemeente'],
    });

  const wetsartikelen = z.strictObject({
    titel: tekst(),
    wet: tekst(),
    artikel: z.string().trim().min(1),
    lid: z.string().trim().min(1).optional(),
    url: httpsUrl().refine((url) => new URL(url).hostname === 'wetten.overheid.nl', {
      message: 'geen-wetten-overheid',
    }),
    tekst: tekst().optional(),
    samenvatting: samenvatting(),
    themas: themas(reference),
    bron: bron(reference),
    ...actualiteit(),
  });

  const themasSchema = z.strictObject({
    titel: tekst(),
    samenvatting: samenvatting(),
    volgorde: z.number().int().min(1),
    ...actualiteit(),
  });

  const begrippen = z.strictObject({
    term: tekst(),
    afkorting: tekst().optional(),
    uitleg: tekst(),
    synoniemen: z.array(tekst()).optional(),
  });

  const bronnen = z.strictObject({
    titel: tekst(),
    uitgever: tekst(),
    jaar: jaar().optional(),
    url: httpsUrl().optional(),
  });

  const risicofactoren = z.strictObject({
    niveau: tekst(),
    volgorde: z.number().int().min(1),
    uitleg: tekst(),
    groepen: z
      .array(
        z.strictObject({
          titel: tekst().optional(),
          factoren: z.array(tekst()).min(1),
        }),
      )
      .min(1),
  });

  const preventieveActies = z.strictObject({
    nummer: z.number().int().min(1),
    titel: tekst(),
    uitleg: tekst(),
    preventieniveau: z.enum(PREVENTIENIVEAUS),
    aanvulling: z.boolean(),
    themas: themas(reference),
    bron: bron(reference),
    gerelateerd: gerelateerd(reference),
  });

  // A tool page: its texts here, its interactive part from src/components/tools/<hulpmiddel>/.
  const hulpmiddelen = z.strictObject({
    titel: tekst(),
    samenvatting: samenvatting(),
    hulpmiddel: z.enum(TOOLS),
    volgorde: z.number().int().min(1),
    themas: themas(reference).optional(),
    /** The practice example the tool follows, e.g. a municipality's own plan. */
    voorbeeld: reference('praktijkvoorbeelden').optional(),
    /** Help under the plan builder's fields, e.g. how the example plan filled them in. */
    veldhulp: z
      .strictObject({ activiteiten: tekst(), doel: tekst(), trekker: tekst(), evaluatie: tekst() })
      .partial()
      .optional(),
    ...actualiteit(),
  });

  return {
    hoofdstukken,
    tips,
    praktijkvoorbeelden,
    wetsartikelen,
    themas: themasSchema,
    begrippen,
    bronnen,
    risicofactoren,
    preventieveActies,
    hulpmiddelen,
  };
}

export type Schemas = ReturnType<typeof createSchemas>;
