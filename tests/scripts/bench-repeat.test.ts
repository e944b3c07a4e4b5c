import { describe, expect, it } from 'vitest';
import { bestOf } from '../../scripts/lib/bench/repeat.ts';

describe('a repeated benchmark series', () => {
  it('counts the least time and the highest memory, each over every run', () => {
    const best = bestOf([
      { wallMs: 900, cpuMs: 700, peakRssBytes: 10 },
      { wallMs: 800, cpuMs: 750, peakRssBytes: 30 },
      { wallMs: 950, cpuMs: 650, peakRssBytes: 20 },
    ]);
    expect(best).toEqual({ wallMs: 800, cpuMs: 650, peakRssBytes: 30 });
  });

  it('has no CPU figure if any run lacks one, and refuses an empty series', () => {
    expect(bestOf([{ wallMs: 1, cpuMs: null, peakRssBytes: 1 }, { wallMs: 2, cpuMs: 5, peakRssBytes: 1 }]).cpuMs).toBeNull();
    expect(() => bestOf([])).toThrow(/no runs/);
  });
});
