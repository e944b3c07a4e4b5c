import type { Project } from '../../schemas/project.ts';
import { IMPLEMENTED_STANDINGS, LEVELS, STANDINGS, type Level, type Standing } from '../../schemas/vocabulary.ts';

/** Project counts of one level of one programme, derived from the itemised entries. */
export interface LevelTally {
  level: Level;
  /** Entries carried out this year (new, continued, formed by merger, implemented). */
  implemented: number;
  /** Entries per standing, every standing present (zero where none). */
  byStanding: Record<Standing, number>;
  /** Entries with a 提标扩面 change, whatever their standing. */
  raised: number;
}

type Countable = Pick<Project, 'level' | 'standing' | 'changes'>;

/**
 * True when the project is carried out in the programme year: its standing is one of the
 * implemented ones, or the source states none (an item on the year's list is carried out).
 */
export function isImplemented(p: Pick<Project, 'standing'>): boolean {
  return p.standing === null || IMPLEMENTED_STANDINGS.includes(p.standing);
}

/** Counts one level's entries by standing and change. */
export function tallyLevel(projects: readonly Countable[], level: Level): LevelTally {
  const byStanding = Object.fromEntries(STANDINGS.map((s) => [s, 0])) as Record<Standing, number>;
  let raised = 0;
  let implemented = 0;
  for (const p of projects) {
    if (p.level !== level) continue;
    if (p.standing !== null) byStanding[p.standing] += 1;
    if (isImplemented(p)) implemented += 1;
    if (p.changes.some((c) => c.kind === 'raised')) raised += 1;
  }
  return { level, implemented, byStanding, raised };
}

/**
 * Tallies of every level, in the fixed level order, plus the total carried out (of every project,
 * whether it has a level or not: a list without levels counts all its items there).
 */
export function tallyProgramme(projects: readonly Countable[]): { levels: LevelTally[]; implemented: number } {
  const levels = LEVELS.map((l) => tallyLevel(projects, l));
  return { levels, implemented: projects.filter(isImplemented).length };
}
