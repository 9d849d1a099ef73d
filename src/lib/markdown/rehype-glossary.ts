// Explains abbreviations on first use: the first "VIR" on a page becomes
// <a href="/begrippen/#vir"><abbr title="Verwijsindex risicojongeren">VIR</abbr></a>.
// Driven by the glossary (content/begrippen/), so a new term works everywhere at once.
import type { Element, ElementContent, Root, Text } from 'hast';
import escapeStringRegexp from 'escape-string-regexp';
import { visitParents } from 'unist-util-visit-parents';
import { withBase } from '../routes.ts';

export interface GlossaryTerm {
  id: string;
  afkorting?: string;
  term: string;
}

/** Places where an explanation would be wrong or noisy. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

export function rehypeGlossary(options: { terms: GlossaryTerm[]; base: string }) {
  const byAbbreviation = new Map(
    options.terms.flatMap((term) => (term.afkorting ? [[term.afkorting, term] as const] : [])),
  );
  const alternatives = [...byAbbreviation.keys()]
    .sort((a, b) => b.length - a.length)
    .map((text) => escapeStringRegexp(text));
  if (alternatives.length === 0) return () => {};
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}+])`, 'gu');

  return (tree: Root) => {
    const explained = new Set<string>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((ancestor) => ancestor.type === 'element' && SKIP.has((ancestor as Element).tagName))) return;
      const parent = ancestors.at(-1) as Element | Root | undefined;
      if (!parent) return;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const term = byAbbreviation.get(match[1] ?? '');
        if (!term || explained.has(term.id)) continue;
        explained.add(term.id);
        parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: withBase(`/begrippen/#${term.id}`, options.base), className: ['begrip'] },
          children: [
            {
              type: 'element',
              tagName: 'abbr',
              properties: { title: term.term },
              children: [{ type: 'text', value: match[1]! }],
            },
          ],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      parts.push({ type: 'text', value: node.value.slice(last) });
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...parts.filter((part) => part.type !== 'text' || part.value !== ''));
    });
  };
}
