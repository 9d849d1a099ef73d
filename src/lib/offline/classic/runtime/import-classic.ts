// In the download, opened from disk (file://), browsers refuse ES modules loaded by import(). This
// replaces import() in the download's classic scripts: the module is a classic script at the same
// address that registers its exports here (registerModule), and is loaded with a <script> element.

declare global {
  var handreikingModules: Record<string, unknown> | undefined;
  var handreikingImport: ((url: string) => Promise<unknown>) | undefined;
}

const modules = (globalThis.handreikingModules ??= {});
const loading = new Map<string, Promise<unknown>>();

/** Called at the top level of a classic module script, while it runs. */
export function registerModule(exports: unknown): void {
  const script = document.currentScript as HTMLScriptElement | null;
  if (script?.src) modules[script.src] = exports;
}

export function importClassic(url: string): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  if (href in modules) return Promise.resolve(modules[href]);
  let promise = loading.get(href);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = href;
      script.onload = () => (href in modules ? resolve(modules[href]) : reject(new Error(`Geen module in ${href}`)));
      script.onerror = () => reject(new Error(`Kon ${href} niet laden`));
      document.head.append(script);
    });
    promise.catch(() => loading.delete(href));
    loading.set(href, promise);
  }
  return promise;
}

globalThis.handreikingImport ??= importClassic;
