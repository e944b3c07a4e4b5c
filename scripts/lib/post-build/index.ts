import { checksumsStep } from './checksums.ts';
import { pagefindStep } from './pagefind.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Steps run in order on the staged site. Order matters: indexing reads the final HTML, and
 * checksums must come last so that they cover every data file as published.
 */
export const POST_BUILD_STEPS: PostBuildStep[] = [pagefindStep, checksumsStep];
