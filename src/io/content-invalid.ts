/**
 * The error a build's content loader throws when the content fails its check. Its message is the
 * check's report (every problem, one per line), which scripts/lib/astro-build.ts prints before it
 * exits with CONTENT_INVALID_EXIT_CODE. It is recognised by name, not with `instanceof`: the loader
 * runs in Vite's module runner, whose copy of this class is not the build script's.
 *
 * A module of its own, so that the build script can import it without loading the validation.
 */
export const CONTENT_INVALID_ERROR = 'ContentInvalidError';

/** The content tree failed its check; `message` holds the report. */
export class ContentInvalidError extends Error {
  override name = CONTENT_INVALID_ERROR;
}

/** Whether `error` is a {@link ContentInvalidError}, from whichever module instance. */
export function isContentInvalid(error: unknown): error is Error {
  return error instanceof Error && error.name === CONTENT_INVALID_ERROR;
}
