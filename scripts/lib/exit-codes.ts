/** Exit code of scripts/lib/astro-build.ts when the content check failed (its problems are already printed). */
export const CONTENT_INVALID_EXIT_CODE = 3;
