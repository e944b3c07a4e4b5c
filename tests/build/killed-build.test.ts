/**
 * A build killed outright (SIGKILL, which no handler sees) leaves nothing running: its Astro child
 * notices its parent gone and exits. What it leaves on disk (its temporary folders beside OUT_DIR,
 * and the Astro lock when the child was killed too) is cleared by the next build, which succeeds.
 * The tests wait for markers (the child in the process table, the lock in its name), never for a
 * fixed time, and poll for the children's end by count, so a slow machine only makes them slower.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroLockHolder } from '../../scripts/lib/astro-lock.ts';
import { signalExitCode } from '../../scripts/lib/exit-codes.ts';
import { isAlive } from '../../scripts/lib/proc.ts';
import { BUILD_TIMEOUT, buildOrThrow, ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { commandLine, descendants, pollUntil } from '../support/processes.ts';

const contentDir = copyLuyangExample();
const outDir = join(dirname(contentDir), 'dist');
mkdirSync(outDir);
writeFileSync(join(outDir, 'previous-site.txt'), 'the site published before');

/** Starts `node scripts/build.ts` in a process group of its own, and resolves with it once its Astro child runs. */
async function buildWithAstroRunning(into = outDir) {
  const build = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: into },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  build.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((done) => build.once('close', (code) => done({ code, stderr })));
  const pid = build.pid!;
  const astro = await pollUntil('the Astro child', () => descendants(pid).find((p) => commandLine(p).includes('scripts/lib/astro-build.ts')));
  return { pid, astro, exited };
}

/** Builds, and waits on many polls: far above what any of these needs on a quiet machine. */
const TIMEOUT = BUILD_TIMEOUT;

/** The folders beside OUT_DIR a build has made (dist/ aside). */
const beside = () =>
  readdirSync(dirname(outDir))
    .filter((f) => f.startsWith('dist.'))
    .sort();

/** Whether none of `pids` is still running (polled until true, or the polls run out). */
const allGone = (pids: number[]) => pollUntil(`the end of ${pids.join(', ')}`, () => pids.every((p) => !isAlive(p)), { polls: 1200, intervalMs: 100 });

describe.each(['SIGTERM', 'SIGINT'] as const)('a build interrupted with %s', (signal) => {
  it(
    'stops its children, removes its temporary folders, says so, and leaves dist/ untouched',
    async () => {
      const into = join(mkdtempSync(join(tmpdir(), 'minsheng-interrupted-')), 'dist');
      mkdirSync(into);
      writeFileSync(join(into, 'previous-site.txt'), 'the site published before');
      const { pid, exited } = await buildWithAstroRunning(into);
      const family = descendants(pid);
      process.kill(pid, signal);
      const { code, stderr } = await exited;
      expect(code).toBe(signalExitCode(signal));
      expect(stderr.trim().split('\n').at(-1)).toContain(`build interrupted (${signal}); ${into} left untouched, temporary folders removed`);
      await allGone(family);
      expect(readdirSync(dirname(into))).toEqual(['dist']);
      expect(readdirSync(into)).toEqual(['previous-site.txt']);
    },
    TIMEOUT,
  );
});

describe('a build killed with SIGKILL while Pagefind indexes', () => {
  it(
    'leaves no Pagefind binary running (it exits when its input closes)',
    async () => {
      const into = join(mkdtempSync(join(tmpdir(), 'minsheng-killed-')), 'dist');
      const build = spawn(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: into }, stdio: 'ignore' });
      let ended = false;
      const exited = new Promise((done) => build.once('exit', done)).then(() => {
        ended = true;
      });
      const pagefind = await pollUntil(
        'Pagefind to start',
        () => {
          if (ended) throw new Error('the build ended before its Pagefind binary was seen');
          return descendants(build.pid!).find((p) => commandLine(p).includes('pagefind'));
        },
        { polls: 12_000, intervalMs: 50 },
      );
      const family = descendants(build.pid!);
      build.kill('SIGKILL');
      await exited;
      expect(family).toContain(pagefind);
      await allGone(family);
    },
    TIMEOUT,
  );
});

describe('a build killed with SIGKILL', () => {
  let deadBuild = 0;
  let deadGroup = 0;
  let deadAstro = 0;

  it(
    'leaves no process of its own running',
    async () => {
      const { pid, astro, exited } = await buildWithAstroRunning();
      const family = descendants(pid);
      expect(family).toContain(astro);
      process.kill(pid, 'SIGKILL');
      await exited;
      await allGone(family);
      deadBuild = pid;
      expect(beside()).toContain(`dist.staging-${pid}-work`);
    },
    TIMEOUT,
  );

  it(
    'with its Astro child, leaves nothing running either, and only a lock whose holder is dead',
    async () => {
      expect(deadBuild).toBeGreaterThan(0);
      const { pid, astro, exited } = await buildWithAstroRunning();
      // By now this build has removed what the one killed before left.
      expect(beside().filter((f) => f.includes(`-${deadBuild}`))).toEqual([]);
      // The child holds the lock once it runs Astro (it may first wait for another build's turn).
      await pollUntil('the Astro child to hold the lock', () => astroLockHolder(ROOT) === astro);
      const family = descendants(pid);
      process.kill(-pid, 'SIGKILL');
      await exited;
      await allGone(family);
      deadGroup = pid;
      deadAstro = astro;
      // Another test's build may have taken the dead holder's lock over since; a live one is never left to a dead pid.
      const holder = astroLockHolder(ROOT);
      expect(holder === astro || holder === null || isAlive(holder)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'is cleaned up after by the next build, which succeeds and replaces the site',
    () => {
      expect(deadGroup).toBeGreaterThan(0);
      expect(beside()).toContain(`dist.staging-${deadGroup}-work`);
      buildOrThrow({ CONTENT_DIR: contentDir }, outDir);
      expect(beside()).toEqual([]);
      expect(existsSync(join(outDir, 'previous-site.txt'))).toBe(false);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<h1');
      expect(astroLockHolder(ROOT)).not.toBe(deadAstro);
    },
    TIMEOUT,
  );
});
