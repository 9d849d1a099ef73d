// Worker process of the content loader (src/lib/in-workers.ts): reads and renders its share of the
// files (read-entries.ts).
import { answerJobs } from '../lib/in-workers.ts';
import { readEntries } from './read-entries.ts';

answerJobs(readEntries);
