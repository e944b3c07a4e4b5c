/**
 * Which built pages site search indexes, and under which "type" filter label. Decided from the
 * page's path alone, so the indexer needs no cooperation from each page template and the search
 * page can list the same labels as filter options.
 */

/** Type labels as visitors see them in the search filter, in display order. */
export const SEARCH_PAGE_TYPES = ['项目', '通知原文', '补助标准', '时间节点与督查', '历年对比', '开放数据', '关于与方法', '其他页面'] as const;
export type SearchPageType = (typeof SEARCH_PAGE_TYPES)[number];

/** Label of every project page; the search page uses it for "projects only". */
export const PROJECT_PAGE_TYPE: SearchPageType = '项目';

/**
 * Pages that list every project (home, a programme's overview, its project list, the data
 * catalogue and each programme's data page, the history index) are not indexed: they only repeat the project pages, outrank the
 * very page a visitor is looking for, and their large fragments would be downloaded by most searches.
 */
const SITE_PAGES: Readonly<Record<string, SearchPageType | null>> = {
  '': null,
  'about/': '关于与方法',
  'data/': null,
  'history/': null,
};

/** Per-programme pages by their path below the programme folder. */
const PROGRAMME_PAGES: Readonly<Record<string, SearchPageType | null>> = {
  '': null,
  'projects/': null,
  'notice/': '通知原文',
  'standards/': '补助标准',
  'oversight/': '时间节点与督查',
};

/**
 * Type label of a built page, given its path relative to the base (`luyang-2017/notice/`; `` is
 * the home page) and the ids of the programmes built; `null` when the page is deliberately left
 * out of the index. Pages not known here are indexed as 其他页面 rather than silently dropped.
 */
export function searchPageType(path: string, programmeIds: ReadonlySet<string>): SearchPageType | null {
  if (path in SITE_PAGES) return SITE_PAGES[path] ?? null;
  // A programme's data page lists every project of it, like the data catalogue.
  const dataPage = /^data\/([^/]+)\/$/.exec(path);
  if (dataPage && programmeIds.has(dataPage[1]!)) return null;
  if (path.startsWith('data/')) return '开放数据';
  if (/^history\/[^/]+\/$/.test(path)) return '历年对比';
  const slash = path.indexOf('/');
  const first = path.slice(0, slash);
  if (slash < 0 || !programmeIds.has(first)) return '其他页面';
  const rest = path.slice(slash + 1);
  if (rest in PROGRAMME_PAGES) return PROGRAMME_PAGES[rest] ?? null;
  // A project page; facet lists below projects/<kind>/<value>/ are noindex pages anyway.
  if (/^projects\/[^/]+\/$/.test(rest)) return PROJECT_PAGE_TYPE;
  return '其他页面';
}
