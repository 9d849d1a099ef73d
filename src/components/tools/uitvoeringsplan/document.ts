// The plan as a document: headings, paragraphs, tables and link lists, in the order of the example
// plan (goal, who, themes with activities, budget, evaluation). The Markdown export (markdown.ts)
// and the print version (print.ts) both write this one document, so they cannot drift apart.
import { DEFAULT_TITLE, formatAmount, parseAmount, type Plan, totals } from './model.ts';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `missing`: the user has not filled it in yet ("Nog invullen."). */
  | { kind: 'paragraph'; text: string; missing?: boolean }
  | { kind: 'table'; caption: string; head: string[]; numeric: number[]; rows: string[][]; total: string[] }
  | { kind: 'links'; intro: string; links: { label: string; title: string; url: string }[] };

const missing = (text: string): Block => ({ kind: 'paragraph', text, missing: true });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** A budget as typed, shown as an amount when it reads as one. */
function budgetText(typed: string): string {
  if (typed.trim() === '') return '';
  const amount = parseAmount(typed);
  return amount === undefined ? typed.trim() : formatAmount(amount);
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** The budget per theme and in all; the editor shows it live, the document at its end. */
export function budgetTable(plan: Plan): TableBlock {
  const sums = totals(plan);
  return {
    kind: 'table',
    caption: 'Begroting per thema',
    head: ['Thema', 'Budget'],
    numeric: [1],
    rows: plan.themes.map((theme) => [theme.title, formatAmount(sums.perTheme[theme.id] ?? 0)]),
    total: ['Totaal', formatAmount(sums.total)],
  };
}

export function planDocument(plan: Plan): Block[] {
  const filled = (text: string) => (text.trim() ? paragraph(text.trim()) : missing('Nog invullen.'));
  const sums = totals(plan);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: `${plan.title.trim() || DEFAULT_TITLE}${plan.municipality.trim() ? ` – ${plan.municipality.trim()}` : ''}`,
    },
  ];
  if (plan.period.trim()) blocks.push(paragraph(`Periode: ${plan.period.trim()}`));
  blocks.push({ kind: 'heading', level: 2, text: 'Doel' }, filled(plan.goal));
  blocks.push({ kind: 'heading', level: 2, text: 'Wie voert het plan uit?' }, filled(plan.lead));

  plan.themes.forEach((theme, index) => {
    blocks.push({ kind: 'heading', level: 2, text: `Thema ${index + 1}: ${theme.title}` });
    if (theme.rows.length === 0) {
      blocks.push(missing('Nog geen activiteiten.'));
      return;
    }
    blocks.push({
      kind: 'table',
      caption: `Activiteiten bij ${theme.title}`,
      head: ['Activiteit', 'Planning', 'Budget'],
      numeric: [2],
      rows: theme.rows.map((row) => [row.what.trim() || '–', row.when.trim(), budgetText(row.budget)]),
      total: ['Totaal', '', formatAmount(sums.perTheme[theme.id] ?? 0)],
    });
    const sources = theme.rows.flatMap((row) => (row.source ? [row.source] : []));
    if (sources.length > 0) {
      blocks.push({
        kind: 'links',
        intro: 'Uit de handreiking:',
        links: sources.map((source) => ({
          label: source.kind === 'tip' ? 'Tip' : 'Preventieve actie',
          title: source.title,
          url: source.url,
        })),
      });
    }
  });

  if (plan.themes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Begroting' });
    blocks.push(budgetTable(plan));
    if (sums.unreadable > 0) {
      blocks.push(
        paragraph(
          `Let op: ${sums.unreadable === 1 ? 'één bedrag is' : `${sums.unreadable} bedragen zijn`} niet meegeteld, omdat ze niet als bedrag te lezen zijn.`,
        ),
      );
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Evaluatie' }, filled(plan.evaluation));
  return blocks;
}
