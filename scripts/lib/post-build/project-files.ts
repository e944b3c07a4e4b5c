/** Unpacks the per-project data files from the bundle the build wrote (src/lib/open-data/project-bundle.ts). */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { decodeBundleLine, PROJECT_BUNDLE_FILE } from '../../../src/lib/open-data/project-bundle.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Writes every file of the bundle in `dataDir` and removes the bundle; returns the SHA-256 of each
 * file's bytes as written, by path below `dataDir` (see PostBuildContext.writtenChecksums). The bundle is read line by
 * line: held whole (about 300 MB at 20 000 projects, text and bytes) it would add to Pagefind's
 * memory peak, which this step shares. Each file is written synchronously: a few µs of CPU each,
 * where a promise per file through libuv's thread pool cost three times as much.
 */
export async function unpackProjectFiles(dataDir: string): Promise<Map<string, string>> {
  const bundle = join(dataDir, PROJECT_BUNDLE_FILE);
  const folders = new Set<string>();
  const checksums = new Map<string, string>();
  const lines = createInterface({ input: createReadStream(bundle, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length === 0) continue;
    const file = decodeBundleLine(line);
    const target = join(dataDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.bytes);
    checksums.set(file.path, createHash('sha256').update(file.bytes).digest('hex'));
  }
  rmSync(bundle);
  return checksums;
}

/**
 * The post-build step; runs before the checksums, so that they see the data files as published.
 * It runs on a worker thread: creating thousands of files costs mostly kernel time (much more on
 * a slow disk), which then overlaps with this process feeding Pagefind instead of holding it up.
 * The worker sends back the checksums of the files it wrote, for the checksums step.
 */
export const projectFilesStep: PostBuildStep = {
  name: 'project-files',
  async run({ outDir, writtenChecksums }) {
    const dataDir = join(outDir, 'data');
    if (!existsSync(join(dataDir, PROJECT_BUNDLE_FILE))) throw new Error(`project files: ${PROJECT_BUNDLE_FILE} missing from the build`);
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./project-files-worker.ts', import.meta.url), { workerData: { dataDir } });
      worker.once('message', (written: [string, string][]) => {
        for (const [path, sha256] of written) writtenChecksums?.set(path, sha256);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`project files: worker exited with code ${code}`))));
    });
  },
};
