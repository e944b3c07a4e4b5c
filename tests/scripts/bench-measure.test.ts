import { describe, expect, it } from 'vitest';
import { cpuByThread, ENDED_THREADS } from '../../scripts/lib/bench/measure.ts';

describe('the CPU split by thread', () => {
  it('adds up threads of one name per process label, and puts what the threads do not account for under ended threads', () => {
    const threads = new Map<string, [string, string, number]>([
      ['10/10', ['astro-build.ts', 'MainThread', 5_000]],
      ['10/11', ['astro-build.ts', 'V8Worker', 1_200]],
      ['10/12', ['astro-build.ts', 'V8Worker', 1_000]],
      ['20/20', ['build.ts', 'MainThread', 1_400]],
      // A second process of the same script: its threads add to the same label.
      ['30/30', ['build.ts', 'MainThread', 100]],
    ]);
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
