/** Copies of the tests' reference content tree, which a test may change freely (never the shipped `content/`). */
import { copyExample, LUYANG_EXAMPLE } from './example-content.ts';

/** Copies the Luyang 2017 example (examples/luyang-2017) into a temporary `content` folder; returns that folder. */
export function copyLuyangExample(): string {
  return copyExample(LUYANG_EXAMPLE);
}

/**
 * The 1-based line of the first line of `text` holding `needle`, so that a test asserting a
 * problem's line follows the file it changed rather than a number that any edit of it would shift.
 */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`not in the file: ${needle}`);
  return index + 1;
}
