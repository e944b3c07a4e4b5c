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

/** One process's stat line, or null once it has gone. */
export function processStat(pid: number): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may itself contain spaces or parentheses.
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // After the name: state, ppid, … utime and stime are fields 14 and 15 of stat(5), 12 and 13 here.
    return { pid, comm: stat.slice(open + 1, close), ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** Every running process. */
export function allProcesses(): ProcessStat[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => processStat(Number(name)))
    .filter((p): p is ProcessStat => p !== null);
}
