/**
 * Repeated builds of one size, reduced to one figure each. Noise on a shared or virtual machine only
 * ever adds time (another process on the core, a slow disk flush), so the fastest of several runs is
 * the steadiest estimate of what a build costs; memory is the opposite: the highest peak counts.
 */

/** What one build of a repeated series cost. */
export interface RunCost {
  wallMs: number;
  /** CPU time of the process tree, null without GNU time. */
  cpuMs: number | null;
  peakRssBytes: number;
}

/** The series reduced: least wall time, least CPU time, highest peak memory, each over every run. */
export function bestOf(runs: readonly RunCost[]): RunCost {
  if (runs.length === 0) throw new Error('bestOf: no runs');
  const cpus = runs.map((r) => r.cpuMs);
  return {
    wallMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMs: cpus.some((c) => c === null) ? null : Math.min(...(cpus as number[])),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
  };
}

/**
 * CPU ratios of the runs taken in turn (ours, then the baseline, round by round): their spread shows
 * how far one round's noise moves the ratio, which the best-of figures alone hide. Empty without
 * CPU times or a baseline.
 */
export function pairedRatios(ours: readonly RunCost[], baseline: readonly RunCost[]): number[] {
  const n = Math.min(ours.length, baseline.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = ours[i]!.cpuMs;
    const b = baseline[i]!.cpuMs;
    if (a !== null && b !== null && b > 0) ratios.push(a / b);
  }
  return ratios;
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
