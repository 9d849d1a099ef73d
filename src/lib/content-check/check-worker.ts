// Worker process of the content check (src/lib/in-workers.ts): checks its share of the files and
// sends the results back. lineOf (a function) cannot be sent; check.ts makes it again where needed.
import { answerJobs } from '../in-workers.ts';
import { type CheckSettings, checkJobs, type FileJob } from './check.ts';

answerJobs((jobs: FileJob[], shared: CheckSettings) =>
  checkJobs(jobs, shared).map((result) => ({
    problems: result.problems,
    warnings: result.warnings,
    entry: result.entry && { ...result.entry, lineOf: undefined },
    prerendered: result.prerendered,
  })),
);
