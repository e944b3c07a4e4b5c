/**
 * The folders a build of OUT_DIR makes beside it, each named after OUT_DIR and the build's pid:
 * the staging folder Astro builds into, Astro's cache, the working directory Astro runs in, and,
 * for the moment of the swap, the previous site. A build cleans them up when it ends, even when it
 * fails or is interrupted; one killed outright (SIGKILL, a power cut) leaves them, and the next
 * build of that OUT_DIR removes those whose build is no longer running ({@link removeStaleBuildFolders}).
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
