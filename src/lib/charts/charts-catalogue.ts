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
import { t, type Translate } from '../../i18n/index.ts';
import { programmeT } from '../programme/wording.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import { decisionFunnelData, levelStandingData, lineageData, standardDumbbellData, timelineData } from './chart-data.ts';
import type { ProgrammeIndex } from '../programme/programme-index.ts';

export const CHART_NAMES = ['levels', 'funnel', 'standards', 'calendar', 'lineage'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** Caption of a chart on the programme's pages (also its title inside the SVG and its table caption). */
export function chartTitle(name: ChartName, translate: Translate = t): string {
  return translate(`chart.${name}.caption`);
}

/**
 * Whether a programme has what a chart draws: the level bars and the decided-vs-carried-out funnel
 * need levels, the lineage flow standings; a list without them shows no empty chart.
 */
export function chartApplies(name: ChartName, index: Pick<ProgrammeIndex, 'programme' | 'projects'>): boolean {
  if (name === 'levels' || name === 'funnel') return index.programme.levels.length > 0;
  if (name === 'lineage') return index.projects.some((p) => p.standing !== null);
  return true;
}

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
  // Captioned and drawn in the programme's own terms (上级确定与本县实施的项目数, 公告未载明): every text inside the SVG too.
  const translate = programmeT(index.programme);
  const title = chartTitle(name, translate);
  const options = layout === 'wide' ? { id: `chart-${name}`, title, translate } : { id: `chart-${name}-narrow`, title, width: NARROW_WIDTH, translate };
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

/**
 * True when a chart of the programme has something to draw: the programme has what it draws
 * (`chartApplies`: levels for the level charts, standings for the lineage) and its data is not
 * empty (an empty chart would say 暂无数据). Neither the pages nor the chart files show one that has not.
 */
export function chartHasData(name: ChartName, inputs: ChartInputs): boolean {
  if (!chartApplies(name, inputs.index)) return false;
  return buildChart(name, inputs).table.rows.length > 0;
}
