/**
 * The charts a programme has, by stable name: the same builder call serves the inline figure and
 * the downloadable .svg file, so both are always identical.
 */
import { decisionFunnel } from '../../charts/decisionFunnel.ts';
import { levelStandingBars } from '../../charts/levelStandingBars.ts';
import { lineageFlow } from '../../charts/lineageFlow.ts';
import { programmeTimeline } from '../../charts/programmeTimeline.ts';
import { standardDumbbell } from '../../charts/standardDumbbell.ts';
import type { ChartResult } from '../../charts/svg.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import { decisionFunnelData, levelStandingData, lineageData, standardDumbbellData, timelineData } from './chart-data.ts';
import type { ProgrammeIndex } from '../programme/programme-index.ts';

export const CHART_NAMES = ['levels', 'funnel', 'standards', 'calendar', 'lineage'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** Chinese caption of each chart. */
export const CHART_TITLES: Record<ChartName, string> = {
  levels: '各层级项目数（按本年情况）',
  funnel: '上级确定与本区实施的项目数',
  standards: '补助标准调整（原标准 → 新标准）',
  calendar: '全年时间节点与督查节奏',
  lineage: '项目整合归并与调整去向',
};

/** What a chart is built from. */
export interface ChartInputs {
  index: ProgrammeIndex;
  milestones: readonly Milestone[];
  oversight: readonly Oversight[];
}

/** Width of the viewBox for phones: drawn narrow so labels stay legible at 360 px, not scaled down. */
export const NARROW_WIDTH = 360;

/** Builds one chart of a programme, at the default width or the narrow one. */
export function buildChart(name: ChartName, { index, milestones, oversight }: ChartInputs, layout: 'wide' | 'narrow' = 'wide'): ChartResult {
  const options = layout === 'wide' ? { id: `chart-${name}`, title: CHART_TITLES[name] } : { id: `chart-${name}-narrow`, title: CHART_TITLES[name], width: NARROW_WIDTH };
  switch (name) {
    case 'levels':
      return levelStandingBars(levelStandingData(index), options);
    case 'funnel':
      return decisionFunnel(decisionFunnelData(index), options);
    case 'standards':
      return standardDumbbell(standardDumbbellData(index), options);
    case 'calendar':
      return programmeTimeline(timelineData(index.programme.year, milestones, oversight), options);
    case 'lineage':
      return lineageFlow(lineageData(index), options);
  }
}
