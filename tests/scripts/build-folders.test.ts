/** What a build killed outright leaves beside OUT_DIR, and how the next build clears it (scripts/lib/build-folders.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolders, removeStaleBuildFolders } from '../../scripts/lib/build-folders.ts';

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
