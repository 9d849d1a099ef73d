// Worker process of the content check (src/lib/in-workers.ts): checks its share of the files and
// sends the results back, without lineOf (a function cannot be sent; check.ts makes it again).
import { answerJobs } from '../in-workers.ts';
import { storable } from './check-cache.ts';
import { type CheckSettings, checkJobs, type FileJob } from './check.ts';

answerJobs((jobs: FileJob[], shared: CheckSettings) =>
  checkJobs(jobs, shared).map((result) => ({ ...storable(result), prerendered: result.prerendered })),
);
