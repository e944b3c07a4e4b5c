/** Worker thread of the project-files step (project-files.ts): unpacks the bundle in `workerData.dataDir`. */
import { workerData } from 'node:worker_threads';
import { unpackProjectFiles } from './project-files.ts';

await unpackProjectFiles((workerData as { dataDir: string }).dataDir);
