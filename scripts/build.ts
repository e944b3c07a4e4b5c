/**
 * `npm run build`: validate content, build the site into a staging folder, post-process it, and
 * only then replace dist/. A build that fails at any step leaves the previous dist/ untouched.
 *
 * Settings: src/config/deployment.ts (CONTENT_DIR, SITE_URL, BASE_PATH, OUT_DIR …). Astro runs in a
 * child process with this build's own settings: its staging folder, cache and the data's date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { childProcessEnvironment, DEPLOYMENT, deploymentWith } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { acquireAstroLock } from './lib/astro-lock.ts';
import { CONTENT_INVALID_EXIT_CODE } from './lib/exit-codes.ts';
import { POST_BUILD_STAGES } from './lib/post-build/index.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, DEPLOYMENT.contentDir);
const outDir = resolve(root, DEPLOYMENT.outDir);
const staging = `${outDir}.staging-${process.pid}`;

const cacheDir = `${staging}-cache`;
// Astro writes its prerender chunks to <cwd>/.astro/.prerender/ when OUT_DIR lies outside the
// working directory, deletes that folder when done, and moves the built assets from there into OUT_DIR
// with a rename. So each build gets a working directory of its own (builds side by side from one cwd
// deleted each other's chunks), next to the staging folder (a rename cannot cross file systems, and
// OUT_DIR may be on another disk than the project), with a link to the project's node_modules so that
// the chunks still resolve their imports.
const workDir = `${staging}-work`;

function cleanUp() {
  rmSync(staging, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
}

function fail(message: string): never {
  cleanUp();
  console.error(`\n${t('cli.build.failed', { outDir, message })}`);
  process.exit(1);
}

/** "Last updated" must never come from the clock (builds are reproducible): the date of the last commit that touched the content, where the content is under git. */
function lastCommitEpoch(): number | null {
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: contentDir, encoding: 'utf8' });
  const epoch = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(epoch) ? Number(epoch) : null;
}

// Astro's settings: the content by absolute path (it runs in the working directory below), the staging
// folder, a cache of its own per build (parallel builds, as in tests and benchmarks, never share state),
// the data's date unless the caller set one, and the per-project data files as one bundle that the
// post-build steps unpack.
const astroSettings = deploymentWith(DEPLOYMENT, {
  contentDir,
  outDir: staging,
  cacheDir,
  sourceDateEpoch: DEPLOYMENT.sourceDateEpoch ?? lastCommitEpoch(),
  bundleProjectFiles: true,
});
mkdirSync(workDir, { recursive: true });
symlinkSync(resolve(root, 'node_modules'), resolve(workDir, 'node_modules'), 'dir');
process.chdir(workDir);
try {
  // The content check, then Astro, in a process of their own: the memory they keep until exit is
  // freed before Pagefind starts, so the two peaks never add up (see scripts/lib/astro-build.ts).
  // One Astro at a time per checkout (scripts/lib/astro-lock.ts); the rest of the build runs side by side.
  const release = await acquireAstroLock(root);
  let astro: ReturnType<typeof spawnSync>;
  try {
    astro = spawnSync(process.execPath, [resolve(root, 'scripts/lib/astro-build.ts'), root], { stdio: 'inherit', env: childProcessEnvironment(astroSettings) });
  } finally {
    release();
  }
  if (astro.status === CONTENT_INVALID_EXIT_CODE) fail('content check failed (see above)');
  if (astro.status !== 0) throw new Error(`Astro build failed (${astro.signal ?? `exit code ${astro.status}`}; see above)`);
  for (const stage of POST_BUILD_STAGES) {
    await Promise.all(stage.map((step) => step.run({ outDir: staging })));
  }
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
rmSync(cacheDir, { recursive: true, force: true });
rmSync(workDir, { recursive: true, force: true });

// Swap in one rename each way, so dist/ is never half-written.
mkdirSync(dirname(outDir), { recursive: true });
const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(t('cli.build.done', { outDir }));
