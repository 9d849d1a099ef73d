// Builds the classic scripts of the download (handreiking-offline.zip): from disk (file://) browsers
// refuse ES modules and fetch(), so the site's module scripts, Pagefind and its index are rewritten
// as classic scripts, with rollup. import() becomes a <script> element (runtime/import-classic.ts);
// Pagefind's fetch() is answered from data scripts (runtime/file-fetch.ts).
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { type Plugin, rollup } from 'rollup';

const RUNTIME = fileURLToPath(new URL('./runtime/', import.meta.url));
const IMPORT_CLASSIC = join(RUNTIME, 'import-classic.ts');
const FILE_FETCH = join(RUNTIME, 'file-fetch.ts');
const PAGEFIND_ENTRY = join(RUNTIME, 'pagefind-entry.ts');
const VIRTUAL = '\0handreiking-klassiek:';

/** Pagefind's files that the search reads with fetch(); in the download each becomes `<file>.js`. */
export function isPagefindData(path: string): boolean {
  return /^pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|filter|fragment)\/[^/]+\.pf_[a-z]+)$/.test(
    path,
  );
}

/**
 * A data script: hands one of Pagefind's files, as it is (its index files are gzip'd already), to
 * runtime/file-fetch.ts.
 * @param path the file's path inside pagefind/, e.g. `index/nl_1a2b.pf_index`
 */
export function dataScript(path: string, content: Uint8Array): string {
  return `handreikingPagefindData(${JSON.stringify(path)},"${Buffer.from(content).toString('base64')}");\n`;
}

interface BundleOptions {
  entries: Map<string, string>;
  pagefindFile: string;
  base: string;
  /** For an inline script: the way from its page to the site root, e.g. `../../`. */
  fromRoot?: string;
}

function plugin({ entries, pagefindFile, base, fromRoot }: BundleOptions): Plugin {
  return {
    name: 'handreiking-klassiek',
    resolveId(source) {
      if (source.startsWith(VIRTUAL)) return source;
      if (source === 'handreiking:pagefind') return pagefindFile;
      return null;
    },
    load(id) {
      return entries.get(id) ?? null;
    },
    async transform(code, id) {
      if (id.endsWith('.ts')) return (await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' })).code;
      // Inside Pagefind, `fetch` means the data scripts.
      if (id === pagefindFile) return `import { fileFetch as fetch } from ${JSON.stringify(FILE_FETCH)};\n${code}`;
      return null;
    },
    // A fixed site address in import(), e.g. "/pagefind/pagefind-highlight.js": from disk it has to
    // be relative to the page.
    resolveDynamicImport(specifier) {
      if (typeof specifier !== 'string' || fromRoot === undefined) return null;
      if (!specifier.startsWith(base) || specifier.startsWith('//')) return null;
      return { id: posix.join(fromRoot, specifier.slice(base.length)), external: true };
    },
    // import() that stays in the output (its address is only known in the browser).
    renderDynamicImport() {
      return { left: 'handreikingImport(', right: ')' };
    },
  };
}

async function bundle(entry: string, options: BundleOptions): Promise<string> {
  const build = await rollup({
    input: entry,
    plugins: [plugin(options)],
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
  });
  try {
    const { output } = await build.generate({ format: 'iife', inlineDynamicImports: true, compact: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

export interface ClassicScripts {
  /** A module script of the site (e.g. `_astro/zelfscan.….js`) as one classic script, its imports included. */
  moduleScript(path: string): Promise<string>;
  /**
   * An inline module script as a classic one. Site addresses in import("…") are made relative to the page.
   * @param fromRoot the way from the page to the site root, e.g. `../../`
   */
  inlineScript(code: string, fromRoot: string): Promise<string>;
  /** A classic script that stands in for Pagefind's ES module `path` (pagefind.js, pagefind-highlight.js). */
  pagefindModule(path: string): Promise<string>;
}

/** @param siteDir the built site; @param base its base path, e.g. `/` or `/handreiking/` */
export function classicScripts(siteDir: string, base: string): ClassicScripts {
  siteDir = resolve(siteDir);
  const pagefindFile = join(siteDir, 'pagefind/pagefind.js');
  const cache = new Map<string, Promise<string>>();
  const once = (key: string, make: () => Promise<string>) => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key)!;
  };
  const entry = (name: string, code: string, fromRoot?: string) => {
    const id = `${VIRTUAL}${name}`;
    return bundle(id, { entries: new Map([[id, code]]), pagefindFile, base, fromRoot });
  };
  const imports = (...files: string[]) => files.map((file) => `import ${JSON.stringify(file)};`).join('\n');

  return {
    moduleScript: (path) => once(`module:${path}`, () => entry(path, imports(IMPORT_CLASSIC, join(siteDir, path)))),
    inlineScript: (code, fromRoot) =>
      once(`inline:${fromRoot}:${code}`, () => entry('inline.js', `${imports(IMPORT_CLASSIC)}\n${code}`, fromRoot)),
    pagefindModule: (path) =>
      once(`pagefind:${path}`, async () => {
        if (path === 'pagefind/pagefind.js') return entry('pagefind.js', imports(IMPORT_CLASSIC, PAGEFIND_ENTRY));
        const file = join(siteDir, path);
        return entry(
          path,
          `${imports(IMPORT_CLASSIC)}\nimport * as module from ${JSON.stringify(file)};\nimport { registerModule } from ${JSON.stringify(IMPORT_CLASSIC)};\nregisterModule(module);`,
        );
      }),
  };
}
