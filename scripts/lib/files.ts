/** Listing and linking built folders: the one recursive walk the build steps, scripts and tests share, and the search bundles' way in and out of the cache. */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

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

/** Error codes of a hard link the file system refuses, for which a copy is made instead. */
const NO_HARD_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Puts the tree at `source` at `target` (a folder that must not exist yet) as hard links to the
 * same files, falling back to copies where the file system refuses a link (another disk: the site's
 * cache may live elsewhere, MINSHENG_SITE_CACHE_DIR; a file system without links). `include` (a path
 * relative to `source`, forward slashes) leaves out what it refuses, folders included.
 *
 * Links, not copies, for the search bundles between the site's cache and the site (their copies were
 * the build script's largest cost in a rebuild; README, Beyond one machine). Safe because neither side
 * is ever written in place: the build writes every file of the site anew into a fresh staging folder,
 * and the cache replaces a bundle by removing its folder and linking a new one. Whoever changes a
 * file of a built site in place (not a new file over it) changes the cached bundle too:
 * `npm run build -- --fresh` then rebuilds it.
 */
export function linkTree(source: string, target: string, include: (path: string) => boolean = () => true): void {
  let link = true;
  const walk = (from: string, to: string, prefix: string) => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      const path = `${prefix}${e.name}`;
      if (!include(path)) continue;
      const src = join(from, e.name);
      const dest = join(to, e.name);
      if (e.isDirectory()) walk(src, dest, `${path}/`);
      else if (link) {
        try {
          linkSync(src, dest);
        } catch (error) {
          if (!NO_HARD_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
          link = false;
          copyFileSync(src, dest);
        }
      } else copyFileSync(src, dest);
    }
  };
  walk(source, target, '');
}
