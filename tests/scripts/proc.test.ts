import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processStat, threadStats } from '../../scripts/lib/proc.ts';

// Spins its main thread and a worker thread until each has used 300 ms of CPU (by its own count,
// not by a clock), then says so and waits to be killed: what each thread ran is then in /proc.
const SPIN = 'const used = () => process.threadCpuUsage().user + process.threadCpuUsage().system; while (used() < 300000);';
const SPINNER = `
const { Worker } = require('node:worker_threads');
const worker = new Worker(${JSON.stringify(`${SPIN} require('node:worker_threads').parentPort.postMessage('done'); setInterval(() => {}, 1000);`)}, { eval: true });
${SPIN}
worker.once('message', () => { process.stdout.write('ready\\n'); setInterval(() => {}, 1000); });`;

describe('the process table', () => {
  it('gives each thread of a process its name and its own CPU time', { skip: process.platform !== 'linux' }, async () => {
    const child = spawn(process.execPath, ['-e', SPINNER], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      // A child that dies instead fails the test at once rather than at its timeout.
      const ready = await Promise.race([once(child.stdout!, 'data').then(() => true), once(child, 'exit').then(() => false)]);
      expect(ready).toBe(true);
      const threads = threadStats(child.pid!);
      const process = processStat(child.pid!)!;
      const byName = (name: string) => threads.filter((t) => t.comm === name).reduce((sum, t) => sum + t.cpuMs, 0);
      expect(threads.find((t) => t.pid === child.pid)?.comm).toBe('MainThread');
      // Each thread ran 300 ms of its own; /proc counts user and system time in 10 ms ticks, each
      // rounded down, so at most two ticks are lost.
      expect(byName('MainThread')).toBeGreaterThanOrEqual(280);
      expect(byName('WorkerThread')).toBeGreaterThanOrEqual(280);
      // Each thread's own figure, not the process's (which holds them all, so at least 600 ms) given
      // for every thread: together they add up to no more than the process's (read just after).
      expect(process.cpuMs).toBeGreaterThanOrEqual(580);
      expect(threads.reduce((sum, t) => sum + t.cpuMs, 0)).toBeLessThanOrEqual(process.cpuMs);
    } finally {
      child.kill('SIGKILL');
    }
    await once(child, 'close');
    expect(threadStats(child.pid!)).toEqual([]);
  });
});
