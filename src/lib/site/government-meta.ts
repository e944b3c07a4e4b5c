import type { SiteConfig } from '../../schemas/site.ts';

/** Inputs for the government-site meta tags of one page. */
export interface GovernmentMetaInput {
  site: SiteConfig;
  /** SITE_URL as configured for the build, or null when not configured. */
  siteUrl: string | null;
  articleTitle: string;
  column: string | null;
  columnType: string | null;
  pubDate: string | null;
  contentSource: string | null;
}

/**
 * The `<meta name="SiteName|SiteDomain|SiteIDCode|ColumnName|ColumnType|ArticleTitle|PubDate|ContentSource">`
 * tags Chinese government sites carry. A tag whose value is not configured is left out, never faked.
 */
export function governmentMeta(input: GovernmentMetaInput): { name: string; content: string }[] {
  const domain = input.siteUrl ? new URL(input.siteUrl).host : null;
  const pairs: [string, string | null][] = [
    ['SiteName', input.site.name],
    ['SiteDomain', domain],
    ['SiteIDCode', input.site.siteIdCode],
    ['ColumnName', input.column],
    ['ColumnType', input.columnType],
    ['ArticleTitle', input.articleTitle],
    ['PubDate', input.pubDate],
    ['ContentSource', input.contentSource],
  ];
  return pairs.filter((p): p is [string, string] => p[1] !== null && p[1] !== '').map(([name, content]) => ({ name, content }));
}
