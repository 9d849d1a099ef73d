// Entry of the classic script that replaces pagefind/pagefind.js in the download: Pagefind's own
// code (its fetch() answered by file-fetch.ts), without its web worker (file:// does not allow one),
// with page addresses that open from disk.
import * as pagefind from 'handreiking:pagefind';
import { PAGEFIND_FOLDER, SITE_ROOT } from './file-fetch.ts';
import { registerModule } from './import-classic.ts';
import { pageAddress } from './page-address.ts';

interface ResultData {
  url: string;
  sub_results?: { url: string }[];
}
interface Search {
  results?: { data(): Promise<ResultData> }[];
}

function fromDisk<T>(search: T): T {
  for (const result of (search as Search | null)?.results ?? []) {
    const data = result.data.bind(result);
    // A copy: Pagefind keeps its own result objects in a cache.
    result.data = async () => {
      const found = await data();
      return {
        ...found,
        url: pageAddress(found.url, SITE_ROOT),
        sub_results: found.sub_results?.map((sub) => ({ ...sub, url: pageAddress(sub.url, SITE_ROOT) })),
      };
    };
  }
  return search;
}

registerModule({
  ...pagefind,
  options: (options: Record<string, unknown>) =>
    pagefind.options({ ...options, basePath: PAGEFIND_FOLDER, baseUrl: '/', noWorker: true }),
  search: async (...args: Parameters<typeof pagefind.search>) => fromDisk(await pagefind.search(...args)),
  debouncedSearch: async (...args: Parameters<typeof pagefind.debouncedSearch>) =>
    fromDisk(await pagefind.debouncedSearch(...args)),
});
