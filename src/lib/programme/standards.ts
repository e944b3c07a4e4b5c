import type { Project } from '../../schemas/project.ts';
import type { AmountStandard, Standard } from '../../schemas/standard.ts';
import type { ProgrammeIndex } from './programme-index.ts';
import { PERIOD_LABELS } from '../../schemas/vocabulary.ts';

/**
 * Percentage change from `previous` to `current`, rounded to one decimal (half away from zero),
 * e.g. 600→800 gives 33.3 and 420→450 gives 7.1. Null when `previous` is 0 or a value is not finite,
 * because a change from nothing has no meaningful percentage.
 */
export function percentChange(previous: number, current: number): number | null {
  if (!Number.isFinite(previous) || !Number.isFinite(current) || previous === 0) return null;
  const raw = ((current - previous) / Math.abs(previous)) * 100;
  // toPrecision strips binary noise such as 1.0049999 so that half-way cases round as written.
  const tenths = Math.round(Number((Math.abs(raw) * 10).toPrecision(12)));
  const rounded = (Math.sign(raw) * tenths) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** Formats a percentage change with an explicit sign and one decimal: `+33.3%`, `-5.0%`, `0.0%`; `—` for null. */
export function formatPercent(percent: number | null): string {
  if (percent === null || !Number.isFinite(percent)) return '—';
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '';
  return `${sign}${Math.abs(percent).toFixed(1)}%`;
}

/** A percentage change formatted as `formatPercent` does, or null where there is none to state (a change from 0). */
export function formatPercentOrNull(percent: number | null): string | null {
  return percent === null || !Number.isFinite(percent) ? null : formatPercent(percent);
}

/** Display unit of an amount standard, e.g. `元/人/月`; omits the parts the source does not state. */
export function unitLabel(s: Pick<AmountStandard, 'unit' | 'per' | 'period'>): string {
  return [s.unit, s.per, s.period ? PERIOD_LABELS[s.period] : null].filter(Boolean).join('/');
}

/** Digits after the decimal point of a stated amount (50 → 0, 1.25 → 2). */
function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * Absolute and relative change of an amount standard; both null for an amount stated with no
 * previous value. The difference is rounded to the stated amounts' own decimals, so that 0.3 − 0.1
 * is 0.2, not 0.19999999999999998.
 */
export function amountChange(s: AmountStandard): { absolute: number | null; percent: number | null } {
  if (s.previous === null) return { absolute: null, percent: null };
  const places = Math.max(decimals(s.previous.value), decimals(s.current.value));
  const absolute = Number((s.current.value - s.previous.value).toFixed(places));
  return { absolute, percent: percentChange(s.previous.value, s.current.value) };
}

/** An absolute change with its sign and unit, as the pages write it: +200元/人/月, -5元/人, 0元. */
export function formatAmountChange(absolute: number, unit: string): string {
  return `${absolute > 0 ? '+' : ''}${absolute}${unit}`;
}

/**
 * Standards of one project, amount standards first, in the index's stable order (`compareStandards`);
 * none for a project without any. Reads the programme's index (not every standard of the site), so
 * that publishing all projects stays linear.
 */
export function standardsOf<S extends Standard>(index: Pick<ProgrammeIndex<Project, S>, 'standardsByProject'>, project: string): readonly S[] {
  return index.standardsByProject.get(project) ?? [];
}

/**
 * Whether the programme states any standard: what its project list's 补助标准 column, its overview's
 * raised-standards part and its project pages' 补助标准 section are shown on.
 */
export function programmeHasStandards(index: Pick<ProgrammeIndex, 'standardsByProject'>): boolean {
  // Asked once per project page: stops at the first project with a standard, copying nothing.
  for (const list of index.standardsByProject.values()) if (list.length > 0) return true;
  return false;
}
