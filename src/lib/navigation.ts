// Reading order and where a reader is: previous/next and breadcrumbs.

export interface NavLink {
  href: string;
  label: string;
}

/** The items before and after `id` in an ordered list. */
export function neighbours<T extends { id: string }>(ordered: T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Sorts chapters into reading order. */
export function inReadingOrder<T extends { data: { volgorde: number } }>(chapters: T[]): T[] {
  return [...chapters].sort((a, b) => a.data.volgorde - b.data.volgorde);
}

/** Headings for "Op deze pagina": level 2 and 3 only, and only when there are enough to help. */
export function tableOfContents<T extends { depth: number }>(headings: T[], minimum = 3): T[] {
  const relevant = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return relevant.filter((heading) => heading.depth === 2).length >= minimum ? relevant : [];
}

/** Splits a long list into numbered pages of `size` items (page 1 first). */
export function pages<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result.length ? result : [[]];
}
