/**
 * The folders a build of OUT_DIR makes beside it, each named after OUT_DIR and the build's pid:
 * the staging folder Astro builds into, Astro's cache, the working directory Astro runs in, and,
 * for the moment of the swap, the previous site. A build cleans them up when it ends, even when it
 * fails or is interrupted; one killed outright (SIGKILL, a power cut) leaves them, and the next
 * build of that OUT_DIR removes those whose build is no longer running ({@link removeStaleBuildFolders}).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireLock } from './astro-lock.ts';
import { isAlive } from './proc.ts';

/** The folders of the build with process id `pid` of `outDir` (absolute). */
export interface BuildFolders {
  /** What Astro builds and the post-build steps finish; renamed to OUT_DIR at the end. */
  staging: string;
  /** Astro's cache, one per build (parallel builds never share state). */
  cache: string;
  /** Astro's working directory (see scripts/build.ts). */
  work: string;
  /** The site OUT_DIR held, during the swap. */
  previous: string;
}

/** The folders of build `pid` of `outDir`. */
export function buildFolders(outDir: string, pid: number): BuildFolders {
  const staging = `${outDir}.staging-${pid}`;
  return { staging, cache: `${staging}-cache`, work: `${staging}-work`, previous: `${outDir}.previous-${pid}` };
}

/** Removes every folder of `folders` (whichever exist). Retries a folder that a dying writer still fills. */
export function removeBuildFolders(folders: BuildFolders, keep: readonly (keyof BuildFolders)[] = []): void {
  for (const [name, path] of Object.entries(folders) as [keyof BuildFolders, string][]) {
    if (!keep.includes(name)) rmSync(path, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** A folder of a dead build, and what became of it. */
export interface StaleFolder {
  path: string;
  /** True for a previous site put back as OUT_DIR; false for a folder removed. */
  restored: boolean;
}

/**
 * Removes the folders beside `outDir` left by builds that are no longer running, and returns them.
 * A previous site left by a build killed during its swap, when OUT_DIR is missing, is put back as
 * OUT_DIR rather than removed: it is the site that was published.
 */
export function removeStaleBuildFolders(outDir: string): StaleFolder[] {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)(-cache|-work)?$`);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const stale: StaleFolder[] = [];
  for (const entry of entries.sort()) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(parent, entry);
    const restored = match[1] === 'previous' && !match[3] && !existsSync(outDir);
    if (restored) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true, maxRetries: 5 });
    stale.push({ path, restored });
  }
  return stale;
}

/**
 * The persistent build cache of one site, `.build/site-cache/<key>/` in the project: Astro's cache
 * (its incremental-build manifest and copies of the pages it rendered, and the content layer's
 * store) and the post-build steps' own (Pagefind bundles by the digest of their inputs). One per
 * site: content folder, base path, site URL and output folder, so that builds of different sites
 * (the tests', a web team's several sites) never share one.
 *
 * A build takes the cache as its working copy (`<key>.build-<pid>`, {@link checkOutSiteCache}),
 * which Astro and the post-build steps update, and only a build that succeeded puts its working copy
 * back in the cache's place ({@link publishSiteCache}). The cache is moved, not copied: a copy in
 * and the old cache's removal out cost 0.7–1.1 s of the build's own CPU at 4 000 projects
 * (some 130 MB: every page's cached copy, the search bundles), whatever the change. Astro rewrites
 * the cached copy of each page it renders, in place, so the working copy may share nothing with a
 * cache kept aside (no hard links), and a build that did not succeed may have left its copy half
 * updated: a failed or interrupted build removes its working copy, and one killed outright leaves
 * it for the next build to remove ({@link removeStaleSiteCaches}). Either way the site then has no
 * cache, never a half-updated one, and its next build is a full one (which leaves a cache again).
 * While a build has the cache, another build of the same site finds none and starts from an empty
 * working copy (as with `--fresh`); whichever succeeds last leaves its cache. The move and the swap
 * happen under the cache's lock (`<key>.lock`), so that no build takes a cache half-swapped.
 */
export interface SiteCache {
  /** The cache, as the last successful build of the site left it. */
  dir: string;
  /** This build's working copy (the cache, moved here): Astro's cacheDir. */
  work: string;
  /** Where the replaced cache goes during the swap. */
  old: string;
  /** The lock folder of the copy and the swap. */
  lock: string;
}

/** The name of a site's cache: a digest of its content folder, base path, site URL and output folder (absolute paths). */
export function siteCacheKey(site: { contentDir: string; base: string; siteUrl: string | null; outDir: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([site.contentDir, site.base, site.siteUrl, site.outDir]))
    .digest('hex')
    .slice(0, 24);
}

/** Folder of every site's persistent cache: `configured` (MINSHENG_SITE_CACHE_DIR) or `.build/site-cache/` in the project. */
export function siteCacheRoot(projectRoot: string, configured: string | null = null): string {
  return configured ? resolve(configured) : join(projectRoot, '.build', 'site-cache');
}

/**
 * How long a site's cache is kept whatever else is built: a test run builds dozens of sites into
 * temporary folders, which must not push out the cache of a site being worked on meanwhile.
 */
export const SITE_CACHE_FRESH_MS = 6 * 60 * 60 * 1000;
/** How many caches older than that are kept (the most recently built). */
export const SITE_CACHES_KEPT = 8;

/** The persistent cache of the site with `key` (a digest of what makes the site, see scripts/build.ts) for build `pid`. */
export function siteCache(projectRoot: string, key: string, pid: number, configured: string | null = null): SiteCache {
  const dir = join(siteCacheRoot(projectRoot, configured), key);
  return { dir, work: `${dir}.build-${pid}`, old: `${dir}.old-${pid}`, lock: `${dir}.lock` };
}

/**
 * Removes what dead builds left in the caches' folder (working copies, replaced caches, lock
 * drafts), and the caches not built for {@link SITE_CACHE_FRESH_MS} beyond the
 * {@link SITE_CACHES_KEPT} most recently built (never `keep`, nor one whose lock is held).
 */
export function removeStaleSiteCaches(keep: string): void {
  const root = dirname(keep);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  const caches: { path: string; mtimeMs: number }[] = [];
  for (const entry of entries) {
    const path = join(root, entry);
    const left = /\.(build|old)-(\d+)$|\.lock\.(\d+)$/.exec(entry);
    if (left) {
      const pid = Number(left[2] ?? left[3]);
      if (pid !== process.pid && !isAlive(pid)) rmSync(path, { recursive: true, force: true, maxRetries: 5 });
      continue;
    }
    // A cache another build is moving (checking it out or publishing) may be gone already.
    const stats = /^[0-9a-f]+$/.test(entry) && path !== keep ? statSync(path, { throwIfNoEntry: false }) : undefined;
    if (stats) caches.push({ path, mtimeMs: stats.mtimeMs });
  }
  caches.sort((a, b) => b.mtimeMs - a.mtimeMs);
  const now = Date.now();
  for (const { path, mtimeMs } of caches.slice(SITE_CACHES_KEPT - 1)) {
    if (now - mtimeMs > SITE_CACHE_FRESH_MS && !existsSync(`${path}.lock`)) rmSync(path, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * Moves the site's cache (if any) to this build's working copy, in one rename (so the cache keeps
 * its files, timestamps included, and shares them with nothing); `fresh` starts from an empty
 * working copy and leaves the cache where it is until this build's replaces it.
 */
export async function checkOutSiteCache(cache: SiteCache, fresh: boolean): Promise<void> {
  rmSync(cache.work, { recursive: true, force: true });
  mkdirSync(dirname(cache.work), { recursive: true });
  if (fresh) {
    mkdirSync(cache.work);
    return;
  }
  const release = await acquireLock(cache.lock);
  try {
    if (existsSync(cache.dir)) renameSync(cache.dir, cache.work);
    else mkdirSync(cache.work);
  } finally {
    release();
  }
}

/**
 * Puts back the working copy of a build that stopped before Astro wrote to it: the content check,
 * which runs first in the Astro process, refused the content, so no page was rendered and no cached
 * copy rewritten, and the working copy is the cache as the last good build left it. The build of
 * the corrected content is then incremental, not full. A cache another build published meanwhile
 * is kept, and the working copy removed.
 */
export async function returnSiteCache(cache: SiteCache): Promise<void> {
  const release = await acquireLock(cache.lock);
  try {
    if (existsSync(cache.work) && !existsSync(cache.dir)) renameSync(cache.work, cache.dir);
  } finally {
    release();
  }
  rmSync(cache.work, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * Puts this successful build's working copy in the cache's place (marking it as the site's latest).
 * A cache is there only when another build of the site published one meanwhile, or this build was
 * `--fresh`; it is replaced.
 */
export async function publishSiteCache(cache: SiteCache): Promise<void> {
  const release = await acquireLock(cache.lock);
  try {
    rmSync(cache.old, { recursive: true, force: true });
    if (existsSync(cache.dir)) renameSync(cache.dir, cache.old);
    renameSync(cache.work, cache.dir);
    const now = new Date();
    utimesSync(cache.dir, now, now);
  } finally {
    release();
  }
  rmSync(cache.old, { recursive: true, force: true, maxRetries: 5 });
}
