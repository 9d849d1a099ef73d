// Runs a list of independent jobs in worker processes when there are enough of them to pay for
// starting them (each loads its own copy of the parser), else right here. Used by the content
// check and the content loader, whose work per file is mostly parsing.
// Processes, not worker threads: a process gives all its memory back when it ends. Worker threads
// left about 0.5 GB of native memory behind in Astro's process with 10,000 files, memory the rest
// of the build then could not use.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface InWorkersOptions<Job, Result> {
  /** Absolute path of the worker script, which calls {@link answerJobs}. */
  script: string;
  jobs: Job[];
  /** Below this many jobs everything runs inline. */
  threshold: number;
  /** Data every worker needs besides its jobs. */
  shared?: unknown;
  /** The same work without workers: below the threshold, or on a single core. */
  inline(jobs: Job[]): Result[];
}

export async function inWorkers<Job, Result>(options: InWorkersOptions<Job, Result>): Promise<Result[]> {
  const { script, jobs, threshold, shared, inline } = options;
  const workers = Math.min(availableParallelism(), 4);
  if (jobs.length < threshold || workers < 2) return inline(jobs);
  const size = Math.ceil(jobs.length / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, i) =>
      runWorker<Job, Result>(script, jobs.slice(i * size, (i + 1) * size), shared),
    ),
  );
  return parts.flat();
}

/** One worker process: sends it its jobs, and resolves with its results once it has ended. */
function runWorker<Job, Result>(script: string, jobs: Job[], shared: unknown): Promise<Result[]> {
  return new Promise((done, fail) => {
    // 'advanced': the structured clone of worker threads, so results keep their Maps and Dates.
    const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let results: Result[] | undefined;
    child.once('message', (message) => (results = message as Result[]));
    child.once('error', fail);
    child.once('exit', (code) =>
      results ? done(results) : fail(new Error(`${script} stopte (code ${code}) zonder resultaat.`)),
    );
    child.send({ jobs, shared });
  });
}

/** The body of a worker script: takes its jobs, sends back `work`'s results, and ends. */
export function answerJobs<Job, Shared, Result>(work: (jobs: Job[], shared: Shared) => Result[]): void {
  process.once('message', (message) => {
    const { jobs, shared } = message as { jobs: Job[]; shared: Shared };
    process.send!(work(jobs, shared), () => process.disconnect());
  });
}
