import { constants } from 'node:os';

/**
 * Exit codes of the command-line scripts (`npm run build`, `npm run check`, the scaffolds), the same
 * for each, so that a calling script can tell what kind of thing went wrong.
 */

/** Something else failed: a file or folder could not be read or written, the disk is full, a tool broke. */
export const FAILURE_EXIT_CODE = 1;
/** The command was run wrongly: an unknown or missing argument, a malformed environment variable, no content folder. */
export const USAGE_EXIT_CODE = 2;
/** The content check failed (its problems are already printed); also the exit code of scripts/lib/astro-build.ts then. */
export const CONTENT_INVALID_EXIT_CODE = 3;

/** The exit code of a process ended by `signal`, as a shell reports it (128 + the signal's number). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
