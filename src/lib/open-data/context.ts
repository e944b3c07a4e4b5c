import type { Translate } from '../../i18n/index.ts';
import type { PublishableContent } from '../content/content-set.ts';
import type { ProgrammeIndex } from '../programme/programme-index.ts';
import { siteT } from '../programme/wording.ts';
import type { LastUpdated } from './last-updated.ts';
import type { DEFAULT_FILE_LIMIT } from './split.ts';

/** Everything the open-data builders read; plain data, so every builder is a pure function of it. */
export interface OpenDataContext {
  content: PublishableContent;
  /** Every programme's index, keyed by programme id (projects in notice order). */
  indexes: ReadonlyMap<string, ProgrammeIndex>;
  /** Absolute URL of the site root including the base path, ending in `/`, e.g. https://example.gov.cn/minsheng/ */
  siteBase: string;
  /** Date the data counts as last updated (never the wall clock, so builds are reproducible), or unknown. */
  updated: LastUpdated;
  /** Dates from the content's git history (src/io/content-history.ts); empty outside git. */
  history: ContentHistory;
  /** Size in bytes above which a site-wide table is published split by programme (split.ts); default {@link DEFAULT_FILE_LIMIT}. */
  fileLimit?: number;
}

/** Dates of the content's own history, RFC 3339 date-times in UTC. */
export interface ContentHistory {
  /** When the content tree was first committed: the data sets' date of issue; null when unknown. */
  firstCommitted: string | null;
  /** Per programme id, the last commit that touched the programme's folder or its notice. */
  programmeChanged: ReadonlyMap<string, string>;
}

/**
 * A derivation made once per context: several data files read the same records. The result is
 * shared between its readers, so it must not be changed (arrays are returned frozen).
 */
export function oncePerContext<T>(derive: (ctx: OpenDataContext) => T): (ctx: OpenDataContext) => T {
  const made = new WeakMap<OpenDataContext, T>();
  return (ctx) => {
    if (!made.has(ctx)) made.set(ctx, derive(ctx));
    return made.get(ctx)!;
  };
}

/**
 * The wording of the data files about every programme (titles, notes, descriptions, keywords, the
 * feed): the site's messages with the terms its programmes share, or neutral ones (siteT).
 */
export const contextT = (ctx: Pick<OpenDataContext, 'content'>): Translate => siteT(ctx.content.programmes, { standings: ctx.content.projects.some((p) => p.standing !== null) });
