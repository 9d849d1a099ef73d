// The content model as JSON Schema, the form the editing app's configuration is made from
// (src/lib/cms-config.ts): each zod schema of src/schemas/, with references marked by the
// collection they point at and dates marked as dates.
import { z } from 'astro/zod';
import { createSchemas } from '../schemas/collections.ts';
import { ID_PATTERN, type ReferenceFactory } from '../schemas/common.ts';
import type { CollectionName } from '../schemas/registry.ts';

/** A JSON Schema node as zod's toJSONSchema writes it, plus our `verwijzing` mark on references. */
export interface Node {
  type?: string;
  description?: string;
  enum?: string[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  anyOf?: Node[];
  verwijzing?: CollectionName;
}

/** References marked with the collection they point at, so the form can offer its entries. */
const markedReference = ((collection: CollectionName) =>
  z.string().regex(ID_PATTERN).meta({ verwijzing: collection })) as unknown as ReferenceFactory;

const schemas = createSchemas(markedReference);

/** The JSON Schema of a collection's data, as editors write it (before zod transforms it). */
export function collectionJsonSchema(collection: CollectionName): Node {
  return z.toJSONSchema(schemas[collection], {
    io: 'input',
    // A date may be written as a YAML date; JSON Schema has no such type, so mark it ourselves.
    unrepresentable: 'any',
    override: (context) => {
      if ((context.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date')
        (context.jsonSchema as Node).format = 'date';
    },
  }) as Node;
}

/** Every field path of a collection's schema (`bron`, `bron.document`, …), for tests and checks. */
export function schemaFieldPaths(collection: CollectionName): string[] {
  const paths: string[] = [];
  const walk = (node: Node, prefix: string) => {
    const object = node.type === 'array' ? node.items : node;
    for (const [name, child] of Object.entries(object?.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      paths.push(path);
      walk(child, path);
    }
  };
  walk(collectionJsonSchema(collection), '');
  return paths;
}

export const isDate = (node: Node) =>
  node.format === 'date' || (node.anyOf ?? []).some((option) => option.format === 'date');
