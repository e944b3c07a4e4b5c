import { checksumsStep } from './checksums.ts';
import { fileLimitsStep } from './file-limits.ts';
import { pagefindStep } from './pagefind.ts';
import { projectFilesStep } from './project-files.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Steps run on the staged site, stage after stage; the steps of one stage run at the same time.
 * Unpacking the per-project data files and indexing the HTML touch different files, so they
 * overlap (Pagefind works in its own process while the files are written). Pagefind comes first
 * in its stage: its step lists and reads the pages before its first wait, so before the unpacking
 * starts, and walks Astro's files only, not the three per project the unpacking adds (none of them
 * a page), nor folders being written meanwhile. Checksums come last so
 * that they cover every data file as published; the CDN limits check (a warning only) sees the site
 * as it will be published.
 */
export const POST_BUILD_STAGES: readonly (readonly PostBuildStep[])[] = [[pagefindStep, projectFilesStep], [checksumsStep], [fileLimitsStep]];

/** Every post-build step, in the order of its stage. */
export const POST_BUILD_STEPS: readonly PostBuildStep[] = POST_BUILD_STAGES.flat();
