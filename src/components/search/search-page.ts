// Starts Pagefind's interface on /zoeken/ and keeps the query in the URL.
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

export function startSearch(): void {
  const element = document.getElementById('zoeken');
  if (!element || !window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: '#zoeken',
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    // The summary is kept as metadata for other uses, but the excerpt already shows the match.
    processResult: (result: { meta: Record<string, string> }) => {
      delete result.meta.samenvatting;
      return result;
    },
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
  element.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'text' && input.type !== 'search') return;
    const url = new URL(window.location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
