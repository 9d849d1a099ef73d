// The zelfscan's exports: the overview as CSV (for Excel) and as Markdown (text), with Dutch dates
// and numbers, and the file names of the downloads. The scores themselves are in model.ts.
import {
  actionTotal,
  CRITERIA,
  CRITERION_IDS,
  isScore,
  MAX_PER_CRITERION,
  type ScanAction,
  scoreLabel,
  type SelfScan,
  summarize,
  totalLabel,
} from './model.ts';

const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const NUMBER_FORMAT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

export function formatAverage(value: number | undefined): string {
  return value === undefined ? 'nog niet ingevuld' : `${NUMBER_FORMAT.format(value)} van ${MAX_PER_CRITERION}`;
}

/** `zelfscan-preventieve-acties-2026-05-01.csv`, in local time. */
export function fileName(date: Date, extension: 'csv' | 'md'): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `zelfscan-preventieve-acties-${day}.${extension}`;
}

/**
 * One CSV field. Semicolons, because Dutch spreadsheets expect them; quotes where needed; and a
 * leading apostrophe before =, +, - or @, so a spreadsheet never runs a typed note as a formula.
 */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(scan: SelfScan, actions: readonly ScanAction[]): string {
  const head = ['Nummer', 'Actie', ...CRITERIA.map((item) => `${item.name} (0-3)`), 'Totaal (van 9)', 'Toelichting'];
  const lines = actions.map((action) => {
    const score = scan.actions[action.id];
    const sum = actionTotal(score);
    return [
      action.number,
      action.title,
      ...CRITERION_IDS.map((id) => score?.[id]),
      sum.complete ? sum.points : undefined,
      score?.note,
    ];
  });
  return [head, ...lines].map((line) => line.map(csvField).join(';')).join('\r\n') + '\r\n';
}

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** Where the scan was made: the tool's title and the handreiking's, as the page names them. */
export interface MadeWith {
  tool: string;
  handreiking: string;
}

/** "Gemaakt op 1 mei 2026 met Zelfscan preventieve acties (Handreiking …)." */
export function madeWithLine(madeWith: MadeWith, now: Date): string {
  return `Gemaakt op ${formatDate(now)} met ${madeWith.tool} (${madeWith.handreiking}).`;
}

export function toMarkdown(
  scan: SelfScan,
  actions: readonly ScanAction[],
  madeWith: MadeWith,
  now = new Date(),
): string {
  const lines: string[] = [];
  lines.push(`# ${madeWith.tool}${scan.municipality ? `: ${scan.municipality}` : ''}`, '');
  lines.push(
    `${madeWithLine(madeWith, now)} Elke actie heeft een score op ${CRITERIA.length} punten, ` +
      'van 0 (nog niets) tot en met 3 (helemaal op orde).',
    '',
  );
  lines.push(`| Nr. | Actie | ${CRITERIA.map((item) => item.name).join(' | ')} | Totaal |`);
  lines.push(`| --: | --- | ${CRITERIA.map(() => '---').join(' | ')} | --- |`);
  for (const action of actions) {
    const score = scan.actions[action.id];
    const cells = CRITERION_IDS.map((id) => {
      const value = score?.[id];
      return isScore(value) ? scoreLabel(id, value) : '–';
    });
    lines.push(`| ${action.number} | ${markdownCell(action.title)} | ${cells.join(' | ')} | ${totalLabel(score)} |`);
  }
  lines.push('');

  const summary = summarize(scan, actions);
  lines.push('## Overzicht', '');
  lines.push(`- Ingevuld: ${summary.filled} van de ${summary.possible} scores.`);
  for (const item of CRITERIA)
    lines.push(`- Gemiddelde ${item.name.toLowerCase()}: ${formatAverage(summary.averages[item.id])}.`);
  if (summary.needsAttention.length > 0)
    lines.push(
      `- Aandacht nodig (een 0 of 1 op een criterium): ${summary.needsAttention.map((action) => `${action.number}. ${action.title}`).join('; ')}.`,
    );
  lines.push('');

  const withNotes = actions.filter((action) => scan.actions[action.id]?.note);
  if (withNotes.length > 0) {
    lines.push('## Toelichting', '');
    for (const action of withNotes)
      lines.push(`### ${action.number}. ${action.title}`, '', scan.actions[action.id]!.note!.trim(), '');
  }

  lines.push('## De criteria en de schaal', '');
  for (const item of CRITERIA) {
    lines.push(`**${item.name}**: ${item.meaning}`, '');
    item.levels.forEach((level, index) => lines.push(`- ${index} – ${level.label}: ${level.explanation}`));
    lines.push('');
  }
  return lines.join('\n');
}
