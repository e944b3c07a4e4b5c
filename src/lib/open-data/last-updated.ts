/**
 * The one "last updated" date of the published data. Builds must be byte-for-byte reproducible, so
 * it never comes from the clock: it is SOURCE_DATE_EPOCH (the reproducible-builds convention),
 * which scripts/build.ts sets to the date of the last git commit that touched the content directory
 * unless the deployer set it, else the latest correction's date. With neither, the date is unknown
 * and the site says so: it is never made up (the notice's date of issue is when the notice was
 * issued, not when this data was last changed).
 */

import { t } from '../../i18n/index.ts';

/** Where the date came from, so the data page can say so. */
export type UpdatedBasis = 'source-date-epoch' | 'correction' | 'unknown';

/** The date the published data counts as last updated, or that it is unknown. */
export type LastUpdated =
  | {
      /** Calendar date, yyyy-mm-dd (UTC). */
      date: string;
      /** RFC 3339 date-time in UTC, for feeds and metadata that need one. */
      dateTime: string;
      basis: 'source-date-epoch' | 'correction';
    }
  | { date: null; dateTime: null; basis: 'unknown' };

/** How each basis is explained to readers. */
export const UPDATED_BASIS_LABELS: Record<UpdatedBasis, string> = {
  'source-date-epoch': t('data.updated.basis.sourceDateEpoch'),
  correction: t('data.updated.basis.correction'),
  unknown: t('data.updated.basis.unknown'),
};

/** An RFC 3339 date-time (UTC, whole seconds) from seconds since 1970. */
export const epochDateTime = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Picks the date: SOURCE_DATE_EPOCH (seconds since 1970, as `git log -1 --format=%ct` prints) if
 * set, else the latest correction, else unknown. Throws on a malformed SOURCE_DATE_EPOCH rather
 * than silently ignoring it.
 */
export function lastUpdated(input: { sourceDateEpoch?: string | undefined; corrections: readonly { date: string }[] }): LastUpdated {
  const epoch = input.sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
    const dateTime = epochDateTime(Number(epoch));
    return { date: dateTime.slice(0, 10), dateTime, basis: 'source-date-epoch' };
  }
  const correction = input.corrections
    .map((c) => c.date)
    .sort()
    .at(-1);
  if (correction) return { date: correction, dateTime: `${correction}T00:00:00Z`, basis: 'correction' };
  return { date: null, dateTime: null, basis: 'unknown' };
}
