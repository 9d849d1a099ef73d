// The service worker of the handreiking. Written as plain JavaScript: the build fills in the version
// and the base path (the two constants below) and writes it to the site root as sw.js. The list of
// files is a separate file named after the version, so this script stays small: browsers fetch it
// again on every navigation to look for updates.
//
// Why hand-written around Workbox's manifest (src/integrations/offline.ts says more): the reader
// chooses to download the whole site ("Download voor offline gebruik"), with progress; a first visit
// on a phone does not silently download every page.
//
// - One cache per build ("handreiking-<version>"), replaced as a whole: never a mix of old and new.
//   Every file is checked against the SHA-256 in the list before it is stored, because after a deploy
//   the server already answers with the next version's files while this worker is still downloading.
// - After the full download, everything is served from that cache; before it, the network comes first
//   and the cache is the fallback.
// - A new version installs next to the old one (downloading everything again if the reader had done
//   so) and takes over only when the reader accepts the update, or all tabs are closed.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const CACHE = `handreiking-${VERSION}`;
const COMPLETE = `${BASE}__offline-compleet`;

/** The server no longer serves this version: a newer one was published. */
class Outdated extends Error {}

/** Every file of this version, with its size and SHA-256: [{ url, size, hash }]. */
let files;
async function allFiles() {
  if (!files) {
    const response = await fetch(`${BASE}offline-${VERSION}.json`, { cache: 'no-store' });
    // Each build deletes the previous list, so a missing list means a newer version is online.
    if (response.status === 404) throw new Outdated(`offline-${VERSION}.json`);
    if (!response.ok) throw new Error(`offline-${VERSION}.json: ${response.status}`);
    files = await response.json();
  }
  return files;
}
/** Small enough to keep at install: what every page needs to look right offline. */
const isShell = (file) =>
  /\.(css|svg|webmanifest)$/.test(file.url) || file.url === BASE || file.url === `${BASE}404.html`;

const post = async (message) => {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
};

async function isComplete(cacheName) {
  const cache = await caches.open(cacheName);
  return Boolean(await cache.match(COMPLETE));
}

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * Downloads files into the cache, a few at a time, reporting progress to the open pages. Stores only
 * files whose hash matches the list; on the first failure all workers stop before it rejects, so no
 * progress message follows the error.
 */
async function download(files, reportProgress) {
  const cache = await caches.open(CACHE);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const stop = new AbortController();
  let done = 0;
  let next = 0;
  async function worker() {
    while (next < files.length && !stop.signal.aborted) {
      const file = files[next++];
      if (!(await cache.match(file.url))) {
        const response = await fetch(file.url, { cache: 'no-store', signal: stop.signal });
        // A file this version has and the server no longer: the server has a newer version.
        if (response.status === 404 || response.status === 410) throw new Outdated(file.url);
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        if ((await sha256(response)) !== file.hash) throw new Outdated(file.url);
        if (stop.signal.aborted) return;
        await cache.put(file.url, response);
      }
      done += file.size;
      if (reportProgress && !stop.signal.aborted) await post({ type: 'voortgang', done, total });
    }
  }
  // The first error is the reason; the others are the aborted fetches it caused.
  let failure;
  await Promise.all(
    Array.from({ length: 4 }, () =>
      worker().catch((error) => {
        failure ??= error;
        stop.abort();
      }),
    ),
  );
  if (failure) throw failure;
}

async function markComplete() {
  const cache = await caches.open(CACHE);
  await cache.put(COMPLETE, new Response(VERSION));
}

/** A Dutch explanation for the page; the reason decides whether reloading helps. */
async function explain(error) {
  // A mismatch can also come from a host that rewrites files; the published version tells them apart.
  let newer = error instanceof Outdated;
  if (newer) {
    try {
      const summary = await (await fetch(`${BASE}offline.json`, { cache: 'no-store' })).json();
      newer = summary.version !== VERSION;
    } catch {
      // Without the summary, a newer version is still the likeliest cause.
    }
  }
  if (newer) {
    return {
      type: 'fout',
      reden: 'nieuwe-versie',
      message:
        'Er is intussen een nieuwere versie van de handreiking verschenen. Laad de pagina opnieuw en download daarna opnieuw.',
    };
  }
  if (error instanceof Outdated) {
    return {
      type: 'fout',
      reden: 'afwijkend',
      message:
        'De server levert andere bestanden dan deze versie verwacht. Downloaden voor offline gebruik lukt daarom niet.',
    };
  }
  return {
    type: 'fout',
    reden: 'netwerk',
    message: 'Het downloaden is niet gelukt. Controleer de internetverbinding en probeer het opnieuw.',
  };
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const hadEverything = (await Promise.all(keys.filter((key) => key !== CACHE).map(isComplete))).some(Boolean);
      const list = await allFiles();
      await download(hadEverything ? list : list.filter(isShell), false);
      if (hadEverything) await markComplete();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('handreiking-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const { type } = event.data ?? {};
  if (type === 'download') {
    event.waitUntil(
      allFiles()
        .then((list) => download(list, true))
        .then(markComplete)
        .then(() => post({ type: 'klaar', version: VERSION }))
        .catch(async (error) => post(await explain(error))),
    );
  } else if (type === 'status') {
    event.waitUntil(
      isComplete(CACHE).then((complete) => event.source?.postMessage({ type: 'status', complete, version: VERSION })),
    );
  } else if (type === 'vernieuw') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages are cached by path; ?q= and ?markeer= only matter to the page's own scripts.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached && (await cache.match(COMPLETE))) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        if (cached) return cached;
        if (request.mode === 'navigate') {
          const notFound = await cache.match(`${BASE}404.html`);
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
