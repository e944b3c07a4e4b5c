/** The one line a failed command prints, for each kind of failure (scripts/lib/failure.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandFailure, describeFailure, isArgumentError } from '../../scripts/lib/failure.ts';
import { CONTENT_INVALID_EXIT_CODE, FAILURE_EXIT_CODE, USAGE_EXIT_CODE } from '../../scripts/lib/exit-codes.ts';
import { parseDeployment } from '../../src/config/deployment.ts';

/** A system error as Node's fs functions throw it. */
function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: some reason, ${syscall}${path ? ` '${path}'` : ''}`);
  error.code = code;
  error.syscall = syscall;
  if (path) error.path = path;
  return error;
}

const known = [
  { variable: 'OUT_DIR', path: '/srv/site/dist' },
  { variable: 'CONTENT_DIR', path: '/srv/content' },
];

describe('a failed command’s line', () => {
  it('names a file that could not be written, the variable it comes from, and what to do', () => {
    const { line, exitCode } = describeFailure(systemError('EACCES', 'mkdir', '/srv/site/dist.staging-42-work'), known);
    expect(line).toContain('/srv/site/dist.staging-42-work');
    expect(line).toContain('permission denied');
    expect(line).toContain('OUT_DIR');
    expect(line).toMatch(/change its permissions, or use a writable location/);
    expect(line).not.toContain('\n');
    expect(exitCode).toBe(FAILURE_EXIT_CODE);
  });

  it('reads a read-only file system as a permission problem', () => {
    expect(describeFailure(systemError('EROFS', 'open', '/srv/site/dist.staging-1/index.html'), known).line).toMatch(/read-only/);
  });

  it('names the folder for a full disk even when the failing write names no file', () => {
    const { line } = describeFailure(systemError('ENOSPC', 'write'), known);
    expect(line).toContain('no space left on the disk for /srv/site/dist');
    expect(line).toContain('free some space');
  });

  it('names the variable of the innermost folder holding the path', () => {
    const nested = [...known, { variable: 'CONTENT_DIR', path: '/srv/site/dist/../content' }, { variable: 'X', path: '/srv/content/inner' }];
    expect(describeFailure(systemError('ENOENT', 'open', '/srv/content/inner/site.yaml'), nested).line).toContain('the path comes from X');
    expect(describeFailure(systemError('ENOENT', 'open', '/elsewhere/notice.txt'), known).line).not.toContain('the path comes from');
  });

  it('points at the file standing where a folder should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'failure-'));
    writeFileSync(join(dir, 'a-file'), '');
    const { line } = describeFailure(systemError('ENOTDIR', 'mkdir', join(dir, 'a-file/dist.staging-7')), [{ variable: 'OUT_DIR', path: join(dir, 'a-file/dist') }]);
    expect(line).toContain(`${join(dir, 'a-file')} is a file, not a folder`);
    expect(line).toContain('OUT_DIR');
  });

  it('says in which folder an error without a path happened, without blaming the folder', () => {
    const { line } = describeFailure(systemError('EISDIR', 'read'), [{ variable: 'CONTENT_DIR', path: '/srv/content' }]);
    expect(line).toContain('could not read or write a file in /srv/content (EISDIR');
  });

  it('recognises a system error that a tool re-threw as text, Node’s or Rust’s', () => {
    const vite = new Error("[vite]: Rollup failed: EACCES: permission denied, open '/srv/site/dist.staging-3/_assets/a.css'");
    expect(describeFailure(vite, known).line).toMatch(/permission denied on \/srv\/site\/dist\.staging-3\/_assets\/a\.css .*OUT_DIR/);
    const rolldown = new Error(
      'Build failed with 1 error:\n\n\u001b[31m[UNHANDLEABLE_ERROR]\u001b[0m Something went wrong inside rolldown.\nFailed to write file in /srv/site/dist.staging-3-work/.astro/chunk.mjs\n\nCaused by:\n    No space left on device (os error 28)',
    );
    const { line } = describeFailure(rolldown, known);
    expect(line).toContain('no space left on the disk for /srv/site/dist.staging-3-work/.astro/chunk.mjs');
    expect(line).toContain('OUT_DIR');
  });

  it('names the malformed variable, with the usage exit code', () => {
    let error: unknown;
    try {
      parseDeployment({ SITE_URL: 'example.gov.cn' });
    } catch (e) {
      error = e;
    }
    const { line, exitCode } = describeFailure(error, known);
    expect(line).toMatch(/^环境变量有误 \/ invalid environment variable: SITE_URL must be an http\(s\) URL .*got "example\.gov\.cn"。.* correct it and run again$/);
    expect(exitCode).toBe(USAGE_EXIT_CODE);
  });

  it('calls anything else an internal error, from the first telling line, and asks for --debug', () => {
    const { line, exitCode } = describeFailure(new Error('Build failed with 1 error:\n\nPage /x/ threw: undefined is not a function\n    at render (x.js:1:1)'));
    expect(line).toBe(describeFailure(new Error('Page /x/ threw: undefined is not a function')).line);
    expect(line).toContain('internal error: Page /x/ threw: undefined is not a function');
    expect(line).toContain('--debug');
    expect(exitCode).toBe(FAILURE_EXIT_CODE);
    const astro = Object.assign(new Error('Unexpected token'), { loc: { file: '/p/src/pages/x.astro', line: 3 } });
    expect(describeFailure(astro).line).toContain('Unexpected token (/p/src/pages/x.astro:3)');
    expect(describeFailure('a thrown string').line).toContain('a thrown string');
  });

  it('passes a failure already put into words through, with its exit code', () => {
    expect(describeFailure(new CommandFailure('the line', CONTENT_INVALID_EXIT_CODE), known)).toEqual({ line: 'the line', exitCode: CONTENT_INVALID_EXIT_CODE });
  });

  it('tells a wrong argument', () => {
    const wrong = Object.assign(new TypeError("Unknown option '--bogus'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(isArgumentError(wrong)).toBe(true);
    expect(isArgumentError(systemError('ENOENT', 'open', '/x'))).toBe(false);
  });
});
