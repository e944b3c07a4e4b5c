/** One Astro at a time per checkout: the lock builds take around Astro. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireAstroLock, astroLockDir, astroLockHolder, removeStaleAstroLock } from '../../scripts/lib/astro-lock.ts';

describe('the Astro lock', () => {
  it('makes a second taker wait until the first releases', async () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-lock-'));
    const releaseFirst = await acquireAstroLock(root, 10);
    let second = false;
    // The second taker's third time of finding the lock held, however long the machine takes to get there.
    let busy = 0;
    let foundHeldThrice!: () => void;
    const heldThrice = new Promise<void>((resolve) => {
      foundHeldThrice = resolve;
    });
    const waiting = acquireAstroLock(root, 10, () => {
      if (++busy === 3) foundHeldThrice();
    }).then((release) => {
      second = true;
      return release;
    });
    await heldThrice;
    expect(second).toBe(false);
    releaseFirst();
    const releaseSecond = await waiting;
    expect(second).toBe(true);
    releaseSecond();
    expect(existsSync(astroLockDir(root))).toBe(false);
  });

  it('takes over a lock whose holder has died', async () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-lock-'));
    mkdirSync(astroLockDir(root), { recursive: true });
    // Pids this high are never handed out (Linux's maximum is 4 194 304).
    writeFileSync(join(astroLockDir(root), 'pid'), '99999999');
    const release = await acquireAstroLock(root, 10);
    release();
    expect(existsSync(astroLockDir(root))).toBe(false);
  });
});

describe('a stale Astro lock', () => {
  it('is removed with the drafts of dead takers, and a live holder’s is kept', () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-lock-'));
    mkdirSync(astroLockDir(root), { recursive: true });
    writeFileSync(join(astroLockDir(root), 'pid'), '99999999');
    mkdirSync(`${astroLockDir(root)}.99999998`);
    expect(astroLockHolder(root)).toBe(99999999);
    expect(removeStaleAstroLock(root)).toBe(true);
    expect(readdirSync(join(root, '.build'))).toEqual([]);
    mkdirSync(astroLockDir(root));
    writeFileSync(join(astroLockDir(root), 'pid'), String(process.ppid));
    expect(removeStaleAstroLock(root)).toBe(false);
    expect(astroLockHolder(root)).toBe(process.ppid);
  });

  it('is never removed by a release of this process once another has taken it over', async () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-lock-'));
    const release = await acquireAstroLock(root, 10);
    writeFileSync(join(astroLockDir(root), 'pid'), String(process.ppid));
    release();
    expect(astroLockHolder(root)).toBe(process.ppid);
  });
});
