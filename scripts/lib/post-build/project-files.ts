/** Unpacks the per-project data files from the bundle the build wrote (src/lib/open-data/project-bundle.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeBundle, PROJECT_BUNDLE_FILE } from '../../../src/lib/open-data/project-bundle.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Files written at once. The writes are asynchronous so that they run on libuv's threads while this
 * process feeds Pagefind, which indexes alongside (scripts/lib/post-build/index.ts): creating
 * thousands of files costs mostly kernel time, which then overlaps with indexing instead of adding to it.
 */
const WRITES_IN_FLIGHT = 16;

/** The post-build step; runs before the checksums, so that they see the data files as published. */
export const projectFilesStep: PostBuildStep = {
  name: 'project-files',
  async run({ outDir }) {
    const bundle = join(outDir, 'data', PROJECT_BUNDLE_FILE);
    if (!existsSync(bundle)) throw new Error(`project files: ${PROJECT_BUNDLE_FILE} missing from the build`);
    const files = decodeBundle(readFileSync(bundle, 'utf8'));
    const folders = [...new Set(files.map((f) => dirname(join(outDir, 'data', f.path))))];
    for (const folder of folders) await mkdir(folder, { recursive: true });
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const f = files[next++]!;
        await writeFile(join(outDir, 'data', f.path), f.bytes);
      }
    };
    await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, worker));
    await rm(bundle);
  },
};
