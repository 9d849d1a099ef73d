// The content model of the handreiking. Schemas live in src/schemas/; this file only wires them
// to folders under content/. The stand-alone checker (npm run controleer) reads the same schemas.
import { defineCollection, reference } from 'astro:content';
import { resolve } from 'node:path';
import { contentLoader } from './loaders/content-loader.ts';
import { createSchemas } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/common.ts';
import type { CollectionName } from './schemas/registry.ts';

const schemas = createSchemas(reference as unknown as ReferenceFactory);
// CONTENT_DIR lets tests and the benchmark build another content folder (see astro.config.mjs).
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

/** A collection reads its folder under content/ with the content loader: MDX rendered as data. */
const loader = (name: CollectionName) => contentLoader(name, { contentDir });

// Written out, because Astro derives each collection's types from this object; `satisfies` makes
// TypeScript report a collection of the registry (src/schemas/registry.ts) that is missing here.
export const collections = {
  hoofdstukken: defineCollection({ loader: loader('hoofdstukken'), schema: schemas.hoofdstukken }),
  tips: defineCollection({ loader: loader('tips'), schema: schemas.tips }),
  praktijkvoorbeelden: defineCollection({ loader: loader('praktijkvoorbeelden'), schema: schemas.praktijkvoorbeelden }),
  wetsartikelen: defineCollection({ loader: loader('wetsartikelen'), schema: schemas.wetsartikelen }),
  themas: defineCollection({ loader: loader('themas'), schema: schemas.themas }),
  begrippen: defineCollection({ loader: loader('begrippen'), schema: schemas.begrippen }),
  bronnen: defineCollection({ loader: loader('bronnen'), schema: schemas.bronnen }),
  risicofactoren: defineCollection({ loader: loader('risicofactoren'), schema: schemas.risicofactoren }),
  preventieveActies: defineCollection({ loader: loader('preventieveActies'), schema: schemas.preventieveActies }),
  hulpmiddelen: defineCollection({ loader: loader('hulpmiddelen'), schema: schemas.hulpmiddelen }),
} satisfies Record<CollectionName, unknown>;
