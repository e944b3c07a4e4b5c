import type { Project } from '../../schemas/project.ts';
import { IMPLEMENTED_STANDINGS, LEVELS, NOT_IMPLEMENTED_STANDINGS, STANDINGS, type Level, type Standing } from '../../schemas/vocabulary.ts';

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

/** How many of a list's projects are carried out this year, and how many left it under each standing that is not (see {@link listSplit}). */
export interface ListSplit {
  listed: number;
  implemented: number;
  /** The standings not carried out this year that the list holds, in the standings' order, each with its count. */
  departed: { standing: Standing; count: number }[];
}

/**
 * Splits a list of projects by whether they are carried out this year. A level's, topic's or
 * group's list holds its withdrawn and merged-away entries too, while the programme's figures
 * (22 省级项目) count only those carried out: the list says how its count divides.
 */
export function listSplit(projects: readonly Pick<Project, 'standing'>[]): ListSplit {
  const counts = new Map<Standing, number>();
  let implemented = 0;
  for (const p of projects) {
    if (isImplemented(p)) implemented += 1;
    else counts.set(p.standing!, (counts.get(p.standing!) ?? 0) + 1);
  }
  const departed = NOT_IMPLEMENTED_STANDINGS.flatMap((standing) => (counts.has(standing) ? [{ standing, count: counts.get(standing)! }] : []));
  return { listed: projects.length, implemented, departed };
}
