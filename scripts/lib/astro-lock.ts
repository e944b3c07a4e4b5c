/**
 * One Astro at a time per project folder. Astro writes `<project>/.astro/content-modules.mjs` (the
 * list of the notices' modules, which depends on CONTENT_DIR) when it syncs the content and reads it
 * back while bundling; two builds of different content trees from one checkout (the test suite does
 * this, and so may a web team building several sites) could each read the other's list. Everything
 * else of a build (the content check, Pagefind, checksums) still runs side by side.
 *
 * The lock is held by the process that runs Astro (scripts/lib/astro-build.ts), so that it is free
 * exactly when no Astro of a build runs: a lock whose holder has died (killed with SIGKILL, which no
 * handler sees) is taken over by the next taker.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './proc.ts';

/** Folder whose creation takes the lock (a folder renamed into place, with its pid already in it: atomic). */
export function astroLockDir(projectRoot: string): string {
  return join(projectRoot, '.build', 'astro.lock');
}

/** The pid written into the lock, or null while there is none (not yet written, or no lock). */
export function astroLockHolder(projectRoot: string): number | null {
  try {
    return Number(readFileSync(join(astroLockDir(projectRoot), 'pid'), 'utf8')) || null;
  } catch {
    return null;
  }
}

/**
 * Removes the lock if its holder has died, and the drafts of takers that died before placing theirs;
 * tells whether it removed the lock. A lock without a pid (as an older version wrote it) is left to
 * {@link acquireAstroLock}.
 */
export function removeStaleAstroLock(projectRoot: string): boolean {
  const lock = astroLockDir(projectRoot);
  for (const name of readdirSafe(join(projectRoot, '.build'))) {
    const draft = /^astro\.lock\.(\d+)$/.exec(name);
    if (draft && !isAlive(Number(draft[1]))) rmSync(join(projectRoot, '.build', name), { recursive: true, force: true });
  }
  const pid = astroLockHolder(projectRoot);
  if (pid === null || isAlive(pid)) return false;
  rmSync(lock, { recursive: true, force: true });
  return true;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Waits until this process holds the lock and returns its release. A lock whose holder has died
 * (a build killed half-way) is taken over. The release removes the lock only while it is still this
 * process's. `onBusy` is called each time the lock is found held by a live process, before waiting
 * `pollMs` to try again.
 */
export async function acquireAstroLock(projectRoot: string, pollMs = 100, onBusy?: () => void): Promise<() => void> {
  return acquireLock(astroLockDir(projectRoot), pollMs, onBusy);
}

/** The pid written into lock folder `lock`, or null while there is none. */
function lockHolder(lock: string): number | null {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || null;
  } catch {
    return null;
  }
}

/**
 * Waits until this process holds the lock folder `lock` (any path; its parent is created) and
 * returns its release: the same atomic folder-with-pid lock as the Astro lock, for other shared
 * state (the persistent build cache of a site, scripts/lib/build-folders.ts).
 */
export async function acquireLock(lock: string, pollMs = 100, onBusy?: () => void): Promise<() => void> {
  mkdirSync(dirname(lock), { recursive: true });
  // The lock appears with its pid in it, so no taker ever sees a lock it cannot judge.
  const draft = `${lock}.${process.pid}`;
  let unreadable = 0;
  for (;;) {
    rmSync(draft, { recursive: true, force: true });
    mkdirSync(draft);
    writeFileSync(join(draft, 'pid'), String(process.pid));
    try {
      renameSync(draft, lock);
      return () => {
        if (lockHolder(lock) === process.pid) rmSync(lock, { recursive: true, force: true });
      };
    } catch (error) {
      rmSync(draft, { recursive: true, force: true });
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
    }
    const pid = lockHolder(lock);
    // A lock without a pid was written by an older version that created the folder first; one that
    // stays so for a whole second has lost its writer.
    unreadable = pid === null ? unreadable + 1 : 0;
    if ((pid !== null && !isAlive(pid)) || unreadable * pollMs > 1000) {
      rmSync(lock, { recursive: true, force: true });
      unreadable = 0;
      continue;
    }
    onBusy?.();
    await sleep(pollMs);
  }
}
