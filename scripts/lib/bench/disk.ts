/** Sizes on disk of a built site, in bytes of file content (not blocks). */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file below `dir` (none when it does not exist), with its path; symlinks are not followed. */
function* filesBelow(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  const stack = [dir];
  while (stack.length) {
    const folder = stack.pop()!;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) yield path;
    }
  }
}

/** Total bytes and file count below `dir` (0 when it does not exist). Symlinks are not followed. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const path of filesBelow(dir)) {
    bytes += lstatSync(path).size;
    files += 1;
  }
  return { bytes, files };
}

/** Number of `.html` files below `dir`. */
export function countHtml(dir: string): number {
  let n = 0;
  for (const path of filesBelow(dir)) if (path.endsWith('.html')) n += 1;
  return n;
}

/** The largest file below `dir`: its path relative to `dir` and its bytes (the CDN per-file limit applies to it). */
export function largestFile(dir: string): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  for (const path of filesBelow(dir)) {
    const bytes = lstatSync(path).size;
    if (bytes > best.bytes) best = { path: path.slice(dir.length + 1), bytes };
  }
  return best;
}
