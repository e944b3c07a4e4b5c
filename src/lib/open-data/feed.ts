/**
 * The Atom feed (RFC 4287) of the site: one entry per programme published and one per correction,
 * newest first, so that readers and journalists learn of new data and of every fix.
 */
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
 * Date of a programme entry: its date of issue, or 1 January of its year when the notice states
 * none (a date Atom requires, derived from the content so that builds stay reproducible).
 */
export const programmeEntryDate = (p: Pick<Programme, 'issuedOn' | 'year'>) => `${p.issuedOn ?? `${p.year}-01-01`}T00:00:00Z`;

/** Entry of a programme. */
export function programmeEntry(ctx: OpenDataContext, p: Programme): FeedEntry {
  const index = ctx.indexes.get(p.id);
  const count = index ? t('data.feed.programme.count', { n: index.projects.length }) : '';
  const link = absoluteUrl(ctx.siteBase, programmePath(p.id));
  return {
    id: link,
    title: p.title,
    updated: programmeEntryDate(p),
    link,
    summary: t('data.feed.programme.summary', { jurisdiction: p.jurisdiction, year: p.year, count }),
  };
}

/**
 * Entry of a correction, linked to the project or programme it concerns (else the corrections
 * list). Its id is a tag URI (RFC 4151) made of the site's host, the correction date and its id, so
 * it stays the same however the correction's wording changes.
 */
export function correctionEntry(ctx: OpenDataContext, c: Correction): FeedEntry {
  const project = c.programme && c.project ? ctx.indexes.get(c.programme)?.byId.get(c.project) : undefined;
  const programme = c.programme ? ctx.content.programmes.find((p) => p.id === c.programme) : undefined;
  const path = project && c.programme ? projectPath(c.programme, project.id) : programme ? programmePath(programme.id) : `${ABOUT_PATH}#corrections`;
  const about = project?.name ?? programme?.title ?? t('data.feed.correction.wholeSite');
  return {
    id: `tag:${new URL(ctx.siteBase).hostname},${c.date}:correction/${c.id}`,
    title: t('data.feed.correction.title', { about }),
    updated: `${c.date}T00:00:00Z`,
    link: absoluteUrl(ctx.siteBase, path),
    summary: c.reportedBy ? t('data.feed.correction.reported', { summary: c.summary, reportedBy: c.reportedBy }) : c.summary,
  };
}

/** Every entry, newest first; ties broken by id so the order never depends on file order. */
export function feedEntries(ctx: OpenDataContext): FeedEntry[] {
  const entries = [...ctx.content.programmes.map((p) => programmeEntry(ctx, p)), ...ctx.content.corrections.map((c) => correctionEntry(ctx, c))];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** The feed document. Its `updated` is the data's last-updated date, or a later entry's. */
export function atomFeed(ctx: OpenDataContext): string {
  const { site } = ctx.content;
  const entries = feedEntries(ctx);
  const updated = [ctx.updated.dateTime, ...entries.map((e) => e.updated)].sort().at(-1)!;
  const self = absoluteUrl(ctx.siteBase, FEED_PATH);
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${e(self)}</id>`,
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
