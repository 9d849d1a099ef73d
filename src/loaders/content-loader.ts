// The content loader: reads one collection's files (the same list the content check reads), parses
// them with the checker's own YAML and MDX readers and stores each entry with its rendered HTML.
// MDX is rendered as data (src/lib/markdown/render-mdx.ts), never compiled to JavaScript, so
// contributed text cannot run at build time. Each entry is stored with a digest of its file and of
// what its rendering depends on (base path, glossary): an unchanged file is never parsed or rendered
// again, across builds, because Astro keeps the store in its cache folder.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { htmlFileOf, htmlIsThere, removeHtml, storeHtmlAside } from '../lib/entry-html.ts';
import { fileURLToPath } from 'node:url';
import { type ContentFile, listContentFiles } from '../lib/content-files.ts';
import { renderOptions } from '../lib/markdown/rendered-entry.ts';
import { prerenderKey, takePrerendered } from '../lib/prerendered.ts';
import { readEntriesInParallel } from './read-entries.ts';
import type { CollectionName } from '../schemas/common.ts';
import { COLLECTIONS } from '../schemas/registry.ts';

/** Collections that already listen to a dev server's file watcher, so a reload adds no second listener. */
const watched = new WeakMap<object, Set<string>>();

export function contentLoader(collection: CollectionName, options: { contentDir: string }): Loader {
  return {
    name: 'handreiking:inhoud',
    load: async (context) => {
      await sync(collection, options.contentDir, context);
      const watcher = context.watcher;
      const collections = watcher ? (watched.get(watcher) ?? new Set<string>()) : undefined;
      if (watcher && collections && !collections.has(collection)) {
        watched.set(watcher, collections.add(collection));
        // In `npm run dev`: a saved file shows at once; unchanged files keep their digest and are skipped.
        watcher.on('all', (_event, path) => {
          if (path.startsWith(options.contentDir))
            sync(collection, options.contentDir, context).catch((error) => context.logger.error(String(error.message)));
        });
      }
    },
  };
}

async function sync(collection: CollectionName, contentDir: string, context: LoaderContext) {
  const { store, config, generateDigest, parseData } = context;
  const root = fileURLToPath(config.root);
  const tree = listContentFiles(contentDir, root, collection);
  // The content check has reported these in Dutch before Astro starts; this only keeps a file the
  // check refused out of the site if the loader is ever run on its own.
  if (tree.problems.length > 0) fail(tree.problems[0]!.file, tree.problems[0]!.message);
  const { kind } = COLLECTIONS[collection];
  const options = kind === 'mdx' ? renderOptions(contentDir, config.base) : { base: config.base, glossary: [] };
  const { glossary } = options;
  const renderContext = generateDigest(
    JSON.stringify({ renderer: codeFingerprint(root), base: config.base, glossary }),
  );

  const htmlDir = join(fileURLToPath(config.cacheDir), 'inhoud-html', collection);
  const keep = new Set<string>();
  const changed: { file: ContentFile; digest: string; text: string }[] = [];
  for (const file of tree.files) {
    keep.add(file.id);
    const text = readFileSync(file.path, 'utf8');
    const digest = generateDigest(`${renderContext}\n${text}`);
    const stored = store.get(file.id);
    if (stored?.digest !== digest || !htmlIsThere(stored.rendered)) changed.push({ file, digest, text });
  }
  // What the content check rendered in this build is taken as it is; the rest is read here.
  const read = changed.map(({ file, text }) => takePrerendered(prerenderKey(file.path, text, options)));
  const toRead = changed.filter((_, i) => read[i] === undefined);
  const fresh = await readEntriesInParallel(
    root,
    toRead.map(({ file }) => file),
    options,
  );
  for (const [i, entry] of read.entries()) if (entry === undefined) read[i] = fresh.shift();
  for (const [i, { file, digest }] of changed.entries()) {
    const entry = read[i]!;
    if (!entry.ok) fail(file.file, entry.message);
    const data = await parseData({ id: file.id, data: entry.data });
    const filePath = relative(root, file.path).split('\\').join('/');
    // No body, and the HTML in a file of its own (src/lib/entry-html.ts): every stored byte is bundled into the build.
    const previous = store.get(file.id)?.rendered;
    const rendered = entry.rendered && storeHtmlAside(htmlDir, file.id, digest, entry.rendered);
    if (htmlFileOf(previous) !== htmlFileOf(rendered)) removeHtml(previous);
    store.set({ id: file.id, data, filePath, digest, ...(rendered ? { rendered } : {}) });
  }
  for (const id of store.keys()) {
    if (keep.has(id)) continue;
    removeHtml(store.get(id)?.rendered);
    store.delete(id);
  }
  // The build log shows what the cache saved: "tips: 1 van 21 bestanden opnieuw gelezen".
  if (keep.size > 0) {
    const checked = changed.length - toRead.length;
    const byCheck = checked > 0 ? ` (${checked} al gerenderd door de controle)` : '';
    context.logger.info(`${collection}: ${changed.length} van ${keep.size} bestanden opnieuw gelezen${byCheck}`);
  }
}

function fail(file: string, message: string): never {
  const error = new Error(`${file}: ${message}\nEr is niets gepubliceerd.`);
  error.name = 'Inhoud';
  // No stack: the message is for editors, and names the file.
  error.stack = error.message;
  throw error;
}
