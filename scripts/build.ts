/**
 * `npm run build`: validate content, build the site into a staging folder, post-process it, and
 * only then replace dist/. A build that fails at any step leaves the previous dist/ untouched, and
 * says in its last line what failed (file, folder or variable) and what to do (scripts/lib/cli.ts;
 * `--debug` adds the stack trace). Exit codes: scripts/lib/exit-codes.ts.
 *
 * Settings: src/config/deployment.ts (CONTENT_DIR, SITE_URL, BASE_PATH, OUT_DIR …). Astro runs in a
 * child process with this build's own settings: its staging folder, cache and the data's date.
 *
 * Interrupted (SIGINT, SIGTERM, SIGHUP), the build stops its Astro child and Pagefind and removes its
 * temporary folders. Killed outright, it leaves them, and its Astro child exits as soon as it sees
 * its parent gone (scripts/lib/astro-build.ts); the next build removes what a dead build left.
 */
import { DEBUG, failAndExit, onFailure } from './lib/cli.ts';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { childProcessEnvironment, DEPLOYMENT, deploymentWith } from '../src/config/deployment.ts';
import { astroChildEnvironment } from '../src/config/environment.ts';
import { t } from '../src/i18n/index.ts';
import { astroLockDir, removeStaleAstroLock } from './lib/astro-lock.ts';
import { compileCacheFolder, shareCompileCache } from './lib/compile-cache.ts';
import type { AstroChildFailure } from './lib/astro-build.ts';
import {
  buildFolders,
  checkOutSiteCache,
  publishSiteCache,
  removeBuildFolders,
  removeStaleBuildFolders,
  removeStaleSiteCaches,
  returnSiteCache,
  siteCache,
  siteCacheKey,
} from './lib/build-folders.ts';
import { CONTENT_INVALID_EXIT_CODE, signalExitCode, USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { CommandFailure } from './lib/failure.ts';
import { POST_BUILD_STAGES } from './lib/post-build/index.ts';
import { closePagefind } from './lib/post-build/pagefind.ts';

onFailure({ headline: (line) => t('cli.build.stopped', { message: line }) });

const root = resolve(import.meta.dirname, '..');
// The Astro child and the post-build worker load the same modules in every build: compiled once and
// cached, as the astro command does for itself (scripts/lib/compile-cache.ts).
shareCompileCache(compileCacheFolder(root));
const contentDir = resolve(root, DEPLOYMENT.contentDir);
const outDir = resolve(root, DEPLOYMENT.outDir);
const folders = buildFolders(outDir, process.pid);
const { staging } = folders;
/**
 * `--fresh`: ignore what earlier builds of this site left in its cache (every page rendered, every
 * search bundle indexed); the build still leaves its own cache for the next one.
 */
const fresh = process.argv.slice(2).includes('--fresh');
// The site's persistent cache (scripts/lib/build-folders.ts), one per content folder, base path,
// site URL and output folder; this build takes it as its working copy, Astro's cacheDir, and puts
// it back only when it succeeded (a build that did not leaves the site without a cache).
const cache = siteCache(root, siteCacheKey({ contentDir, base: DEPLOYMENT.base, siteUrl: DEPLOYMENT.siteUrl, outDir }), process.pid, DEPLOYMENT.siteCacheDir);
const cacheDir = cache.work;
// Astro writes its prerender chunks to <cwd>/.astro/.prerender/ when OUT_DIR lies outside the
// working directory, deletes that folder when done, and moves the built assets from there into OUT_DIR
// with a rename. So each build gets a working directory of its own (builds side by side from one cwd
// deleted each other's chunks), next to the staging folder (a rename cannot cross file systems, and
// OUT_DIR may be on another disk than the project), with a link to the project's node_modules so that
// the chunks still resolve their imports.
const workDir = folders.work;

/** The Astro child while it runs. */
let astroChild: ChildProcess | null = null;

/**
 * Removes this build's temporary folders. The previous site, should a failure come between the two
 * renames of the swap, goes back to OUT_DIR rather than away: it is the published site.
 */
function cleanUp() {
  astroChild?.kill('SIGTERM');
  if (existsSync(folders.previous) && !existsSync(outDir)) renameSync(folders.previous, outDir);
  removeBuildFolders(folders);
  rmSync(cache.work, { recursive: true, force: true, maxRetries: 5 });
}

onFailure({
  headline: (line) => t('cli.build.failed', { outDir, message: line }),
  known: [
    { variable: 'OUT_DIR', path: outDir },
    { variable: 'CONTENT_DIR', path: contentDir },
  ],
  cleanUp,
});

/** The handling of a signal, once one came: it ends in process.exit. */
let interrupting: Promise<void> | null = null;
/** Stops the Astro child (waiting until it has exited, so that it writes no more) and Pagefind, removes the temporary folders, and exits as the signal would have. */
async function interrupt(signal: NodeJS.Signals): Promise<void> {
  const child = astroChild;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    // A child deaf to the signal (stuck in native code) is not waited on for ever.
    const deaf = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(deaf);
  }
  await closePagefind().catch(() => undefined);
  cleanUp();
  console.error(`\n${t('cli.build.interrupted', { signal, outDir })}`);
  process.exit(signalExitCode(signal));
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, (s: NodeJS.Signals) => {
    interrupting ??= interrupt(s);
  });
}

/** "Last updated" must never come from the clock (builds are reproducible): the date of the last commit that touched the content, where the content is under git. */
function lastCommitEpoch(): number | null {
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: contentDir, encoding: 'utf8' });
  const epoch = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(epoch) ? Number(epoch) : null;
}

/** Runs scripts/lib/astro-build.ts with `settings`; resolves when it succeeded, throws a {@link CommandFailure} otherwise. */
function runAstro(settings: typeof DEPLOYMENT): Promise<void> {
  return new Promise((done, failed) => {
    // The IPC channel tells the child when this process dies (see scripts/lib/astro-build.ts) and
    // carries its failure back, in one line, for this process's last line.
    const child = spawn(process.execPath, [resolve(root, 'scripts/lib/astro-build.ts'), root, ...(DEBUG ? ['--debug'] : [])], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: astroChildEnvironment(childProcessEnvironment(settings)),
    });
    astroChild = child;
    let reported: AstroChildFailure | null = null;
    child.on('message', (message: AstroChildFailure) => {
      reported = message;
    });
    child.once('error', failed);
    // 'close' comes after the IPC channel and the pipes are drained, so a report sent before exit is in.
    child.once('close', (code, signal) => {
      astroChild = null;
      if (code === 0) done();
      else if (code === CONTENT_INVALID_EXIT_CODE) failed(new CommandFailure(t('cli.build.contentInvalid'), CONTENT_INVALID_EXIT_CODE));
      else if (reported) failed(new CommandFailure(reported.failure, reported.exitCode));
      else failed(new Error(`Astro build failed (${signal ?? `exit code ${code}`}; see above)`));
    });
  });
}

// The content folder first: without it, the content check would report every file missing.
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new CommandFailure(t('cli.failure.noContentDir', { path: contentDir }), USAGE_EXIT_CODE);

// What a build killed outright left behind: its temporary folders beside OUT_DIR, and the Astro lock
// if its Astro child was killed too. Builds still running keep theirs.
for (const stale of removeStaleBuildFolders(outDir)) {
  console.error(stale.restored ? t('cli.build.previousRestored', { path: stale.path, outDir }) : t('cli.build.staleRemoved', { path: stale.path }));
}
if (removeStaleAstroLock(root)) console.error(t('cli.build.staleLockRemoved', { path: astroLockDir(root) }));
// Folders of this pid can only be a dead build's that had the same pid.
cleanUp();
removeStaleSiteCaches(cache.dir);

// Astro's settings: the content by absolute path (it runs in the working directory below), the staging
// folder, this build's working copy of the site's cache (parallel builds never write into one cache),
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
  // One Astro at a time per checkout (scripts/lib/astro-lock.ts, taken by the child); the rest of
  // the build runs side by side.
  await checkOutSiteCache(cache, fresh);
  await runAstro(astroSettings);
  // One context for every step: the checksums of the files one step wrote are another's to use.
  const postBuild = { outDir: staging, cacheDir, writtenChecksums: new Map<string, string>() };
  for (const stage of POST_BUILD_STAGES) {
    if (interrupting) break;
    await Promise.all(stage.map((step) => step.run(postBuild)));
  }
} catch (error) {
  // A step that failed because the interrupt stopped its tool is no failure of its own.
  if (!interrupting) {
    // Refused content stops the build before Astro renders a page: the cache goes back untouched.
    if (error instanceof CommandFailure && error.exitCode === CONTENT_INVALID_EXIT_CODE) await returnSiteCache(cache);
    failAndExit(error);
  }
}
// An interrupt finishes on its own and exits; nothing is published meanwhile.
if (interrupting) await interrupting;
removeBuildFolders(folders, ['staging']);

// Swap in one rename each way, so dist/ is never half-written.
mkdirSync(dirname(outDir), { recursive: true });
if (existsSync(outDir)) renameSync(outDir, folders.previous);
renameSync(staging, outDir);
rmSync(folders.previous, { recursive: true, force: true });
// Only now, the build having succeeded, does its cache become the site's.
await publishSiteCache(cache);
console.log(t('cli.build.done', { outDir }));
