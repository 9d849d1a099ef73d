// The generated config.yml of the editing app covers the content model: every schema field has a
// form field with a Dutch label, the app accepts the config (its own JSON Schema), and choices come
// from the content.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ID_PATTERN } from '../schemas/common.ts';
import { COLLECTIONS } from '../schemas/registry.ts';
import {
  backendOf,
  BODY_BUTTONS,
  CMS_COLLECTIONS,
  cmsConfigYaml,
  collectionJsonSchema,
  createCmsConfig,
  readChoices,
  schemaFieldPaths,
} from './cms-config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/inhoud');
const site = {
  titel: 'Handreiking',
  url: 'https://handreiking.example',
  basispad: '/handreiking/',
  repository: 'https://github.com/redactie/handreiking',
  branch: 'main',
};
const choices = readChoices(FIXTURE, ROOT);
const config = createCmsConfig({ site, choices });

type Field = { name: string; label: string; hint?: string; required: boolean; widget: string } & Record<
  string,
  unknown
>;
type Collection = { name: string; fields: Field[] } & Record<string, unknown>;
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((candidate) => candidate.name === name)!;

/** Every field of a collection's config by path (`bron.document`), as the schema names them. */
function configFields(fields: Field[], prefix = ''): Map<string, Field> {
  const found = new Map<string, Field>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    found.set(path, field);
    const children = (field.fields as Field[] | undefined) ?? [];
    for (const [childPath, child] of configFields(children, path)) found.set(childPath, child);
  }
  return found;
}

describe('the editing app config', () => {
  it.each(CMS_COLLECTIONS)('has a field with a Dutch label and hint for every schema field of %s', (name) => {
    const fields = configFields(collection(name).fields);
    const missing = schemaFieldPaths(name).filter((path) => !fields.has(path));
    expect(missing, `velden zonder formulierveld in ${name}`).toEqual([]);
    for (const path of schemaFieldPaths(name)) {
      const field = fields.get(path)!;
      // A label equal to the field's own name means nobody wrote one in src/schemas/field-labels.ts.
      expect(field.label, `label van ${name}.${path}`).not.toBe(field.name);
      if (!path.includes('.')) expect(field.hint, `uitleg bij ${name}.${path}`).toBeTruthy();
    }
  });

  it('would notice a schema field that the config leaves out', () => {
    const fields = configFields(collection('praktijkvoorbeelden').fields.filter((field) => field.name !== 'jaar'));
    expect(schemaFieldPaths('praktijkvoorbeelden').filter((path) => !fields.has(path))).toEqual(['jaar']);
  });

  it.each(CMS_COLLECTIONS)('requires in %s exactly what the schema requires', (name) => {
    const schema = collectionJsonSchema(name);
    const required = new Set(schema.required);
    for (const field of collection(name).fields.filter((candidate) => candidate.name !== 'body')) {
      expect(field.required, field.name).toBe(required.has(field.name));
    }
  });

  it('is accepted by the JSON Schema of the installed Sveltia CMS', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('writes .mdx files with YAML frontmatter, and .yaml for sources, in the content folders', () => {
    for (const name of CMS_COLLECTIONS) {
      const mdx = COLLECTIONS[name].kind === 'mdx';
      expect(collection(name)).toMatchObject({
        folder: `content/${COLLECTIONS[name].folder}`,
        extension: mdx ? 'mdx' : 'yaml',
        format: mdx ? 'yaml-frontmatter' : 'yaml',
      });
    }
  });

  it('makes file names that the content check accepts, from the title', () => {
    const slug = collection('praktijkvoorbeelden').slug as { template: string; pattern: [string, string] };
    expect(slug.template).toBe('{{titel}}');
    expect(slug.pattern[0]).toBe(ID_PATTERN.source);
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true });
  });

  it('opens a pull request for every entry and never writes empty optional fields', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.backend).toMatchObject({ name: 'github', repo: 'redactie/handreiking', branch: 'main' });
    expect((config.backend as { auth_methods: string[] }).auth_methods).toEqual(['token']);
    const withOauth = createCmsConfig({ site, choices, oauthUrl: 'https://auth.example' });
    expect(withOauth.backend).toMatchObject({ auth_methods: ['oauth', 'token'], base_url: 'https://auth.example' });
  });

  it('offers only Markdown the site renders, and images from public/afbeeldingen/', () => {
    const body = collection('praktijkvoorbeelden').fields.find((field) => field.name === 'body')!;
    expect(body).toMatchObject({ widget: 'markdown', required: true, editor_components: ['image'] });
    expect(body.buttons).toEqual([...BODY_BUTTONS]);
    expect(body.buttons).not.toContain('code');
    expect(config).toMatchObject({ media_folder: 'public/afbeeldingen', public_folder: '/afbeeldingen' });
    expect(collection('bronnen').fields.some((field) => field.name === 'body')).toBe(false);
  });

  it('takes the choices from the content and the schema', () => {
    const fields = configFields(collection('praktijkvoorbeelden').fields);
    const themeIds = (fields.get('themas')!.options as { value: string }[]).map((option) => option.value);
    expect(themeIds.sort()).toEqual(['preventie', 'samenwerking']);
    expect(fields.get('themas')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect((fields.get('provincie')!.options as { value: string }[]).map((option) => option.value)).toContain(
      'Noord-Brabant',
    );
    expect(fields.get('preventieniveau')).toMatchObject({ widget: 'select', required: false });
    // Sources are edited in the app too: offered live, so a new source can be picked at once.
    expect(fields.get('bron.document')).toMatchObject({ widget: 'relation', collection: 'bronnen' });
    const tipChapters = configFields(collection('tips').fields).get('hoofdstuk')!.options as { value: string }[];
    expect(tipChapters.length).toBeGreaterThan(0);
  });

  it('turns into a YAML file that says where it comes from', () => {
    const text = cmsConfigYaml(config);
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('src/lib/cms-config.ts');
    expect(parse(text)).toEqual(config);
    expect(text).not.toMatch(/[&*]a\d/);
  });

  it('refuses a repository that is not on GitHub', () => {
    expect(backendOf('https://github.com/a/b')).toEqual({ name: 'github', repo: 'a/b' });
    expect(() => backendOf('https://gitlab.com/a/b')).toThrow(/GitHub/);
  });
});
