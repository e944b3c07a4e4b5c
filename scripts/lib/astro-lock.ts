/**
 * One Astro at a time per project folder. Astro writes `<project>/.astro/content-modules.mjs` (the
 * list of the notices' modules, which depends on CONTENT_DIR) when it syncs the content and reads it
 * back while bundling; two builds of different content trees from one checkout (the test suite does
 * this, and so may a web team building several sites) could each read the other's list. Everything
 * else of a build (the content check, Pagefind, checksums) still runs side by side.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Folder whose creation takes the lock (creating a folder is atomic). */
export function astroLockDir(projectRoot: string): string {
  return join(projectRoot, '.build', 'astro.lock');
}

function holder(lock: string): number | null {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until this process holds the lock and returns its release. A lock whose holder has died
 * (a build killed half-way) is taken over; a lock still being written (no pid yet) is waited on.
 */
export async function acquireAstroLock(projectRoot: string, pollMs = 100): Promise<() => void> {
  const lock = astroLockDir(projectRoot);
  mkdirSync(join(projectRoot, '.build'), { recursive: true });
  let unreadable = 0;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(lock);
    // No pid for a whole second means its writer died between creating the folder and writing it.
    unreadable = pid === null ? unreadable + 1 : 0;
    if ((pid !== null && !alive(pid)) || unreadable * pollMs > 1000) {
      rmSync(lock, { recursive: true, force: true });
      unreadable = 0;
      continue;
    }
    await sleep(pollMs);
  }
}
