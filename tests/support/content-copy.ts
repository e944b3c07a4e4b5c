/** Copies the shipped content into a temporary folder that a test may change freely. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-content-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
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
