// For the few HTML files written outside Astro (the offline download's LEESMIJ.html), where Astro's
// own escaping does not apply. Safe in text and in quoted attribute values.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
