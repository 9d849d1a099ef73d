import type { CollectionName } from './common.ts';

/** Where each collection lives under content/ and what kind of files it holds. */
export interface CollectionLayout {
  folder: string;
  kind: 'mdx' | 'yaml';
  /** Shown to editors in messages ("het praktijkvoorbeeld …"). */
  label: string;
}

export const COLLECTION_LAYOUT: Record<CollectionName, CollectionLayout> = {
  hoofdstukken: { folder: 'hoofdstukken', kind: 'mdx', label: 'hoofdstuk' },
  tips: { folder: 'tips', kind: 'mdx', label: 'tip' },
  praktijkvoorbeelden: { folder: 'praktijkvoorbeelden', kind: 'mdx', label: 'praktijkvoorbeeld' },
  wetsartikelen: { folder: 'wetsartikelen', kind: 'mdx', label: 'wetsartikel' },
  themas: { folder: 'themas', kind: 'yaml', label: 'thema' },
  begrippen: { folder: 'begrippen', kind: 'yaml', label: 'begrip' },
  bronnen: { folder: 'bronnen', kind: 'yaml', label: 'bron' },
  risicofactoren: { folder: 'risicofactoren', kind: 'yaml', label: 'risicofactor' },
  preventieveActies: { folder: 'preventieve-acties', kind: 'yaml', label: 'preventieve actie' },
};

export const COLLECTION_NAMES = Object.keys(COLLECTION_LAYOUT) as CollectionName[];
