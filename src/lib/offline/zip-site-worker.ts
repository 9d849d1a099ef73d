// Worker thread entry: zips the site with the options from the integration and reports the size.
import { parentPort, workerData } from 'node:worker_threads';
import { zipSite, type ZipSiteOptions } from './zip-site.ts';

parentPort?.postMessage(await zipSite(workerData as ZipSiteOptions));
