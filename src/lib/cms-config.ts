// The configuration of the editing app at /beheer/ (Sveltia CMS), made from the content model at
// build time: every field of the zod schemas (src/schemas/) becomes a form field, with its Dutch
// label (src/schemas/field-labels.ts), its hint, whether it is required, and its choices taken from
// the content itself. Nobody edits config.yml by hand, so the form can never drift from what the
// content check accepts. Written by src/integrations/cms.ts.
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { ID_PATTERN } from '../schemas/common.ts';
import { fieldText } from '../schemas/field-labels.ts';
import { bodyRequired, COLLECTIONS, type CollectionName } from '../schemas/registry.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { collectionJsonSchema, isDate, type Node } from './cms-schema.ts';
import { readSource } from './content-check/source-file.ts';
import { listContentFiles } from './content-files.ts';
import { entryTitle } from './labels.ts';

/** What editors can add and change in the app: practice examples, tips and the sources they cite. */
export const CMS_COLLECTIONS = ['praktijkvoorbeelden', 'tips', 'bronnen'] as const satisfies readonly CollectionName[];
type CmsCollection = (typeof CMS_COLLECTIONS)[number];

/** Formatting the body editor offers: only Markdown the renderer turns into HTML (no code, no raw HTML). */
export const BODY_BUTTONS = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'bulleted-list',
  'numbered-list',
  'quote',
] as const;

/** Set at build time to offer "Inloggen met GitHub" through an OAuth client (see README, Beheeromgeving). */
export const OAUTH_ENV = 'BEHEER_OAUTH_URL';

export interface Choice {
  label: string;
  value: string;
}
/** The entries editors can pick from, per collection: `{ themas: [{ label: 'Preventie', value: 'preventie' }] }`. */
export type Choices = Partial<Record<CollectionName, Choice[]>>;

export interface CmsConfigInput {
  site: Pick<SiteConfig, 'titel' | 'url' | 'basispad' | 'repository' | 'branch'>;
  choices: Choices;
  /** Base URL of an OAuth client for GitHub sign-in; without it, editors sign in with a token. */
  oauthUrl?: string;
}

type Field = Record<string, unknown>;

export { collectionJsonSchema, schemaFieldPaths } from './cms-schema.ts';

/** `sociaal-domein` → `Sociaal domein`; names with capitals (`Noord-Holland`) stay as they are. */
export function optionLabel(value: string): string {
  if (/[A-Z]/.test(value)) return value;
  return (value.charAt(0).toUpperCase() + value.slice(1)).replace(/-/g, ' ');
}

interface Context {
  collection: CmsCollection;
  choices: Choices;
}

function toField(name: string, path: string, node: Node, required: boolean, context: Context): Field {
  const text = fieldText(context.collection, path);
  const hint = node.description ?? text?.hint;
  const field: Field = {
    name,
    label: text?.label ?? name,
    ...(hint ? { hint } : {}),
    required,
    ...widget(path, node, required, context),
  };
  return field;
}

function reference(target: CollectionName, context: Context): Field {
  if ((CMS_COLLECTIONS as readonly string[]).includes(target)) {
    // An entry the app itself edits: offered live from that collection, so a source added a moment
    // ago can be picked at once.
    return {
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      search_fields: ['titel'],
      display_fields: ['titel'],
    };
  }
  return { widget: 'select', options: context.choices[target] ?? [] };
}

function widget(path: string, node: Node, required: boolean, context: Context): Field {
  if (isDate(node)) {
    // Stored as 2026-11-28, as the content check and `npm run nieuw:voorbeeld` write it.
    return {
      widget: 'datetime',
      time_format: false,
      format: 'YYYY-MM-DD',
      ...(required && !path.includes('.') ? { default: '{{now}}' } : {}),
    };
  }
  if (node.verwijzing) return reference(node.verwijzing, context);
  if (node.enum) return { widget: 'select', options: node.enum.map((value) => ({ label: optionLabel(value), value })) };
  switch (node.type) {
    case 'string': {
      const field: Field = { widget: (node.maxLength ?? 0) > 150 ? 'text' : 'string' };
      if (node.maxLength) field.maxlength = node.maxLength;
      if (node.format === 'uri')
        field.pattern = ['^https://[^\\s]+$', 'Een webadres begint met https:// en heeft geen spaties.'];
      return field;
    }
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: objectFields(node, path, context) };
    case 'array':
      return arrayWidget(path, node, context);
  }
  throw new Error(
    `Beheeromgeving: het veld "${path}" van ${context.collection} heeft een soort waarde die src/lib/cms-config.ts niet kent.`,
  );
}

function arrayWidget(path: string, node: Node, context: Context): Field {
  const items = node.items ?? {};
  const count = {
    ...(node.minItems ? { min: node.minItems } : {}),
    ...(node.maxItems ? { max: node.maxItems } : {}),
  };
  if (items.verwijzing || items.enum) {
    const field: Field = { ...widget(path, items, true, context), multiple: true, ...count };
    // Up to a dozen choices show as check boxes: one click each, all in sight.
    return field.widget === 'select' ? { ...field, dropdown_threshold: 12 } : field;
  }
  const text = fieldText(context.collection, path);
  const one = text?.one ? { label_singular: text.one } : {};
  if (items.type === 'object') {
    const fields = objectFields(items, path, context);
    return { widget: 'list', ...one, ...count, summary: `{{fields.${fields[0]!.name as string}}}`, fields };
  }
  const item = { name: 'item', label: text?.one ?? text?.label ?? path, ...widget(path, items, true, context) };
  return { widget: 'list', ...one, ...count, field: item };
}

function objectFields(node: Node, path: string, context: Context): Field[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    toField(name, path ? `${path}.${name}` : name, child, required.has(name), context),
  );
}

/** The body: Markdown, with only the formatting the site renders and images from /afbeeldingen/. */
function bodyField(collection: CmsCollection): Field {
  return {
    name: 'body',
    label: 'Tekst',
    hint: 'In gewone taal (B1): korte zinnen, kopjes voor elk deel. Noem bij elk cijfer de bron.',
    required: bodyRequired(collection),
    widget: 'markdown',
    buttons: [...BODY_BUTTONS],
    // Images only; the boxes (<Info>) the registry allows are written in CONTRIBUTING.md's way, not
    // through the app, which would offer no check on them.
    editor_components: ['image'],
    modes: ['rich_text', 'raw'],
    linked_images: false,
    use_emoji_autocomplete: false,
    sanitize_preview: true,
  };
}

/**
 * `https://github.com/eigenaar/naam` → `{ name: 'github', repo: 'eigenaar/naam' }`. GitHub only: the
 * app's CSP (host-headers.ts) allows its API and nothing else.
 */
export function backendOf(repository: string): { name: 'github'; repo: string } {
  const url = new URL(repository);
  const repo = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (url.hostname === 'github.com' && /^[\w.-]+\/[\w.-]+$/.test(repo)) return { name: 'github', repo };
  throw new Error(
    `Beheeromgeving: de repository ${repository} is geen repository op github.com; de beheeromgeving werkt alleen met GitHub.`,
  );
}

function collectionConfig(collection: CmsCollection, context: Context): Field {
  const spec = COLLECTIONS[collection];
  const mdx = spec.kind === 'mdx';
  const pageFolder = 'pageFolder' in spec ? spec.pageFolder : undefined;
  const fields = objectFields(collectionJsonSchema(collection), '', context);
  return {
    name: collection,
    label: spec.type.many,
    label_singular: spec.type.one,
    folder: `content/${spec.folder}`,
    extension: mdx ? 'mdx' : 'yaml',
    format: mdx ? 'yaml-frontmatter' : 'yaml',
    create: true,
    // Deleting would break every page that points at the entry; that is a job for the editors in Git.
    delete: false,
    identifier_field: 'titel',
    summary: '{{titel}}',
    sortable_fields: ['titel'],
    // The file name is the entry's id and its web address: made from the title the way
    // `npm run nieuw:voorbeeld` makes it, and checked against the rule of the content check.
    slug: {
      template: '{{titel}}',
      editable: ['create'],
      hint: 'De naam van het bestand en het webadres: kleine letters, cijfers en streepjes. Wordt gemaakt uit de titel.',
      pattern: [ID_PATTERN.source, 'Alleen kleine letters, cijfers en streepjes, zoals buurtgezinnen-zwolle.'],
    },
    ...(pageFolder ? { preview_path: `${pageFolder}/{{slug}}/` } : {}),
    fields: mdx ? [...fields, bodyField(collection)] : fields,
  };
}

/** The whole configuration, as an object. */
export function createCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { site } = input;
  const siteUrl = new URL(site.basispad, site.url).href.replace(/\/$/, '');
  const backend = backendOf(site.repository);
  const context = (collection: CmsCollection): Context => ({ collection, choices: input.choices });
  return {
    backend: {
      ...backend,
      branch: site.branch,
      // Without an OAuth client of our own, a personal access token is the way in (README).
      auth_methods: input.oauthUrl ? ['oauth', 'token'] : ['token'],
      ...(input.oauthUrl ? { base_url: input.oauthUrl } : {}),
      commit_messages: {
        create: 'Nieuw in {{collection}}: {{slug}}',
        update: 'Bijgewerkt in {{collection}}: {{slug}}',
        delete: 'Verwijderd uit {{collection}}: {{slug}}',
        uploadMedia: 'Afbeelding toegevoegd: {{path}}',
        deleteMedia: 'Afbeelding verwijderd: {{path}}',
      },
    },
    // Every new or changed entry becomes a branch and a pull request, checked before it is published.
    publish_mode: 'editorial_workflow',
    app_title: `Beheer – ${site.titel}`,
    site_url: siteUrl,
    logo: { src: `${site.basispad}favicon.svg` },
    // src/lib/content-check/images.ts: images live in public/afbeeldingen/ and are written as /afbeeldingen/….
    media_folder: 'public/afbeeldingen',
    public_folder: '/afbeeldingen',
    media_libraries: { default: { config: { slugify_filename: true, max_file_size: 2 * 1024 * 1024 } } },
    // File names as the content check wants them: ascii, lower case, hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    // An empty optional field is left out, never written as '' (which the schema would refuse).
    output: { omit_empty_optional_fields: true },
    collections: CMS_COLLECTIONS.map((collection) => collectionConfig(collection, context(collection))),
  };
}

const SCHEMA_URL = 'https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json';

/** config.yml: a header that says where it comes from, then the configuration. */
export function cmsConfigYaml(config: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# Gemaakt door npm run build uit het inhoudsmodel (src/lib/cms-config.ts). Wijzig dit bestand niet.
${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** The entries of the collections that fields refer to but the app does not edit (themes, chapters, …). */
export function readChoices(contentDir: string, rootDir: string): Choices {
  const choices: Choices = {};
  const order = new Map<string, number>();
  for (const file of listContentFiles(contentDir, rootDir).files) {
    if ((CMS_COLLECTIONS as readonly string[]).includes(file.collection)) continue;
    const data = readSource(readFileSync(file.path, 'utf8'), COLLECTIONS[file.collection].kind).data;
    const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    (choices[file.collection] ??= []).push({ label: entryTitle(record) || file.id, value: file.id });
    if (typeof record.volgorde === 'number') order.set(`${file.collection}/${file.id}`, record.volgorde);
  }
  for (const [collection, list] of Object.entries(choices) as [CollectionName, Choice[]][]) {
    const rank = (choice: Choice) => order.get(`${collection}/${choice.value}`) ?? Number.MAX_SAFE_INTEGER;
    list.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, 'nl'));
  }
  return choices;
}
