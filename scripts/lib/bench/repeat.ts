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
