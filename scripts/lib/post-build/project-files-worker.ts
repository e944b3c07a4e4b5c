/** Worker thread of the project-files step (project-files.ts): unpacks the bundle in `workerData.dataDir`, and sends back the checksums of the files written. */
import { parentPort, workerData } from 'node:worker_threads';
import { unpackProjectFiles } from './project-files.ts';

const written = await unpackProjectFiles((workerData as { dataDir: string }).dataDir);
parentPort?.postMessage([...written]);
