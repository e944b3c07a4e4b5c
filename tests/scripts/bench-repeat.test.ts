import { describe, expect, it } from 'vitest';
import { bestOf, median, pairedRatios } from '../../scripts/lib/bench/repeat.ts';

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
    expect(
      bestOf([
        { wallMs: 1, cpuMs: null, peakRssBytes: 1 },
        { wallMs: 2, cpuMs: 5, peakRssBytes: 1 },
      ]).cpuMs,
    ).toBeNull();
    expect(() => bestOf([])).toThrow(/no runs/);
  });

  it('pairs the rounds in order for the per-round ratios, skipping a round without CPU time', () => {
    const run = (cpuMs: number | null) => ({ wallMs: 1, cpuMs, peakRssBytes: 1 });
    expect(pairedRatios([run(150), run(120), run(null), run(90)], [run(100), run(80), run(50)])).toEqual([1.5, 1.5]);
    expect(median([1.6, 1.39, 1.52, 1.47, 1.56])).toBe(1.52);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });
});
