/**
 * Builds the site through the real build script (content check, Astro, post-build steps) into a
 * folder of its own, with the given environment. Used by the global setup and by tests that need
 * a build from other content or another base path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The time a test that runs a build may take: far above a build's on a quiet machine (under a
 * minute), so that a busy one only makes the test slower. Tests that build inside `it` pass it as
 * their timeout (the default, vitest.config.ts's, is for tests that do not build).
 */
export const BUILD_TIMEOUT = 1_200_000;

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** Runs `node scripts/build.ts` with extra environment variables; does not throw on failure. */
export function runBuild(env: Record<string, string> = {}, outDir = join(mkdtempSync(join(tmpdir(), 'minsheng-build-')), 'dist')): BuildResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, outDir };
}

/** Runs a build and throws with its output if it fails. */
export function buildOrThrow(env: Record<string, string> = {}, outDir?: string): string {
  const r = runBuild(env, outDir);
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.outDir;
}
