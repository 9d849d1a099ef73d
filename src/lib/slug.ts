// The one rule for file names and ids made from a title: the content check, the scaffolder
// (npm run nieuw:voorbeeld) and the editing app's tests all use it, so they agree.

/** Lowercase ASCII with hyphens; folds diacritics (é → e) and drops apostrophes (baby's → babys). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
