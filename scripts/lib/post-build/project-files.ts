/** Unpacks the per-project data files from the bundle the build wrote (src/lib/open-data/project-bundle.ts). */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeBundleLine, PROJECT_BUNDLE_FILE } from '../../../src/lib/open-data/project-bundle.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Files written at once. The writes are asynchronous so that they run on libuv's threads while this
 * process feeds Pagefind, which indexes alongside (scripts/lib/post-build/index.ts): creating
 * thousands of files costs mostly kernel time, which then overlaps with indexing instead of adding to it.
 */
const WRITES_IN_FLIGHT = 16;

/**
 * The post-build step; runs before the checksums, so that they see the data files as published.
 * The bundle is read line by line: held whole (about 300 MB at 20 000 projects, text and bytes) it
 * would add to Pagefind's memory peak, which it now shares.
 */
export const projectFilesStep: PostBuildStep = {
  name: 'project-files',
  async run({ outDir }) {
    const bundle = join(outDir, 'data', PROJECT_BUNDLE_FILE);
    if (!existsSync(bundle)) throw new Error(`project files: ${PROJECT_BUNDLE_FILE} missing from the build`);
    const folders = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    // The first failed write fails the step once the writes under way have settled.
    let failure: unknown = null;
    const lines = createInterface({ input: createReadStream(bundle, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.length === 0) continue;
      const file = decodeBundleLine(line);
      const target = join(outDir, 'data', file.path);
      const folder = dirname(target);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      const write: Promise<void> = writeFile(target, file.bytes)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(write));
      inFlight.add(write);
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
      if (failure !== null) break;
    }
    await Promise.all(inFlight);
    if (failure !== null) throw failure;
    await rm(bundle);
  },
};
