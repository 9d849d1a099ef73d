// A sequence of steps that runs over several chapters (GOV.UK's step-by-step pattern), such as the NJi's
// three steps for prevention. Written in the frontmatter of one chapter; every chapter it names shows
// the steps, where the reader is, and the step before and after (src/components/steps/).
import { z } from 'astro/zod';
import { type ReferenceFactory, tekst } from './common.ts';

export const stappenplan = (reference: ReferenceFactory) =>
  z
    .strictObject({
      titel: tekst().max(120).describe('De naam van het stappenplan zoals de bron die noemt.'),
      herhalen: z
        .boolean()
        .optional()
        .describe('true als de bron zegt dat u na de laatste stap weer bij stap 1 begint.'),
      stappen: z
        .array(
          z.strictObject({
            titel: tekst().max(120).describe('De stap zoals de bron hem noemt, zonder nummer.'),
            paginas: z
              .array(
                z.strictObject({
                  hoofdstuk: reference('hoofdstukken')
                    .optional()
                    .describe('Het hoofdstuk dat deze stap behandelt; zonder hoofdstuk: dit hoofdstuk zelf.'),
                  anker: z
                    .string()
                    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
                    .optional()
                    .describe('De kop in dat hoofdstuk, zoals stap-1-de-situatie-in-uw-gemeente.'),
                }),
              )
              .min(1)
              .describe('De hoofdstukken (en koppen) waar deze stap staat.'),
          }),
        )
        .min(2)
        .describe('De stappen, in volgorde.'),
    })
    .optional()
    .describe('Een reeks stappen over meer hoofdstukken; elk genoemd hoofdstuk toont waar de lezer is.');
