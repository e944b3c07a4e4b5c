/** Unpacks the per-project data files from the bundle the build wrote (src/lib/open-data/project-bundle.ts). */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeBundle, PROJECT_BUNDLE_FILE } from '../../../src/lib/open-data/project-bundle.ts';
import type { PostBuildStep } from './types.ts';

/** The post-build step; runs first, so later steps see the data files as published. */
export const projectFilesStep: PostBuildStep = {
  name: 'project-files',
  async run({ outDir }) {
    const bundle = join(outDir, 'data', PROJECT_BUNDLE_FILE);
    if (!existsSync(bundle)) throw new Error(`project files: ${PROJECT_BUNDLE_FILE} missing from the build`);
    const files = decodeBundle(readFileSync(bundle, 'utf8'));
    for (const f of files) {
      const target = join(outDir, 'data', f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.bytes);
    }
    rmSync(bundle);
  },
};
