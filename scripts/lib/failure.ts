/**
 * What a command-line script says when it fails: whatever the cause (a read-only or full disk, a
 * missing folder, a malformed environment variable, a wrong argument, a bug), one line that names
 * the file, folder or variable and says what to do, in the `中文 / English` style of the other
 * messages (src/i18n/zh-CN/cli.ts), and the exit code for that kind of failure
 * (scripts/lib/exit-codes.ts). The stack trace is for `--debug` (scripts/lib/cli.ts).
 */
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, sep } from 'node:path';
import { isInvalidEnvironment } from '../../src/config/invalid-environment.ts';
import { t, type MessageKey } from '../../src/i18n/index.ts';
import { FAILURE_EXIT_CODE, USAGE_EXIT_CODE } from './exit-codes.ts';

/** A folder the command took from a setting: a failure on a path inside it names the setting. */
export interface KnownPath {
  /** The environment variable the folder comes from, e.g. `OUT_DIR`. */
  variable: string;
  /** The folder, absolute. Paths beside it that extend its name (`dist.staging-123`) count as inside. */
  path: string;
}

/** What the command prints and how it exits. */
export interface DescribedFailure {
  line: string;
  exitCode: number;
}

/** A failure already put into words (by the code that knows best what went wrong), with its exit code. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';

  /** The whole description, as printed. */
  readonly line: string;
  /** One of scripts/lib/exit-codes.ts. */
  readonly exitCode: number;

  constructor(line: string, exitCode: number = FAILURE_EXIT_CODE) {
    super(line);
    this.line = line;
    this.exitCode = exitCode;
  }
}

/** Messages about one path. */
type PathMessage = Extract<
  MessageKey,
  'cli.failure.permission' | 'cli.failure.diskFull' | 'cli.failure.notFound' | 'cli.failure.notFolder' | 'cli.failure.isFolder' | 'cli.failure.exists' | 'cli.failure.tooManyFiles'
>;

/** The message for each system error code that has advice of its own; any other code gets `cli.failure.file`. */
const ERRNO_MESSAGES: Readonly<Record<string, PathMessage>> = {
  EACCES: 'cli.failure.permission',
  EPERM: 'cli.failure.permission',
  EROFS: 'cli.failure.permission',
  ENOSPC: 'cli.failure.diskFull',
  EDQUOT: 'cli.failure.diskFull',
  ENOENT: 'cli.failure.notFound',
  ENOTDIR: 'cli.failure.notFolder',
  EISDIR: 'cli.failure.isFolder',
  EEXIST: 'cli.failure.exists',
  ENOTEMPTY: 'cli.failure.exists',
  EMFILE: 'cli.failure.tooManyFiles',
  ENFILE: 'cli.failure.tooManyFiles',
};

/** Node's text of a system error: `ENOSPC: no space left on device, write` or `EACCES: permission denied, mkdir '/x'`. */
const ERRNO_TEXT = /\b(E[A-Z]{2,}): ([^,\n]+)(?:, \w+(?: '([^'\n]+)')?)?/;

interface SystemError {
  code: string;
  detail: string;
  path: string | null;
}

/** A native tool's text of a system error (Rust's, as Rolldown prints it): `No space left on device (os error 28)`. */
const OS_ERROR_TEXT = /([^\n]*?)\s*\(os error (\d+)\)/;

/** The first absolute path in a tool's message (`Failed to write file in /x/y.mjs`). */
const PATH_IN_TEXT = /(?:^|[\s'"`])(\/[^\s'"`]+[^\s'"`.,:;)])/m;

/** Error codes by number (`28` → `ENOSPC`). */
const ERRNO_NAMES = new Map(Object.entries(constants.errno).map(([name, number]) => [number, name]));

/**
 * The system error in `error`: Node's own (`code`, `path`), or one that a tool re-threw as text only
 * (Vite keeps the message but not the fields; Rolldown, in Rust, words it its own way).
 */
function systemError(error: unknown): SystemError | null {
  if (!(error instanceof Error)) return null;
  const fields = error as NodeJS.ErrnoException & { dest?: string };
  const message = plain(error.message);
  if (typeof fields.code === 'string' && /^E[A-Z]+$/.test(fields.code)) {
    const text = ERRNO_TEXT.exec(message);
    return { code: fields.code, detail: text?.[1] === fields.code ? text[2]!.trim() : message.split('\n')[0]!, path: fields.path ?? fields.dest ?? text?.[3] ?? null };
  }
  const text = ERRNO_TEXT.exec(message);
  if (text) return { code: text[1]!, detail: text[2]!.trim(), path: text[3] ?? PATH_IN_TEXT.exec(message)?.[1] ?? null };
  const native = OS_ERROR_TEXT.exec(message);
  const code = native ? ERRNO_NAMES.get(Number(native[2])) : undefined;
  if (native && code) return { code, detail: native[1]!.trim(), path: PATH_IN_TEXT.exec(message)?.[1] ?? null };
  return null;
}

/** Text without terminal colour codes. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is removed.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** For ENOTDIR: the part of `path` that is a file where a folder was expected (else `path` itself). */
function fileInTheWay(path: string): string {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      // Not there (or not reachable): look further up.
    }
  }
  return path;
}

/** The setting whose folder holds `path`: the longest match, so that a folder set inside another names its own variable. */
function settingOf(path: string, known: readonly KnownPath[]): KnownPath | undefined {
  return known.filter((k) => path === k.path || path.startsWith(`${k.path}${sep}`) || path.startsWith(`${k.path}.`)).sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * The first telling line of an error's message (a tool's message may go on with a code frame or a
 * stack, and may open with a line that only announces the rest, `Build failed with 1 error:`).
 */
function firstLine(error: unknown): string {
  const lines = plain(error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.find((l) => !l.endsWith(':')) ?? lines[0] ?? String(error);
}

/** Where Astro says a failure happened (its errors carry `loc`), as `file:line`. */
function astroLocation(error: unknown): string | null {
  const loc = (error as { loc?: { file?: unknown; line?: unknown } } | null)?.loc;
  if (!loc || typeof loc.file !== 'string') return null;
  return typeof loc.line === 'number' ? `${loc.file}:${loc.line}` : loc.file;
}

/**
 * Puts a failure into one line and picks its exit code. `known` are the folders the command took
 * from settings; the first of them is named for a system error that names no path (a `write` on a
 * full disk), since that is where the command was working.
 */
export function describeFailure(error: unknown, known: readonly KnownPath[] = []): DescribedFailure {
  if (error instanceof CommandFailure) return { line: error.line, exitCode: error.exitCode };
  if (isInvalidEnvironment(error)) return { line: t('cli.failure.environment', { problems: error.problems.join('; ') }), exitCode: USAGE_EXIT_CODE };
  const system = systemError(error);
  if (system) {
    const folder = known[0]?.path ?? process.cwd();
    const named = system.path ?? folder;
    const path = system.code === 'ENOTDIR' ? fileInTheWay(named) : named;
    const key = ERRNO_MESSAGES[system.code];
    // Without a path (a `read` or `write` on an open file) only a full disk is known to be about the folder.
    const line =
      system.path === null && key !== 'cli.failure.diskFull'
        ? t('cli.failure.inFolder', { folder, code: system.code, detail: system.detail })
        : key
          ? t(key, { path })
          : t('cli.failure.file', { path, code: system.code, detail: system.detail });
    const setting = settingOf(named, known);
    return { line: setting ? `${line}${t('cli.failure.setBy', { variable: setting.variable })}` : line, exitCode: FAILURE_EXIT_CODE };
  }
  const where = astroLocation(error);
  return { line: t('cli.failure.internal', { message: where ? `${firstLine(error)} (${where})` : firstLine(error) }), exitCode: FAILURE_EXIT_CODE };
}

/** Whether `error` is a wrong command-line argument, as `node:util`'s parseArgs throws it. */
export function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
