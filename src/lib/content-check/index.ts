export { checkContent, type CheckResult } from './check.ts';
export { slugify } from '../slug.ts';
export { formatProblem, formatReport, formatWarnings, type Problem } from './problem.ts';
export type { CheckedEntry } from './integrity.ts';
