/**
 * What the search page's script (src/client/search.ts) writes into the status line while it
 * searches. The script imports this file alone, not the dictionary (which would ship every message
 * of the site to phones), so it must stay small and import nothing. The messages are merged into the
 * dictionary like any other area's, so a second locale words them too.
 *
 * `scripts/lib/bench/search-bytes.ts` reads the number of results from the status line with
 * `/找到 (\d+) 个/` (tests/client/search-status.test.ts holds the message to it).
 */

/** Appended to the outcome when the results are filtered. */
const filtered = (p: { filtered: boolean }) => (p.filtered ? '（已筛选）' : '');

export const searchStatus = {
  'search.status.loading': '正在加载搜索功能……',
  'search.status.failed': '搜索功能暂时无法加载，请稍后再试，或通过“项目清单”按层级和类别查找。',
  /** Results were found; `shown` is how many are listed when that is fewer than `total`, else null. */
  'search.status.found': (p: { total: string; q: string; filtered: boolean; shown: string | null }) =>
    `找到 ${p.total} 个与“${p.q}”相关的结果${filtered(p)}${p.shown !== null ? `，显示前 ${p.shown} 个` : ''}。`,
  /** The best results all lack a word of the query, holding only some of its characters (src/lib/search/whole-term.ts). */
  'search.status.partialOnly': (p: { q: string; filtered: boolean }) =>
    `没有找到含“${p.q}”的内容${filtered(p)}。下列结果只含其中的个别字，可能与您要找的无关；请换个说法，或按下方的分类查找。`,
  /** Under a result that lacks `terms`, words of the query. */
  'search.result.partial': (p: { terms: readonly string[] }) => `此页不含“${p.terms.join('”“')}”，只含其中的个别字。`,
  /** What a search excerpt shows where Pagefind joined two elements of a page with ". " (src/client/search-excerpt.ts). */
  'search.excerpt.fullStop': '。',
  /** Where Pagefind cut the page's text before or after an excerpt. */
  'search.excerpt.ellipsis': '…',
  /**
   * The lead of a project page's hidden search words (相关词：降压药 降糖药 …; page.project.keywords
   * is written with it), by which a result whose excerpt runs into them is told, to show the page's
   * summary instead (src/client/search-excerpt.ts).
   */
  'search.keywords.lead': '相关词：',
  'search.status.none': (p: { q: string; filtered: boolean }) => `没有找到与“${p.q}”相关的内容${filtered(p)}。请换个说法，或减少筛选条件。`,
} as const;
