/**
 * Waiting for a child process that was only signalled to stop. Pagefind's `close()` kills its
 * binary and returns at once; until Node has reaped it, the binary lingers, and its CPU time is
 * missing from whatever measures this process and its children (GNU time, the benchmark).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { allProcesses } from './proc.ts';

/** Pids of this process's children whose command name starts with `prefix` (Linux; empty elsewhere). */
export function childrenNamed(prefix: string): number[] {
  return allProcesses()
    .filter((p) => p.ppid === process.pid && p.comm.startsWith(prefix))
    .map((p) => p.pid);
}

/** Resolves once no child named `prefix…` is left (exited and reaped), or after `timeoutMs`. */
export async function childrenGone(prefix: string, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (childrenNamed(prefix).length > 0) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}
