/**
 * Watching processes from a test: a process's descendants (Linux's /proc), and waiting for a
 * condition by polling, bounded by the number of polls rather than by a clock of its own, so that a
 * slow machine only makes the wait longer (the test's timeout is the outer bound).
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { allProcesses, isAlive } from '../../scripts/lib/proc.ts';

/** Every live descendant of `pid` (children, their children …). */
export function descendants(pid: number): number[] {
  const all = allProcesses();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all) {
      if (p.ppid === parent && isAlive(p.pid)) {
        found.push(p.pid);
        queue.push(p.pid);
      }
    }
  }
  return found;
}

/** A process's command line, or '' once it has gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * Polls `probe` every `intervalMs` until it returns something other than null/undefined/false and
 * returns that; throws after `polls` polls, naming `what`.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { polls = 600, intervalMs = 100 } = {},
): Promise<T> {
  for (let i = 0; i < polls; i += 1) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    await sleep(intervalMs);
  }
  throw new Error(`gave up waiting for ${what} after ${polls} polls`);
}
