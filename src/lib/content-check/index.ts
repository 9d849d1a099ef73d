export { checkContent, slugify, type CheckResult } from './check.ts';
export { formatProblem, formatReport, type Problem } from './problem.ts';
export type { CheckedEntry } from './integrity.ts';
