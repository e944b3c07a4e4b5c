/**
 * One validation per content tree per process (module instance): every collection's loader of a
 * build or a dev server (src/io/content-loader.ts) takes its records from the same reading and
 * checking of the tree, and the dev server forgets it when a file changes.
 *
 * There is no hand-over between processes or module instances. In a build the only validation is
 * the loader's, inside Astro (Vite's module runner); the build script learns of a failure from
 * the loader's {@link ContentInvalidError} (src/io/content-invalid.ts), not by validating itself.
 * `npm run check` validates in a process of its own.
 */
import { resolve } from 'node:path';
import { validateContent, type ValidationResult } from '../lib/content/validate.ts';
import { readContentTree } from './read-content.ts';

const memo = new Map<string, ValidationResult>();

/** The validation of the content tree at `dir` (records and problems), read and checked once. */
export function validatedContent(dir: string): ValidationResult {
  const key = resolve(dir);
  let result = memo.get(key);
  if (!result) {
    const { records, unplaced } = readContentTree(key);
    result = validateContent(records, unplaced);
    memo.set(key, result);
  }
  return result;
}

/** Drops the memoised validation of `dir`, so that the next call reads the files again (after an edit). */
export function forgetValidatedContent(dir: string): void {
  memo.delete(resolve(dir));
}
