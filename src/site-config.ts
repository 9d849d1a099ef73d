// The identity of this handreiking (title, publisher, URL, base path) comes from
// content/handreiking.yaml, so another handreiking can reuse the generator by swapping content/.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SiteConfig {
  titel: string;
  ondertitel: string;
  beschrijving: string;
  uitgever: string;
  url: string;
  basispad: string;
  repository: string;
  branch: string;
}

const REQUIRED: (keyof SiteConfig)[] = [
  'titel',
  'ondertitel',
  'beschrijving',
  'uitgever',
  'url',
  'basispad',
  'repository',
  'branch',
];

export function loadSiteConfig(file: URL | string, env: Record<string, string | undefined> = process.env): SiteConfig {
  const data = parse(readFileSync(file, 'utf8')) as Partial<SiteConfig>;
  for (const key of REQUIRED) {
    if (typeof data[key] !== 'string' || data[key] === '') {
      throw new Error(`content/handreiking.yaml: het veld "${key}" ontbreekt of is leeg.`);
    }
  }
  const config = data as SiteConfig;
  return { ...config, basispad: normalizeBase(env.BASE_PATH ?? config.basispad) };
}

/** `handreiking` → `/handreiking/`; `/` stays `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const VIRTUAL_ID = 'virtual:handreiking/config';

/** A Vite plugin that lets pages `import config from 'virtual:handreiking/config'`. */
export function siteConfigModule(config: SiteConfig) {
  return {
    name: 'handreiking:config',
    resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load: (id: string) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
