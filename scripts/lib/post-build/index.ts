import { checksumsStep } from './checksums.ts';
import { pagefindStep } from './pagefind.ts';
import { projectFilesStep } from './project-files.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Steps run in order on the staged site. Order matters: the per-project data files are unpacked
 * first, indexing reads the final HTML, and
 * checksums must come last so that they cover every data file as published.
 */
export const POST_BUILD_STEPS: PostBuildStep[] = [projectFilesStep, pagefindStep, checksumsStep];
