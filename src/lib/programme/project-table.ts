/**
 * What the project list's table (src/components/ProjectTable.astro) shows: which columns a
 * programme's list has, and each project's standards as one line each.
 */
import type { Translate } from '../../i18n/index.ts';
import type { ProgrammeIndex } from './programme-index.ts';
import { hasLevels } from './levels.ts';
import { amountChange, formatPercentOrNull, programmeHasStandards, standardsOf, unitLabel } from './standards.ts';

/** The table's optional columns; the project's name is always the first. */
export interface ProjectTableColumns {
  /** A list without levels (苍南's 公告) has no level column. */
  level: boolean;
  /** A source that states no standing for any project has no standing column. */
  standing: boolean;
  /** A list with no change and no lineage (merged, moved) has no change column. */
  change: boolean;
  /** A list without standards has no standards column. */
  standards: boolean;
  /** Number of columns, the name included (the span of a category's heading row). */
  count: number;
}

/** The columns of a programme's project table, from all its projects (not only the rows shown). */
export function projectTableColumns(index: ProgrammeIndex): ProjectTableColumns {
  const level = hasLevels(index.programme);
  const standing = index.projects.some((p) => p.standing !== null);
  const change = index.projects.some((p) => p.changes.length > 0 || p.mergedFrom.length > 0 || p.mergedInto !== null || p.movedTo !== null);
  const standards = programmeHasStandards(index);
  return { level, standing, change, standards, count: 1 + [level, standing, change, standards].filter(Boolean).length };
}

/**
 * A project's standards as the table's cell shows them, one line each: an amount with its rise
 * (600→800 元/人/月（+33.3%）), an amount with no earlier value (45 元/人), or that coverage widened.
 */
export function standardLines(index: ProgrammeIndex, project: string, t: Translate): string[] {
  return standardsOf(index, project).map((s) => {
    if (s.kind !== 'amount') return t('programme.table.coverage');
    if (s.previous === null) return t('programme.table.amountOnly', { current: String(s.current.value), unit: unitLabel(s) });
    return t('programme.table.amount', {
      previous: String(s.previous.value),
      current: String(s.current.value),
      unit: unitLabel(s),
      percent: formatPercentOrNull(amountChange(s).percent),
    });
  });
}
