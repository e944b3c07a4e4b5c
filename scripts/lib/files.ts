/** Listing a built folder: the one recursive walk the build steps, scripts and tests share. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file below `dir` as a path relative to it with forward slashes, in code-unit order (not
 * locale order), so that every machine lists, hashes and writes files in the same order.
 */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
