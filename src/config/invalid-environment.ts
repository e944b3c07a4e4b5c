/**
 * The error {@link parseDeployment} throws for a malformed environment variable. A module of its
 * own, free of side effects, so that the command-line scripts' failure handler (scripts/lib/cli.ts)
 * can recognise it before src/config/deployment.ts is evaluated (which throws it at import time).
 * Recognised by name, like the content loader's error: a copy of this module bundled elsewhere
 * would make `instanceof` fail.
 */
export const INVALID_ENVIRONMENT_ERROR = 'InvalidEnvironmentError';

/** One or more variables of the environment are malformed; each problem names its variable. */
export class InvalidEnvironmentError extends Error {
  override name = INVALID_ENVIRONMENT_ERROR;

  /**
   * One line per malformed variable, each starting with its name (`SITE_URL must be an http(s) URL
   * such as https://www.example.gov.cn, got "example.gov.cn"`).
   */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`invalid environment: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** Whether `error` is an {@link InvalidEnvironmentError}. */
export function isInvalidEnvironment(error: unknown): error is InvalidEnvironmentError {
  return error instanceof Error && error.name === INVALID_ENVIRONMENT_ERROR && Array.isArray((error as InvalidEnvironmentError).problems);
}
