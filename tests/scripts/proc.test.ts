import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { threadStats } from '../../scripts/lib/proc.ts';
import { cpuByThread } from '../../scripts/lib/bench/measure.ts';

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
      await once(child.stdout!, 'data');
      const threads = threadStats(child.pid!);
      const byName = cpuByThread(new Map(threads.map((t) => [String(t.pid), ['spinner', t.comm, t.cpuMs] as [string, string, number]])));
      // Clock ticks are 10 ms; each thread ran at least 300 ms of its own.
      expect(byName.spinner!.MainThread).toBeGreaterThanOrEqual(290);
      expect(byName.spinner!.WorkerThread).toBeGreaterThanOrEqual(290);
      // The process's own figure holds every thread's.
      expect(threads.find((t) => t.pid === child.pid)?.comm).toBe('MainThread');
    } finally {
      child.kill('SIGKILL');
    }
    await once(child, 'close');
    expect(threadStats(child.pid!)).toEqual([]);
  });
});
