// Runs a list of independent jobs in worker threads when there are enough of them to pay for
// starting the threads (each loads its own copy of the parser), else right here. Used by the content
// check and the content loader, whose work per file is mostly parsing.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface InWorkersOptions<Job, Result> {
  /** Absolute path of the worker script; it receives `{ jobs, shared }` and posts back Result[]. */
  script: string;
  jobs: Job[];
  /** Below this many jobs everything runs inline. */
  threshold: number;
  /** Data every worker needs besides its jobs. */
  shared?: unknown;
  /** The same work without threads: below the threshold, or on a single core. */
  inline(jobs: Job[]): Result[];
}

export async function inWorkers<Job, Result>(options: InWorkersOptions<Job, Result>): Promise<Result[]> {
  const { script, jobs, threshold, shared, inline } = options;
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < threshold || threads < 2) return inline(jobs);
  const size = Math.ceil(jobs.length / threads);
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      (_, i) =>
        new Promise<Result[]>((done, fail) => {
          const worker = new Worker(script, { workerData: { jobs: jobs.slice(i * size, (i + 1) * size), shared } });
          worker.once('message', done);
          worker.once('error', fail);
        }),
    ),
  );
  return parts.flat();
}
