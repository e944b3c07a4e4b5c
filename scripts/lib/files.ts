/** Listing a built folder: the one recursive walk the build steps, scripts and tests share. */
import { readdirSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/**
 * Every file below `dir` as a path relative to it with forward slashes, in code-unit order (not
 * locale order), so that every machine lists, hashes and writes files in the same order. Each
 * entry's folder is the resolved `dir` or below it (readdirSync joins it from the folder given), so
 * its path is cut rather than computed with path.relative(), which cost as much as the walk itself
 * on the 12 000 files of data/ at 4 000 projects.
 */
export function filesUnder(dir: string): string[] {
  const root = resolve(dir);
  const below = root.length + (root.endsWith(sep) ? 0 : 1);
  const files: string[] = [];
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = e.parentPath.length < below ? e.name : `${e.parentPath.slice(below)}${sep}${e.name}`;
    files.push(sep === '/' ? path : path.split(sep).join('/'));
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
