/**
 * The one "last updated" date of the published data. Builds must be byte-for-byte reproducible, so
 * it never comes from the clock: it is the commit date handed in as SOURCE_DATE_EPOCH (the
 * reproducible-builds convention), else a date the content itself states.
 */

import { t } from '../../i18n/index.ts';

/** Where the date came from, so the data page can say so. */
export type UpdatedBasis = 'source-date-epoch' | 'correction' | 'issued' | 'programme-year';

/** The date the published data counts as last updated. */
export interface LastUpdated {
  /** Calendar date, yyyy-mm-dd (UTC). */
  date: string;
  /** RFC 3339 date-time in UTC, for feeds and metadata that need one. */
  dateTime: string;
  basis: UpdatedBasis;
}

/** How each basis is explained to readers. */
export const UPDATED_BASIS_LABELS: Record<UpdatedBasis, string> = {
  'source-date-epoch': t('data.updated.basis.sourceDateEpoch'),
  correction: t('data.updated.basis.correction'),
  issued: t('data.updated.basis.issued'),
  'programme-year': t('data.updated.basis.programmeYear'),
};

const fromDate = (date: string, basis: UpdatedBasis): LastUpdated => ({ date, dateTime: `${date}T00:00:00Z`, basis });

/**
 * Picks the date: SOURCE_DATE_EPOCH (seconds since 1970, as `git log -1 --format=%ct` prints) if
 * set, else the latest correction, else the latest stated date of issue, else 1 January of the
 * latest programme year. Throws on a malformed SOURCE_DATE_EPOCH rather than silently ignoring it.
 */
export function lastUpdated(input: {
  sourceDateEpoch?: string | undefined;
  corrections: readonly { date: string }[];
  programmes: readonly { year: number; issuedOn: string | null }[];
}): LastUpdated {
  const epoch = input.sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
    const dateTime = new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { date: dateTime.slice(0, 10), dateTime, basis: 'source-date-epoch' };
  }
  const latest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort().at(-1);
  const correction = latest(input.corrections.map((c) => c.date));
  if (correction) return fromDate(correction, 'correction');
  const issued = latest(input.programmes.map((p) => p.issuedOn));
  if (issued) return fromDate(issued, 'issued');
  const year = Math.max(...input.programmes.map((p) => p.year));
  if (!Number.isFinite(year)) throw new Error('cannot date the data: no programme, correction or SOURCE_DATE_EPOCH');
  return fromDate(`${year}-01-01`, 'programme-year');
}
