// Types for Pagefind's browser bundle (dist/pagefind/pagefind.js), imported by pagefind-entry.ts
// under this name when the download's classic scripts are built.
declare module 'handreiking:pagefind' {
  type Options = Record<string, unknown>;
  export function options(options: Options): Promise<void>;
  export function init(): Promise<void>;
  export function search(term: string | null, options?: Options): Promise<unknown>;
  export function debouncedSearch(term: string | null, options?: Options, ms?: number): Promise<unknown>;
  export function preload(term: string, options?: Options): Promise<void>;
  export function filters(): Promise<Record<string, Record<string, number>>>;
  export function destroy(): Promise<void>;
}
