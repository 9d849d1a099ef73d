// Worker thread of the content check: checks its share of the files and sends the results back.
// lineOf (a function) cannot cross threads; check.ts makes it again where it is needed.
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckSettings, checkJobs, type FileJob } from './check.ts';

const { jobs, shared } = workerData as { jobs: FileJob[]; shared: CheckSettings };
const results = checkJobs(jobs, shared).map((result) => ({
  problems: result.problems,
  warnings: result.warnings,
  entry: result.entry && { ...result.entry, lineOf: undefined },
  prerendered: result.prerendered,
}));
parentPort?.postMessage(results);
