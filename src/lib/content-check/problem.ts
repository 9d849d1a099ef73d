/** One thing wrong in the content, told to an editor in Dutch. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/tips/formeer-duos.mdx`. */
  file: string;
  line?: number;
  /** The frontmatter field, e.g. `themas[1]`, or a description such as `tekst`. */
  field?: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** A file name is editor input too: a line break in it must not forge a line of the report. */
// eslint-disable-next-line no-control-regex
const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '�');

export function formatProblem(problem: Problem): string {
  const file = visible(problem.file);
  const where = problem.line ? `${file}:${problem.line}` : file;
  const field = problem.field ? ` — veld "${problem.field}"` : '';
  const hint = problem.hint ? `\n    Oplossing: ${problem.hint}` : '';
  return `✗ ${where}${field}\n    ${problem.message}${hint}`;
}

export function formatReport(problems: Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
  return [
    `De inhoud bevat ${count}. Er is niets gepubliceerd.`,
    '',
    ...sorted.map(formatProblem),
    '',
    'Meer uitleg over elk veld staat in CONTRIBUTING.md.',
  ].join('\n');
}

/** Plain-language advice for editors: a readable Dutch list, sorted by file and line. */
export function formatWarnings(warnings: Problem[], options: { hints?: boolean } = {}): string {
  if (warnings.length === 0) return '';
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const count = warnings.length === 1 ? '1 taaladvies' : `${warnings.length} taaladviezen`;
  const lines = sorted.map((warning) => {
    const where = warning.line ? `${visible(warning.file)}:${warning.line}` : visible(warning.file);
    const hint = options.hints !== false && warning.hint ? `\n    Voorstel: ${warning.hint}` : '';
    return `⚠ ${where}\n    ${warning.message}${hint}`;
  });
  return [
    `Taalcontrole: ${count} (waarschuwingen; de site wordt gewoon gebouwd).`,
    '',
    ...lines,
    '',
    'Lange zinnen, moeilijke woorden (content/taal/moeilijke-woorden.yaml) en afkortingen die niet in de begrippenlijst staan.',
  ].join('\n');
}
