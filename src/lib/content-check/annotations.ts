// Problems as GitHub Actions annotations (`::error file=…,line=…,title=…::…`), so a pull request
// shows each one on the changed line. Printed by `npm run controleer` when GITHUB_ACTIONS=true.
import type { Problem } from './problem.ts';

/**
 * Escaping as GitHub's own toolkit does it (@actions/core, command.ts): in the message %, CR and LF;
 * in a property also : and , — so a file name or message from a pull request can never end the
 * command early or start a command of its own.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as an error annotation: file and line, the field in the title, the fix in the message. */
export function annotation(problem: Problem): string {
  const title = problem.field ? `Inhoudscontrole: veld "${problem.field}"` : 'Inhoudscontrole';
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(title)}`,
  ];
  const hint = problem.hint ? `\nOplossing: ${problem.hint}` : '';
  return `::error ${properties.join(',')}::${escapeData(`${problem.message}${hint}`)}`;
}

/**
 * All problems, one annotation per line. Plain-language advice is left out: it is no mistake, and
 * GitHub shows only the first ten annotations of each kind per step.
 */
export function formatAnnotations(problems: Problem[]): string {
  return problems.map(annotation).join('\n');
}
