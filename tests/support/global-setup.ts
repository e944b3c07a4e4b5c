/**
 * Builds the tests' reference content, the Luyang 2017 example (examples/luyang-2017), once for the
 * whole test run: at the root and under a sub-path, so that every test reads the same real output.
 * It never builds the shipped `content/`: that is the deployment's own, which a government replaces
 * with its own without breaking a test (`npm run check` checks it; see package.json's `test`).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOrThrow, ROOT } from './build-site.ts';
import { exampleDir, LUYANG_EXAMPLE } from './example-content.ts';

/**
 * A RAM-backed folder on a file system other than the project's (Linux's /dev/shm), or null. The
 * sub-path build goes there, so that every test run also proves a build whose OUT_DIR lies on
 * another disk than the project (Astro moves its assets with a rename, which cannot cross one).
 */
function otherFileSystemDir(): string | null {
  const shm = '/dev/shm';
  if (!existsSync(shm) || statSync(shm).dev === statSync(ROOT).dev) return null;
  return mkdtempSync(join(shm, 'minsheng-build-'));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ built at the root path. */
    distRoot: string;
    /** dist/ built with BASE_PATH=/minsheng/ (served under that prefix). */
    distSubpath: string;
    /** Whether distSubpath lies on another file system than the project. */
    distSubpathOnOtherFileSystem: boolean;
  }
}

export default function setup(project: TestProject) {
  // Every temporary folder of the run (builds, copied content, Chromium profiles) goes in one folder
  // that is removed afterwards: the workers start after this and inherit TMPDIR.
  const runTmp = mkdtempSync(join(tmpdir(), 'minsheng-test-run-'));
  process.env.TMPDIR = runTmp;
  // The sites' build caches too (scripts/lib/build-folders.ts): dozens of test builds would otherwise
  // leave theirs in the project's .build/ for hours. Tests that check reuse build twice within the run.
  process.env.MINSHENG_SITE_CACHE_DIR = join(runTmp, 'site-cache');
  // Every script a test spawns, and DEPLOYMENT in every worker, defaults to the Luyang example rather
  // than content/: a test that forgets CONTENT_DIR still reads the reference tree, never the shipped one
  // (tests/build/reference-content.test.ts checks that the workers see it).
  process.env.CONTENT_DIR = exampleDir(LUYANG_EXAMPLE);
  const elsewhere = otherFileSystemDir();
  const site = { SITE_URL: 'https://example.gov.cn' };
  project.provide('distRoot', buildOrThrow({ ...site, BASE_PATH: '' }));
  project.provide('distSubpath', buildOrThrow({ ...site, BASE_PATH: '/minsheng/' }, elsewhere ? join(elsewhere, 'dist') : undefined));
  project.provide('distSubpathOnOtherFileSystem', elsewhere !== null);
  return () => {
    for (const dir of [runTmp, elsewhere]) if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
