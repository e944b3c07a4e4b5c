/**
 * Node's module compile cache (V8 code cache on disk, `module.enableCompileCache()`), for this
 * process's later imports, its child processes and its worker threads. The `astro` command enables
 * it for itself; a build that calls Astro's `build()` from its own script, as ours does
 * (scripts/lib/astro-build.ts), has to enable it too. Compiling Astro's, Vite's and rolldown's
 * modules afresh cost each build about 0.6–0.8 CPU s (a 40-project build: 5.5–5.8 CPU s without,
 * 4.7–5.2 with), whatever the size of the site.
 *
 * The cache holds compiled code only, never content, so no build's output depends on it; Node skips
 * an entry whose source changed. The build keeps it in the project (`.build/compile-cache/`) rather
 * than in Node's default folder under the system's temporary folder, because each build also adds
 * its own prerender chunks (some 50 entries, under 1 MB), which live in a folder named after the build
 * and are never loaded again: the project's folder is removed whenever it holds more than
 * {@link COMPILE_CACHE_MAX_ENTRIES} entries, and the next build fills it again. `NODE_COMPILE_CACHE`
 * set by the caller wins (Node enabled it at start-up), and `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
import { constants, enableCompileCache } from 'node:module';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setToolEnvironment } from '../../src/config/environment.ts';

/**
 * Entries past which the project's compile cache is removed: a warm cache holds about 1 500 (the
 * modules of Astro, Vite, rolldown, Pagefind's API and ours; some 12 MB), and every build adds about
 * 50, so it starts again after some 170 builds.
 */
export const COMPILE_CACHE_MAX_ENTRIES = 10_000;

/** The project's compile cache folder. */
export function compileCacheFolder(projectRoot: string): string {
  return join(projectRoot, '.build', 'compile-cache');
}

/** Entries of a compile cache folder (Node keeps one sub-folder per Node version and V8 flags). */
function entriesOf(folder: string): number {
  let count = 0;
  try {
    for (const version of readdirSync(folder, { withFileTypes: true })) {
      if (version.isDirectory()) count += readdirSync(join(folder, version.name)).length;
    }
  } catch {
    return 0;
  }
  return count;
}

/**
 * Enables the compile cache here and for the processes and threads started from now on, in
 * `folder` (first removed if it grew past `maxEntries`) or, without one, in Node's default for this
 * process alone; returns the folder Node reports, or null where the cache is off.
 */
export function shareCompileCache(folder?: string, maxEntries = COMPILE_CACHE_MAX_ENTRIES): string | null {
  if (folder && entriesOf(folder) > maxEntries) rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  const { status, directory } = enableCompileCache(folder);
  // Children are given the folder itself: Node adds the per-version sub-folder, so `directory` would nest one more.
  // A cache already enabled at start-up came from the caller's NODE_COMPILE_CACHE, which children inherit.
  if (folder && status === constants.compileCacheStatus.ENABLED) setToolEnvironment({ NODE_COMPILE_CACHE: folder });
  return directory ?? null;
}
