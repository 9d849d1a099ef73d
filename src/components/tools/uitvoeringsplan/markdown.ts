// The plan document (document.ts) as Markdown, for the download: a file a municipality can open in
// any editor. Every text from the user is escaped, so a title can never add a link or a table cell.
import { type Block, planDocument } from './document.ts';
import type { Plan } from './model.ts';

export interface MarkdownOptions {
  /** The handreiking (title and absolute URL), for the closing line. */
  handreiking?: { title: string; url: string };
  /** The practice example the plan follows (title and absolute URL of its page). */
  example?: { title: string; url: string };
}

/** A title as link text: brackets and backslashes escaped, so a title can never add a link of its own. */
export function linkText(text: string): string {
  return text.replace(/[\\[\]()<>]/g, (character) => `\\${character}`);
}

function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${block.text}`];
    case 'paragraph':
      return [block.missing ? `_${block.text}_` : block.text];
    case 'links':
      return [block.intro, '', ...block.links.map((link) => `- ${link.label}: [${linkText(link.title)}](${link.url})`)];
    case 'table': {
      const align = block.head.map((_, i) => (block.numeric.includes(i) ? '---:' : '---'));
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(block.head),
        row(align),
        ...block.rows.map((cells) => row(cells.map(cell))),
        row(block.total.map((text) => (text ? `**${cell(text)}**` : ''))).replace(/\| {2}\|/g, '| |'),
      ];
    }
  }
}

/** The plan as a Markdown document, in the order of the example plan. */
export function planMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const lines = planDocument(plan).flatMap((block) => [...blockLines(block), '']);
  const closing = [
    options.handreiking
      ? `Opgesteld met [${linkText(options.handreiking.title)}](${options.handreiking.url})`
      : 'Opgesteld met de handreiking',
  ];
  if (options.example) {
    closing.push(`naar het voorbeeld van [${linkText(options.example.title)}](${options.example.url})`);
  }
  lines.push('---', '', `${closing.join(', ')}.`, '');
  return lines.join('\n');
}
