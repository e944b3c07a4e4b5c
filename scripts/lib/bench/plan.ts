/**
 * The benchmark's content sizes and the synthetic content trees behind them. Big sizes are many
 * programmes of at most 400 projects (a province publishing dozens of districts), not one absurd
 * notice, so that per-programme pages stay realistic and growth shows in the number of pages.
 */
import { type SyntheticProgrammeOptions, writeSyntheticProgramme, writeSyntheticSite } from '../synthetic-content.ts';

/** One benchmark size: how many projects in how many programmes. */
export interface BenchSize {
  projects: number;
  programmes: number;
}

/** Projects per programme at the bigger sizes: a large district's notice. */
export const PROJECTS_PER_PROGRAMME = 400;

/** Every size the full run builds, and the subset `--quick` builds (well under 3 minutes). */
export const FULL_SIZES = [40, 400, 4000, 20000] as const;
export const QUICK_SIZES = [40, 400] as const;

/** What the benchmark searches for, common words of the synthetic text: 项目 is in every project's name, 保障 in many descriptions. */
export const SEARCH_WORDS = ['项目', '保障'];

/** The programmes a size is split into. */
export function planSize(projects: number): BenchSize {
  return { projects, programmes: Math.max(1, Math.ceil(projects / PROJECTS_PER_PROGRAMME)) };
}

/** Entries per level of one programme of `n` projects: 30 % provincial, 20 % municipal, the rest district. */
export function levelSplit(n: number): [number, number, number] {
  const provincial = Math.round(n * 0.3);
  const municipal = Math.round(n * 0.2);
  return [provincial, municipal, n - provincial - municipal];
}

/** The synthetic programmes of a size, in order (each one a shard of the rebuild measurement, rebuild.ts). */
export function benchProgrammes(size: BenchSize): SyntheticProgrammeOptions[] {
  const programmes: SyntheticProgrammeOptions[] = [];
  let left = size.projects;
  for (let k = 1; k <= size.programmes; k++) {
    const n = Math.ceil(left / (size.programmes - k + 1));
    left -= n;
    const tag = String(k).padStart(2, '0');
    programmes.push({
      id: `bench-d${tag}-2030`,
      year: 2030,
      district: `测试${tag}区`,
      perLevel: levelSplit(n),
      descriptionLength: [30, 120],
      lineage: true,
      raisedEvery: 7,
      text: 'phrases',
    });
  }
  return programmes;
}

/**
 * Writes a clearly synthetic content tree of `size` into `dir` (a temporary folder, never
 * content/): descriptions of realistic length (30–120 characters) made of words of real notices, lineage (mergers, moves,
 * withdrawals) and about one raised standard per eight provincial and municipal projects.
 */
export function writeBenchContent(dir: string, size: BenchSize): void {
  writeSyntheticSite(dir);
  for (const programme of benchProgrammes(size)) writeSyntheticProgramme(dir, programme);
}
