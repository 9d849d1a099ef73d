import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inWorkers } from './in-workers.ts';

const dir = mkdtempSync(join(tmpdir(), 'in-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script that answers with each job times the shared factor, and its own process id. */
const doubler = join(dir, 'doubler.ts');
writeFileSync(
  doubler,
  `import { answerJobs } from ${JSON.stringify(join(import.meta.dirname, 'in-workers.ts'))};
answerJobs((jobs: number[], shared: { factor: number }) => jobs.map((job) => ({ value: job * shared.factor, pid: process.pid, when: new Date(0) })));`,
);
const silent = join(dir, 'silent.ts');
writeFileSync(silent, 'process.exit(3);');

const inline = (jobs: number[]) => jobs.map((job) => ({ value: job * 2, pid: process.pid, when: new Date(0) }));

describe('inWorkers', () => {
  it.runIf(availableParallelism() >= 2)('splits the jobs over other processes and keeps their order', async () => {
    const jobs = Array.from({ length: 50 }, (_, i) => i);
    const results = await inWorkers({ script: doubler, jobs, threshold: 10, shared: { factor: 2 }, inline });
    expect(results.map((result) => result.value)).toEqual(jobs.map((job) => job * 2));
    expect(results.every((result) => result.pid !== process.pid)).toBe(true);
    // Results cross as structured clones: a Date stays a Date.
    expect(results[0]!.when).toBeInstanceOf(Date);
  });

  it('does small lists right here', async () => {
    const results = await inWorkers({ script: doubler, jobs: [1, 2], threshold: 10, shared: { factor: 2 }, inline });
    expect(results).toEqual(inline([1, 2]));
  });

  it.runIf(availableParallelism() >= 2)('fails when a worker ends without an answer', async () => {
    const jobs = Array.from({ length: 20 }, (_, i) => i);
    await expect(inWorkers({ script: silent, jobs, threshold: 10, inline })).rejects.toThrow(/zonder resultaat/);
  });
});
