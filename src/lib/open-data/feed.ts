/**
 * The Atom feed (RFC 4287) of the site: one entry per programme published and one per correction,
 * newest first, so that readers and journalists learn of new data and of every fix.
 */
import { holdingsPhrase, programmeHoldings } from '../programme/holdings.ts';
import { programmeT } from '../programme/wording.ts';
import { ABOUT_PATH, programmePath, projectPath } from '../site/urls.ts';
import { t } from '../../i18n/index.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { OpenDataContext } from './context.ts';
import { absoluteUrl, DATA_PAGE_PATH, FEED_PATH } from './links.ts';
import { escapeXml } from './xml.ts';

/** One entry of the feed. */
export interface FeedEntry {
  /** Permanent, unique IRI of the entry. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** Page the entry is about. */
  link: string;
  summary: string;
}

/**
 * Date of a programme entry (Atom requires one; it is never the clock, so builds stay
 * reproducible): the last commit that touched the programme's files (content history), but never
 * later than the data's SOURCE_DATE_EPOCH; else SOURCE_DATE_EPOCH; else the notice's own date of
 * issue where it states one. Null when none is known: the entry is then left out (and the build
 * warns) rather than dated by a guess such as 1 January.
 */
export function programmeEntryDate(ctx: Pick<OpenDataContext, 'history' | 'updated'>, p: Pick<Programme, 'id' | 'issuedOn'>): string | null {
  const epoch = ctx.updated.basis === 'source-date-epoch' ? ctx.updated.dateTime : null;
  const changed = ctx.history.programmeChanged.get(p.id) ?? null;
  if (changed !== null) return epoch !== null && epoch < changed ? epoch : changed;
  return epoch ?? (p.issuedOn ? `${p.issuedOn}T00:00:00Z` : null);
}

/** The programmes the feed leaves out because no date of theirs is known. */
export function undatedProgrammes(ctx: Pick<OpenDataContext, 'history' | 'updated' | 'content'>): Programme[] {
  return ctx.content.programmes.filter((p) => programmeEntryDate(ctx, p) === null);
}

/**
 * The feed's date when nothing at all is dated (content outside git, no SOURCE_DATE_EPOCH, no
 * correction, no stated date of issue): Atom requires a date, and the Unix epoch is the
 * conventional "no date" (SOURCE_DATE_EPOCH=0), never mistaken for a real one. The feed then has
 * no entries, and the build warns (identity.ts).
 */
export const UNDATED_FEED = '1970-01-01T00:00:00Z';

/**
 * Authority of the tag URIs (RFC 4151) a preview's feed uses for its ids. A preview has no address
 * of its own, and Atom ids must be absolute IRIs (RFC 4287 §4.2.6): site-relative paths are not
 * valid, and a localhost URL would be published as if it were the site's. `.invalid` is reserved
 * (RFC 2606), so the id can never be mistaken for, or collide with, a real site's.
 */
export const PREVIEW_TAG_AUTHORITY = 'preview.invalid';

/** Whether the context is a preview's (its site base is a path, not an absolute URL). */
const isPreview = (ctx: Pick<OpenDataContext, 'siteBase'>) => ctx.siteBase.startsWith('/');

/** The tag-URI authority of the feed's ids: the site's host, or {@link PREVIEW_TAG_AUTHORITY}. */
function tagAuthority(ctx: Pick<OpenDataContext, 'siteBase'>): string {
  return isPreview(ctx) ? PREVIEW_TAG_AUTHORITY : new URL(ctx.siteBase).hostname;
}

/**
 * Id of a programme's entry: its page's absolute URL on a published site (the id readers' feed
 * software has known), else a tag URI made of the programme's year and id, which never changes.
 */
export function programmeEntryId(ctx: Pick<OpenDataContext, 'siteBase'>, p: Pick<Programme, 'id' | 'year'>): string {
  return isPreview(ctx) ? `tag:${PREVIEW_TAG_AUTHORITY},${p.year}:programme/${p.id}` : absoluteUrl(ctx.siteBase, programmePath(p.id));
}

/** Id of the feed: its own absolute URL on a published site, else a fixed tag URI. */
export function feedId(ctx: Pick<OpenDataContext, 'siteBase'>): string {
  return isPreview(ctx) ? `tag:${PREVIEW_TAG_AUTHORITY},2000:feed` : absoluteUrl(ctx.siteBase, FEED_PATH);
}

/** Entry of a programme, or null when its date is unknown. */
export function programmeEntry(ctx: OpenDataContext, p: Programme): FeedEntry | null {
  const updated = programmeEntryDate(ctx, p);
  if (updated === null) return null;
  const index = ctx.indexes.get(p.id);
  // The programme's entry is worded in its own terms (苍南县2017年民生实事：…).
  const own = programmeT(p);
  const count = index ? own('data.feed.programme.count', { n: index.projects.length }) : '';
  const link = absoluteUrl(ctx.siteBase, programmePath(p.id));
  return {
    id: programmeEntryId(ctx, p),
    title: p.title,
    updated,
    link,
    summary: own('data.feed.programme.summary', {
      jurisdiction: p.jurisdiction,
      year: p.year,
      count,
      holdings: holdingsPhrase(own, index ? programmeHoldings(index, ctx.content.milestones) : ['citations']),
    }),
  };
}

/**
 * Entry of a correction, linked to the project or programme it concerns (else the corrections
 * list). Its id is a tag URI (RFC 4151) made of the site's host ({@link PREVIEW_TAG_AUTHORITY} in a
 * preview), the correction date and its id, so it stays the same however the correction's wording changes.
 */
export function correctionEntry(ctx: OpenDataContext, c: Correction): FeedEntry {
  const project = c.programme && c.project ? ctx.indexes.get(c.programme)?.byId.get(c.project) : undefined;
  const programme = c.programme ? ctx.content.programmes.find((p) => p.id === c.programme) : undefined;
  const path = project && c.programme ? projectPath(c.programme, project.id) : programme ? programmePath(programme.id) : `${ABOUT_PATH}#corrections`;
  const about = project?.name ?? programme?.title ?? t('data.feed.correction.wholeSite');
  return {
    id: `tag:${tagAuthority(ctx)},${c.date}:correction/${c.id}`,
    title: t('data.feed.correction.title', { about }),
    updated: `${c.date}T00:00:00Z`,
    link: absoluteUrl(ctx.siteBase, path),
    summary: c.reportedBy ? t('data.feed.correction.reported', { summary: c.summary, reportedBy: c.reportedBy }) : c.summary,
  };
}

/** Every entry, newest first; ties broken by id so the order never depends on file order. */
export function feedEntries(ctx: OpenDataContext): FeedEntry[] {
  const programmes = ctx.content.programmes.map((p) => programmeEntry(ctx, p)).filter((e): e is FeedEntry => e !== null);
  const entries = [...programmes, ...ctx.content.corrections.map((c) => correctionEntry(ctx, c))];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** The feed document. Its `updated` is the data's last-updated date, or a later entry's ({@link UNDATED_FEED} with neither). */
export function atomFeed(ctx: OpenDataContext): string {
  const { site } = ctx.content;
  const entries = feedEntries(ctx);
  const updated =
    [ctx.updated.dateTime, ...entries.map((e) => e.updated)]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? UNDATED_FEED;
  const self = absoluteUrl(ctx.siteBase, FEED_PATH);
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${e(feedId(ctx))}</id>`,
    `  <title>${e(t('data.feed.title', { site: site.name }))}</title>`,
    `  <subtitle>${e(site.description)}</subtitle>`,
    `  <updated>${e(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(absoluteUrl(ctx.siteBase, ''))}"/>`,
    `  <link rel="related" type="text/html" href="${e(absoluteUrl(ctx.siteBase, DATA_PAGE_PATH))}"/>`,
    `  <author><name>${e(site.organiser ?? site.name)}</name></author>`,
    `  <rights>${e(t('data.feed.rights', { licence: site.dataLicence.name, url: site.dataLicence.url }))}</rights>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <summary>${e(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
