import type { AmountStandard, Standard } from '../schemas/standard.ts';
import { PERIOD_LABELS } from '../schemas/vocabulary.ts';

/** Relative change from `previous` to `current` in percent, rounded to one decimal; null from zero. */
export function percentChange(previous: number, current: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

/** Signed Chinese-friendly percentage text, e.g. `+33.3%`. */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** Display unit of an amount standard, e.g. `元/人/月`; omits the parts the source does not state. */
export function unitLabel(s: Pick<AmountStandard, 'unit' | 'per' | 'period'>): string {
  return [s.unit, s.per, s.period ? PERIOD_LABELS[s.period] : null].filter(Boolean).join('/');
}

/** Absolute and relative change of an amount standard. */
export function amountChange(s: AmountStandard): { absolute: number; percent: number | null } {
  return { absolute: s.current.value - s.previous.value, percent: percentChange(s.previous.value, s.current.value) };
}

/** Standards of one project, amount standards first, in a stable order. */
export function standardsOf(standards: readonly Standard[], programme: string, project: string): Standard[] {
  return standards
    .filter((s) => s.programme === programme && s.project === project)
    .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'amount' ? -1 : 1));
}
