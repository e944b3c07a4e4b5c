/**
 * Waiting for a child process that was only signalled to stop. Pagefind's `close()` kills its
 * binary and returns at once; until Node has reaped it, the binary lingers, and its CPU time is
 * missing from whatever measures this process and its children (GNU time, the benchmark).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Pids of this process's children whose command name starts with `prefix` (Linux; empty elsewhere). */
export function childrenNamed(prefix: string): number[] {
  if (!existsSync('/proc')) return [];
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name sits in parentheses and may itself contain spaces or parentheses.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && comm.startsWith(prefix)) found.push(Number(name));
    } catch {
      // Gone between listing and reading.
    }
  }
  return found;
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
