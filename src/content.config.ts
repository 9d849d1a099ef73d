// The content model of the handreiking. Schemas live in src/schemas/; this file only wires them
// to folders under content/. The stand-alone checker (npm run controleer) reads the same schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { createSchemas } from './schemas/collections.ts';
import type { ReferenceFactory } from './schemas/common.ts';
import { COLLECTION_LAYOUT } from './schemas/layout.ts';

const schemas = createSchemas(reference as unknown as ReferenceFactory);
// CONTENT_DIR lets tests and the benchmark build another content folder (see astro.config.mjs).
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

function collection<K extends keyof typeof schemas>(name: K) {
  const { folder, kind } = COLLECTION_LAYOUT[name];
  return defineCollection({
    loader: glob({ pattern: kind === 'mdx' ? '*.mdx' : '*.yaml', base: resolve(contentDir, folder) }),
    schema: schemas[name],
  });
}

export const collections = {
  hoofdstukken: collection('hoofdstukken'),
  tips: collection('tips'),
  praktijkvoorbeelden: collection('praktijkvoorbeelden'),
  wetsartikelen: collection('wetsartikelen'),
  themas: collection('themas'),
  begrippen: collection('begrippen'),
  bronnen: collection('bronnen'),
  risicofactoren: collection('risicofactoren'),
  preventieveActies: collection('preventieveActies'),
};
