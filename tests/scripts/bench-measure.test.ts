import { describe, expect, it } from 'vitest';
import { cpuByThread, ENDED_THREADS } from '../../scripts/lib/bench/measure.ts';

describe('the CPU split by thread', () => {
  it('adds up threads of one name per process label, and puts what the threads do not account for under ended threads', () => {
    const threads = [
      { pid: 10, label: 'astro-build.ts', thread: 'MainThread', ms: 5_000 },
      { pid: 10, label: 'astro-build.ts', thread: 'V8Worker', ms: 1_200 },
      { pid: 10, label: 'astro-build.ts', thread: 'V8Worker', ms: 1_000 },
      { pid: 20, label: 'build.ts', thread: 'MainThread', ms: 1_400 },
      // A second process of the same script: its threads add to the same label.
      { pid: 30, label: 'build.ts', thread: 'MainThread', ms: 100 },
    ];
    const processes = new Map<number, [string, number]>([
      [10, ['astro-build.ts', 7_500]],
      // Read a tick before its thread: no negative remainder.
      [20, ['build.ts', 1_390]],
      [30, ['build.ts', 400]],
    ]);
    expect(cpuByThread(threads, processes)).toEqual({
      'astro-build.ts': { MainThread: 5_000, V8Worker: 2_200, [ENDED_THREADS]: 300 },
      'build.ts': { MainThread: 1_500, [ENDED_THREADS]: 300 },
    });
  });
});
