/**
 * One validation per content tree per process. The build validates the tree before Astro starts
 * (so that bad content stops it with the check's messages), and Astro's content loaders then take
 * the records that validation produced instead of reading and parsing every file a second time.
 */
import { resolve } from 'node:path';
import { validateContent, type ValidationResult } from '../lib/content/validate.ts';
import { readContent } from './read-content.ts';

// Astro loads the content config through Vite's module runner, which gives it its own instance of
// this module; the build script imports it natively. Only globalThis is shared by the two.
const MEMO = Symbol.for('minsheng.validatedContent');

function memo(): Map<string, ValidationResult> {
  const holder = globalThis as typeof globalThis & { [MEMO]?: Map<string, ValidationResult> };
  holder[MEMO] ??= new Map();
  return holder[MEMO];
}

/** The validation of the content tree at `dir` (records and problems), read and checked once. */
export function validatedContent(dir: string): ValidationResult {
  const key = resolve(dir);
  let result = memo().get(key);
  if (!result) {
    result = validateContent(readContent(key));
    memo().set(key, result);
  }
  return result;
}

/** Drops the memoised validation of `dir`, so that the next call reads the files again (after an edit). */
export function forgetValidatedContent(dir: string): void {
  memo().delete(resolve(dir));
}
