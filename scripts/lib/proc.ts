/**
 * Linux's process table, read from /proc: what the benchmark samples and what the build checks
 * before it ends (no Pagefind binary left behind). Empty where there is no /proc.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU figures (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** What /proc/<pid>/stat says of one process. */
export interface ProcessStat {
  pid: number;
  /** Command name (at most 15 characters: `pagefind_extend`, `node`, `MainThread`). */
  comm: string;
  ppid: number;
  /** User and system CPU time so far, in milliseconds. */
  cpuMs: number;
}

/** One stat line of /proc (a process's, or one of its threads'), parsed; `id` is its pid or tid. */
function parseStat(id: number, stat: string): ProcessStat {
  // The command name sits in parentheses and may itself contain spaces or parentheses.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  // After the name: state, ppid, … utime and stime are fields 14 and 15 of stat(5), 12 and 13 here.
  return { pid: id, comm: stat.slice(open + 1, close), ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
}

/** One process's stat line, or null once it has gone. */
export function processStat(pid: number): ProcessStat | null {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The live threads of a process, each as its own stat line: `pid` is the thread's id, `comm` its
 * name (Node names its main thread MainThread, its worker threads WorkerThread and V8's background
 * threads V8Worker; libuv's pool is libuv-worker), `cpuMs` its own CPU time. A thread that has
 * ended is no longer listed, though its time stays in the process's. Empty once the process has gone.
 */
export function threadStats(pid: number): ProcessStat[] {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const threads: ProcessStat[] = [];
  for (const tid of tids) {
    try {
      threads.push(parseStat(Number(tid), readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
    } catch {
      // Ended meanwhile.
    }
  }
  return threads;
}

/** Every running process. */
export function allProcesses(): ProcessStat[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => processStat(Number(name)))
    .filter((p): p is ProcessStat => p !== null);
}

/**
 * Whether a process with this pid exists and has not yet exited (a zombie, exited but not yet
 * reaped by its parent, counts as gone). True also for a live process of another user.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return processState(pid) !== 'Z';
}

/** The one-letter state of /proc/<pid>/stat (R running, S sleeping, Z zombie …), or null where unknown. */
export function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}
