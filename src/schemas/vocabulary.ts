/**
 * The closed vocabularies of the content model, each with the Chinese label readers see.
 * Kept apart from the record schemas so that pages, charts and data files share one wording.
 */

/** Government level that decided a project. */
export const LEVELS = ['provincial', 'municipal', 'district'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  provincial: '省级',
  municipal: '市级',
  district: '区级',
};

/**
 * A project's standing in one programme: is it carried out this year, and on what footing.
 * The first four count as implemented; the last three are kept so readers can find what left and why.
 */
export const STANDINGS = [
  'new',
  'continued',
  'formed-by-merger',
  'implemented',
  'withdrawn',
  'adjusted-out',
  'merged-away',
] as const;
export type Standing = (typeof STANDINGS)[number];
export const STANDING_LABELS: Record<Standing, string> = {
  new: '新增实施',
  continued: '继续实施',
  'formed-by-merger': '整合归并后实施',
  implemented: '实施',
  withdrawn: '退出实施',
  'adjusted-out': '调整退出',
  'merged-away': '已整合归并',
};
/** Standings under which a project is carried out in the programme year. */
export const IMPLEMENTED_STANDINGS: readonly Standing[] = ['new', 'continued', 'formed-by-merger', 'implemented'];

/** A change made to a project this year, independent of its standing (a continued project can be raised). */
export const CHANGE_KINDS = ['raised'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  raised: '提标扩面',
};

/** How a standard changed: a number went up or down, or who is covered was widened. */
export const STANDARD_KINDS = ['amount', 'coverage'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

/** Period a subsidy amount applies to, only where the source says so. */
export const PERIODS = ['month', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = { month: '月', year: '年' };

/** Parts of a month used by Chinese deadlines (上旬/中旬/下旬, 月底). */
export const MONTH_PARTS = ['early', 'mid', 'late', 'end'] as const;
export type MonthPart = (typeof MONTH_PARTS)[number];
export const MONTH_PART_LABELS: Record<MonthPart, string> = {
  early: '上旬',
  mid: '中旬',
  late: '下旬',
  end: '月底',
};

/** The wording the site uses wherever the source is silent. */
export const NOT_STATED = '通知未载明';
