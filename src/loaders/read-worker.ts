// Worker thread of the content loader: reads and renders its share of the files (read-entries.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readEntries } from './read-entries.ts';

parentPort?.postMessage(readEntries(workerData.jobs, workerData.shared));
