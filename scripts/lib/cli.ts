/**
 * How the command-line scripts (build, check, the scaffolds, and the build's Astro child) end when
 * something fails: one line from {@link describeFailure} (file, folder or variable, and what to do),
 * never a bare stack trace, and an exit code of scripts/lib/exit-codes.ts. `--debug` anywhere on the
 * command line prints the stack trace as well (and is removed from `process.argv`, so that the
 * scripts' own argument parsing never sees it).
 *
 * Import it FIRST in a script: its handlers must be in place before the script's other imports are
 * evaluated, since src/config/deployment.ts throws while it is imported when a variable is malformed.
 * So this module imports nothing that reads the environment.
 */
import { describeFailure, isArgumentError, type KnownPath } from './failure.ts';
import { t } from '../../src/i18n/index.ts';
import { USAGE_EXIT_CODE } from './exit-codes.ts';

const DEBUG_FLAG = '--debug';
const flagAt = process.argv.indexOf(DEBUG_FLAG, 2);
if (flagAt !== -1) process.argv.splice(flagAt, 1);

/** Whether `--debug` was given: stack traces are printed, and passed on to child scripts. */
export const DEBUG = flagAt !== -1;

/** How the running script reports a failure. */
export interface FailureHandling {
  /** The whole line printed, around the description (e.g. `构建失败 … / build failed …: <line>`). */
  headline(line: string): string;
  /** Folders the script took from settings (see {@link KnownPath}). */
  known: readonly KnownPath[];
  /** The script's usage text, appended to a wrong argument's message. */
  usage?: string;
  /** Undoes what the script had started (temporary folders); runs once, before the line is printed. */
  cleanUp?: () => void;
  /**
   * Delivers the line and ends the process; the default prints the headline to stderr and exits.
   * The build's Astro child hands it to its parent instead, which prints it as part of its own line.
   */
  report?: (line: string, exitCode: number) => void;
}

let handling: FailureHandling = { headline: (line) => line, known: [] };
let failing = false;

/** Sets (part of) how this script reports a failure; later calls refine earlier ones. */
export function onFailure(changes: Partial<FailureHandling>): void {
  handling = { ...handling, ...changes };
}

/**
 * Reports `error` in one line (its stack trace too under `--debug`), cleans up and exits (at once,
 * unless a {@link FailureHandling.report} of the script's own delivers the line first).
 */
export function failAndExit(error: unknown): void {
  if (!failing) {
    failing = true;
    if (DEBUG) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    let { line, exitCode } = describeFailure(error, handling.known);
    if (isArgumentError(error)) {
      line = t('cli.failure.arguments', { problems: error.message, usage: handling.usage ?? '' });
      exitCode = USAGE_EXIT_CODE;
    }
    try {
      handling.cleanUp?.();
    } catch (cleanUpError) {
      if (DEBUG) console.error(cleanUpError);
    }
    if (handling.report) handling.report(line, exitCode);
    else {
      console.error(handling.headline(line));
      process.exit(exitCode);
    }
  }
  // A second failure while the first is being reported (a report may wait for its delivery) adds nothing.
}

process.on('uncaughtException', (error) => failAndExit(error));
process.on('unhandledRejection', (reason) => failAndExit(reason));
