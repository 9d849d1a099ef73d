// The one-document view (/volledig/) puts every chapter on one page, so anchors that are unique per
// chapter (#voorbeelden, footnote ids) would clash. After the build, this prefixes every id and
// every in-page reference inside a chapter section with that chapter's id.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

const REFERENCE_ATTRIBUTES = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'];

export function prefixIdsPerSection(html: string): string {
  const dom = parse(html, { comment: true });
  for (const section of dom.querySelectorAll('section[data-hoofdstuk]')) {
    const prefix = section.getAttribute('data-hoofdstuk')!;
    const ids = new Set<string>();
    for (const element of section.querySelectorAll('[id]')) {
      // The chapter title keeps its id, for the table of contents.
      if (element.id === prefix && element.tagName === 'H2') continue;
      ids.add(element.id);
      element.setAttribute('id', `${prefix}--${element.id}`);
    }
    const rename = (id: string) => (ids.has(id) ? `${prefix}--${id}` : id);
    for (const link of section.querySelectorAll('a[href^="#"]')) {
      link.setAttribute('href', `#${rename(safeDecode(link.getAttribute('href')!.slice(1)))}`);
    }
    for (const attribute of REFERENCE_ATTRIBUTES) {
      for (const element of section.querySelectorAll(`[${attribute}]`)) {
        element.setAttribute(attribute, element.getAttribute(attribute)!.split(/\s+/).map(rename).join(' '));
      }
    }
  }
  return dom.toString();
}

export function printDocument(): AstroIntegration {
  return {
    name: 'handreiking:print-document',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = join(fileURLToPath(dir), 'volledig/index.html');
        await writeFile(file, prefixIdsPerSection(await readFile(file, 'utf8')));
      },
    },
  };
}

/** A malformed %-sequence stays as written instead of stopping the build. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
