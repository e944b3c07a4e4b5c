/**
 * A build, a check or a scaffold that fails for a reason other than the content (a malformed
 * variable, an unusable output folder, a missing content folder, a wrong argument) ends in one line
 * naming the file, folder or variable and what to do, never a stack trace (that only with --debug),
 * exits with a meaningful code, and leaves the published site as it was. These fail before Astro
 * starts, so each costs a second.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAILURE_EXIT_CODE, USAGE_EXIT_CODE } from '../../scripts/lib/exit-codes.ts';
import { ROOT } from '../support/build-site.ts';

/** Runs `node scripts/<script> …args` with the environment changed as given (undefined: removed). */
function run(script: string, env: Record<string, string | undefined>, args: string[] = []) {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete environment[name];
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: environment, encoding: 'utf8' });
  const lines = `${r.stdout}${r.stderr}`.trim().split('\n');
  return { status: r.status, output: `${r.stdout}${r.stderr}`, lastLine: lines[lines.length - 1] ?? '' };
}

/** An output folder holding a previous site, in a fresh temporary folder. */
function publishedSite(): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'minsheng-env-')), 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'previous-site.txt'), 'the site published before');
  return outDir;
}

/** Node's stack frames (`    at f (file:1:2)`), which none of these outputs may hold. */
const STACK_FRAME = /^\s+at .+[:(]/m;

describe('a build that cannot start', () => {
  it('names a malformed variable in its last line, exits 2, and leaves dist/ untouched', () => {
    const outDir = publishedSite();
    const r = run('build.ts', { OUT_DIR: outDir, SITE_URL: 'example.gov.cn' });
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.lastLine).toMatch(/SITE_URL must be an http\(s\) URL .*got "example\.gov\.cn".*correct it and run again/);
    expect(r.output).not.toMatch(STACK_FRAME);
    expect(readdirSync(join(outDir, '..'))).toEqual(['dist']);
    expect(readFileSync(join(outDir, 'previous-site.txt'), 'utf8')).toBe('the site published before');
  });

  it('prints the stack trace as well with --debug', () => {
    const r = run('build.ts', { OUT_DIR: publishedSite(), BASE_PATH: '/a b/' }, ['--debug']);
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.output).toMatch(STACK_FRAME);
    expect(r.lastLine).toMatch(/BASE_PATH must be a URL path/);
  });

  it('names a missing content folder and CONTENT_DIR', () => {
    const outDir = publishedSite();
    const missing = join(outDir, '..', 'no-content-here');
    const r = run('build.ts', { OUT_DIR: outDir, CONTENT_DIR: missing });
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.lastLine).toContain(`left untouched: 找不到内容文件夹 ${missing}`);
    expect(r.lastLine).toContain('set CONTENT_DIR to the content folder');
    expect(r.output).not.toMatch(STACK_FRAME);
    expect(readdirSync(join(outDir, '..')).sort()).toEqual(['dist']);
  });

  it('names the file standing where OUT_DIR’s folder should be, and OUT_DIR', () => {
    const parent = mkdtempSync(join(tmpdir(), 'minsheng-env-'));
    writeFileSync(join(parent, 'a-file'), '');
    const r = run('build.ts', { OUT_DIR: join(parent, 'a-file', 'dist') });
    expect(r.status).toBe(FAILURE_EXIT_CODE);
    expect(r.lastLine).toContain(`${join(parent, 'a-file')} is a file, not a folder`);
    expect(r.lastLine).toContain('OUT_DIR');
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  // Root may write anywhere, so a folder without write permission stops only other users.
  it.runIf(process.getuid?.() !== 0)('names a read-only OUT_DIR parent, and leaves nothing in it', () => {
    const outDir = publishedSite();
    chmodSync(join(outDir, '..'), 0o555);
    try {
      const r = run('build.ts', { OUT_DIR: outDir });
      expect(r.status).toBe(FAILURE_EXIT_CODE);
      expect(r.lastLine).toMatch(/permission denied on .*OUT_DIR/);
      expect(r.output).not.toMatch(STACK_FRAME);
      expect(readdirSync(join(outDir, '..'))).toEqual(['dist']);
    } finally {
      chmodSync(join(outDir, '..'), 0o755);
    }
  });
});

describe('a check that cannot start', () => {
  it('names a missing content folder', () => {
    const r = run('check.ts', { CONTENT_DIR: join(tmpdir(), 'no-such-content-folder') });
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.lastLine).toMatch(/^内容校验未能完成 \/ the content check could not run: 找不到内容文件夹 .*no-such-content-folder/);
  });

  it('names a malformed variable', () => {
    const r = run('check.ts', { ASTRO_LOG_LEVEL: 'loud' });
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.lastLine).toContain('ASTRO_LOG_LEVEL must be one of');
    expect(r.output).not.toMatch(STACK_FRAME);
  });
});

describe('a scaffold that cannot finish', () => {
  it('names a notice file that does not exist, and writes nothing', () => {
    const contentDir = mkdtempSync(join(tmpdir(), 'minsheng-env-'));
    const notice = join(contentDir, 'missing-notice.txt');
    const r = run('new-programme.ts', { CONTENT_DIR: contentDir }, ['--id', 'x-2018', '--year', '2018', '--jurisdiction', 'j', '--short', 's', '--notice', notice]);
    // Checked with the other arguments, before anything is written (scripts/new-programme.ts).
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.output).toContain(`找不到通知文件 ${notice}：请检查路径 / notice file not found`);
    expect(readdirSync(contentDir)).toEqual([]);
  });

  it('names an unknown option and shows the usage, exit code 2', () => {
    const r = run('new-project.ts', {}, ['--programme', 'p', '--id', 'x', '--colour', 'red']);
    expect(r.status).toBe(USAGE_EXIT_CODE);
    expect(r.lastLine).toContain("invalid arguments: Unknown option '--colour'");
    expect(r.lastLine).toContain('npm run new:project -- --programme');
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('names a content folder it cannot write into', () => {
    const parent = mkdtempSync(join(tmpdir(), 'minsheng-env-'));
    writeFileSync(join(parent, 'a-file'), '');
    const r = run('new-programme.ts', { CONTENT_DIR: join(parent, 'a-file') }, ['--id', 'x-2018', '--year', '2018', '--jurisdiction', 'j', '--short', 's']);
    expect(r.status).toBe(FAILURE_EXIT_CODE);
    expect(r.lastLine).toContain(`${join(parent, 'a-file')} is a file, not a folder`);
    expect(r.output).not.toMatch(STACK_FRAME);
  });
});
