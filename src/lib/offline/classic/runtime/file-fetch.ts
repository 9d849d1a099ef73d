// fetch() for Pagefind in the download opened from disk (file://), where browsers refuse fetch():
// Pagefind's files come as classic scripts (pagefind/<file>.js, base64 inside, still gzip'd as
// Pagefind wrote them), loaded with a <script> element and answered from here.

declare global {
  var handreikingPagefindData: ((path: string, base64: string) => void) | undefined;
}

/** The download's pagefind/ folder and site root, from this script's own address. */
const script = document.currentScript as HTMLScriptElement;
export const PAGEFIND_FOLDER = new URL('./', script.src).href;
export const SITE_ROOT = new URL('../', script.src).href;

const delivered = new Map<string, Uint8Array<ArrayBuffer>>();
const waiting = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

globalThis.handreikingPagefindData = (path, base64) => {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  delivered.set(path, bytes);
};

function load(path: string): Promise<Uint8Array<ArrayBuffer>> {
  let promise = waiting.get(path);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = `${PAGEFIND_FOLDER}${path}.js`;
      element.onload = () => {
        const bytes = delivered.get(path);
        delivered.delete(path);
        element.remove();
        if (bytes) resolve(bytes);
        else reject(new Error(`Geen zoekgegevens in ${element.src}`));
      };
      element.onerror = () => {
        element.remove();
        reject(new Error(`Kon ${element.src} niet laden`));
      };
      document.head.append(element);
    });
    promise.catch(() => waiting.delete(path));
    waiting.set(path, promise);
  }
  return promise;
}

/** fetch() for Pagefind's own files, answered from the data scripts. */
export async function fileFetch(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), PAGEFIND_FOLDER);
  url.search = '';
  url.hash = '';
  if (!url.href.startsWith(PAGEFIND_FOLDER)) throw new TypeError(`Niet in de zoekindex: ${url.href}`);
  const bytes = await load(decodeURIComponent(url.href.slice(PAGEFIND_FOLDER.length)));
  return new Response(bytes, { status: 200 });
}
