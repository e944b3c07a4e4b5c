/**
 * What a build killed outright leaves beside OUT_DIR, and how the next build clears it; how a build
 * takes the site's cache and puts it back (scripts/lib/build-folders.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolders, checkOutSiteCache, publishSiteCache, removeStaleBuildFolders, removeStaleSiteCaches, returnSiteCache, siteCache } from '../../scripts/lib/build-folders.ts';

// Pids this high are never handed out (Linux's maximum is 4 194 304).
const DEAD = 99999998;

function beside(...names: string[]): string {
  const parent = mkdtempSync(join(tmpdir(), 'build-folders-'));
  for (const name of names) {
    mkdirSync(join(parent, name));
    writeFileSync(join(parent, name, 'marker'), name);
  }
  return parent;
}

describe('folders left by a dead build', () => {
  it('are removed, and only they: not those of a running build, nor of another OUT_DIR', () => {
    const dead = buildFolders('/x/dist', DEAD);
    expect(dead).toEqual({
      staging: `/x/dist.staging-${DEAD}`,
      cache: `/x/dist.staging-${DEAD}-cache`,
      work: `/x/dist.staging-${DEAD}-work`,
      previous: `/x/dist.previous-${DEAD}`,
    });
    const running = process.ppid;
    const parent = beside(
      'dist',
      `dist.staging-${DEAD}`,
      `dist.staging-${DEAD}-cache`,
      `dist.staging-${DEAD}-work`,
      `dist.previous-${DEAD}`,
      `dist.staging-${running}`,
      `dist.staging-${running}-work`,
      `dist2.staging-${DEAD}`,
      'dist.staging-notes',
    );
    const stale = removeStaleBuildFolders(join(parent, 'dist'));
    expect(stale.map((s) => s.path).sort()).toEqual(
      [`dist.previous-${DEAD}`, `dist.staging-${DEAD}`, `dist.staging-${DEAD}-cache`, `dist.staging-${DEAD}-work`].map((n) => join(parent, n)),
    );
    expect(stale.every((s) => !s.restored)).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(['dist', `dist.staging-${running}`, `dist.staging-${running}-work`, 'dist.staging-notes', `dist2.staging-${DEAD}`].sort());
  });

  it('give back the published site when a build died between the two renames of its swap', () => {
    const parent = beside(`dist.previous-${DEAD}`, `dist.staging-${DEAD}`);
    const stale = removeStaleBuildFolders(join(parent, 'dist'));
    expect(stale).toContainEqual({ path: join(parent, `dist.previous-${DEAD}`), restored: true });
    expect(readFileSync(join(parent, 'dist', 'marker'), 'utf8')).toBe(`dist.previous-${DEAD}`);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('are none when OUT_DIR’s parent does not exist yet', () => {
    expect(removeStaleBuildFolders(join(tmpdir(), 'no-such-parent-folder', 'dist'))).toEqual([]);
    expect(existsSync(join(tmpdir(), 'no-such-parent-folder'))).toBe(false);
  });
});

describe('the site’s cache (checked out by a move, put back only by a build that succeeded)', () => {
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : null);
  /** A cache folder of one site, as the last good build left it, with the pid of a build of it. */
  function lastGoodCache(pid: number) {
    const root = mkdtempSync(join(tmpdir(), 'site-cache-'));
    const cache = siteCache('/unused', 'abc123', pid, root);
    mkdirSync(join(cache.dir, 'dist'), { recursive: true });
    writeFileSync(join(cache.dir, 'dist', 'page.html'), 'rendered by the last good build');
    return cache;
  }

  it('moves the cache to the build’s working copy, and back in its place when the build succeeds', async () => {
    const cache = lastGoodCache(process.pid);
    await checkOutSiteCache(cache, false);
    expect(existsSync(cache.dir)).toBe(false);
    expect(readFileSync(join(cache.work, 'dist', 'page.html'), 'utf8')).toBe('rendered by the last good build');
    writeFileSync(join(cache.work, 'dist', 'page.html'), 'rendered again');
    await publishSiteCache(cache);
    expect(existsSync(cache.work)).toBe(false);
    expect(readFileSync(join(cache.dir, 'dist', 'page.html'), 'utf8')).toBe('rendered again');
    expect(files(dirname(cache.dir))).toEqual(['abc123']);
  });

  it('gives a second build of the site, while the first has it, an empty working copy; the last to succeed leaves its cache', async () => {
    const first = lastGoodCache(process.pid);
    const second = siteCache('/unused', 'abc123', process.ppid, dirname(first.dir));
    await checkOutSiteCache(first, false);
    await checkOutSiteCache(second, false);
    expect(files(second.work)).toEqual([]);
    await publishSiteCache(first);
    writeFileSync(join(second.work, 'marker'), 'second');
    await publishSiteCache(second);
    expect(files(first.dir)).toEqual(['marker']);
    expect(files(dirname(first.dir))).toEqual(['abc123']);
  });

  it('is left where it is by a --fresh build until that build’s own replaces it', async () => {
    const cache = lastGoodCache(process.pid);
    await checkOutSiteCache(cache, true);
    expect(files(cache.work)).toEqual([]);
    expect(files(join(cache.dir, 'dist'))).toEqual(['page.html']);
    await publishSiteCache(cache);
    expect(files(cache.dir)).toEqual([]);
    expect(files(dirname(cache.dir))).toEqual(['abc123']);
  });

  it('goes back untouched from a build whose content was refused, unless another build published one meanwhile', async () => {
    const cache = lastGoodCache(process.pid);
    await checkOutSiteCache(cache, false);
    await returnSiteCache(cache);
    expect(existsSync(cache.work)).toBe(false);
    expect(readFileSync(join(cache.dir, 'dist', 'page.html'), 'utf8')).toBe('rendered by the last good build');
    // Meanwhile another build of the site published its cache: that one stays.
    await checkOutSiteCache(cache, false);
    mkdirSync(cache.dir);
    writeFileSync(join(cache.dir, 'marker'), 'published meanwhile');
    await returnSiteCache(cache);
    expect(files(cache.dir)).toEqual(['marker']);
    expect(existsSync(cache.work)).toBe(false);
  });

  it('is gone after a build killed with it checked out: its working copy is removed, and the next build starts empty', async () => {
    const dead = lastGoodCache(DEAD);
    await checkOutSiteCache(dead, false);
    const next = siteCache('/unused', 'abc123', process.pid, dirname(dead.dir));
    removeStaleSiteCaches(next.dir);
    expect(files(dirname(dead.dir))).toEqual([]);
    await checkOutSiteCache(next, false);
    expect(files(next.work)).toEqual([]);
  });
});
