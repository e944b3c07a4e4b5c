/**
 * What a programme's overview (its own page, and the home page) shows: only what the programme has.
 * A list without levels shows no level counts, level table or level charts; a chart whose data is
 * empty is left out rather than drawn as 暂无数据, and not published as a file either (the route
 * table's charts); a section with nothing in it (no raised standards, no deadlines) is left out.
 */
import { chartHasData, type ChartInputs, type ChartName } from '../charts/charts-catalogue.ts';
import { hasLevels } from './levels.ts';
import { programmeHasStandards } from './standards.ts';

/** The overview's sections that hold charts, and their charts in the order they appear. */
export const OVERVIEW_CHARTS = {
  glance: ['levels', 'funnel', 'lineage'],
  raised: ['standards'],
  deadlines: ['calendar'],
} as const satisfies Record<string, readonly ChartName[]>;
export type OverviewSection = keyof typeof OVERVIEW_CHARTS;

/** What the overview of one programme shows. */
export interface OverviewPlan {
  /** Level counts and the level × standing table. */
  levels: boolean;
  /** The raised-standards section (the programme has standards). */
  raised: boolean;
  /** The deadlines section (the programme has deadlines). */
  deadlines: boolean;
  /** Each section's charts that have something to draw. */
  charts: Record<OverviewSection, ChartName[]>;
}

/** The overview of a programme, from what its charts are built from. */
export function overviewPlan(inputs: ChartInputs): OverviewPlan {
  const charts = Object.fromEntries(
    (Object.keys(OVERVIEW_CHARTS) as OverviewSection[]).map((section) => [section, OVERVIEW_CHARTS[section].filter((name) => chartHasData(name, inputs))]),
  ) as Record<OverviewSection, ChartName[]>;
  return {
    levels: hasLevels(inputs.index.programme),
    raised: programmeHasStandards(inputs.index),
    deadlines: inputs.milestones.length > 0 || charts.deadlines.length > 0,
    charts,
  };
}
