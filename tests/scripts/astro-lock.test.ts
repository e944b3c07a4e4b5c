/** One Astro at a time per checkout: the lock builds take around Astro. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireAstroLock, astroLockDir } from '../../scripts/lib/astro-lock.ts';

describe('the Astro lock', () => {
  it('makes a second taker wait until the first releases', async () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-lock-'));
    const releaseFirst = await acquireAstroLock(root, 10);
    let second = false;
    const waiting = acquireAstroLock(root, 10).then((release) => {
      second = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 100));
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
