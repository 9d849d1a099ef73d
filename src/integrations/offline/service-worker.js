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
// - After the full download, everything is served from that cache; before it, the network comes first
//   and the cache is the fallback.
// - A new version installs next to the old one (downloading everything again if the reader had done
//   so) and takes over only when the reader accepts the update, or all tabs are closed.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const CACHE = `handreiking-${VERSION}`;
const COMPLETE = `${BASE}__offline-compleet`;

/** Every file of this version, with its size: [{ url, size }]. */
let files;
async function allFiles() {
  files ??= await (await fetch(`${BASE}offline-${VERSION}.json`, { cache: 'no-store' })).json();
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

/** Downloads files into the cache, a few at a time, reporting progress to the open pages. */
async function download(files, reportProgress) {
  const cache = await caches.open(CACHE);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next++];
      if (!(await cache.match(file.url))) {
        const response = await fetch(file.url, { cache: 'no-store' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
      }
      done += file.size;
      if (reportProgress) await post({ type: 'voortgang', done, total });
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function markComplete() {
  const cache = await caches.open(CACHE);
  await cache.put(COMPLETE, new Response(VERSION));
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
        .catch((error) => post({ type: 'fout', message: String(error) })),
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
