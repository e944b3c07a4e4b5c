/**
 * Wording of site search: the header's search box (BaseLayout.astro), the search page
 * (src/pages/search.astro) and its filters. What the browser script writes while it searches is in
 * search-status.ts, the one part of this area a script imports.
 */
export const search = {
  /** Site-search types (the route table's codes, src/lib/site/routes.ts), as the type filter shows them. */
  'search.type.project': '项目',
  'search.type.notice': (p: { documentKind: string }) => `${p.documentKind}原文`,
  'search.type.standards': '补助标准',
  'search.type.oversight': '时间节点与督查',
  'search.type.history': '历年对比',
  'search.type.data': '开放数据',
  'search.type.about': '关于与方法',

  // The search box in every page's header.
  'search.box.label': '站内搜索',
  'search.box.inputLabel': '搜索项目',
  /** Example words that find something (src/lib/search/examples.ts), as the search labels quote them. */
  'search.examples': (p: { words: readonly string[] }) => p.words.map((word) => `“${word}”`).join(''),
  /** `example`: a word that finds something in the programme being read (src/lib/search/examples.ts), if any does. */
  'search.box.placeholder': (p: { example: string | undefined }) => (p.example ? `搜索，如：${p.example}` : '搜索项目名称或关键词'),
  /** The submit button of every search form (header, home page, search page). */
  'search.box.submit': '搜索',
  /** Shown instead of the search box when scripts are off: a link to the current project list. */
  'search.box.noScript': '浏览器未启用脚本，搜索不可用：请浏览项目清单',

  // The search page.
  'search.page.title': '搜索',
  'search.page.formLabel': '搜索本站内容',
  /** `examples`: as the home page's search label's. */
  'search.page.inputLabel': (p: { examples: string }) => (p.examples ? `输入您关心的内容，如${p.examples}：` : '输入您关心的内容：'),
  'search.page.filters': '筛选结果',
  /** The first option of every filter: no filter. */
  'search.page.filterAll': '全部',
  /** The filters, by Pagefind filter key (src/client/search-state.ts). */
  'search.filter.type': '页面类型',
  'search.filter.level': '层级',
  'search.filter.standing': '本年情况',
  'search.filter.change': '本年变化',
  /** Between the labels of one level where programmes word it differently (区级 / 县级). */
  'search.filter.labelSeparator': ' / ',
  /**
   * What the page says where scripts are off (the script hides it). `projects` is a slot: a link to
   * the current project list (`search.page.allProjects`), or the list's name without a link
   * when there is no programme yet.
   */
  'search.page.noScript': (p: { projects: string }) =>
    `您的浏览器关闭了网页脚本功能，站内搜索无法使用：无论从本页还是页头搜索框提交，都只会显示这段说明。请浏览${p.projects}，或按下方的主题、人群查找。`,
  'search.page.allProjects': '全部项目清单',
  /** Before the ways on that the search page offers when a search finds nothing, or before any search. */
  'search.page.suggestions': '找不到想要的内容？可以按主题或按人群浏览，或查看全部项目清单。',
  'search.page.more': '显示更多结果',
  /**
   * The scope of a search: which years and programmes it covers. The search index is split by
   * programme (scripts/lib/post-build/pagefind.ts), and only the parts in scope are downloaded.
   */
  'search.scope.year': '年度',
  'search.scope.yearAll': '全部年度',
  'search.scope.yearOption': (p: { year: number }) => `${p.year}年`,
  'search.scope.programme': (p: { programmeKind: string }) => p.programmeKind,
  'search.scope.programmeAll': (p: { programmeKind: string }) => `全部${p.programmeKind}`,
  /** A programme in the scope list and in each of its results: its title and year. */

  // The portal over several separately built sites (scripts/shards/merge.ts): its home and search page.
  'search.portal.title': '民生工程公开数据门户',
  'search.portal.intro': '本门户汇集以下各站点的民生工程清单，每个站点单独构建、单独发布。',
  'search.portal.sites': '各站点',
  'search.portal.search': '搜索全部站点',
  'search.portal.searchPage': '搜索全部站点',
  'search.portal.inputLabel': '输入您关心的内容，将在全部站点中搜索：',
  'search.portal.data': '汇总数据包（datapackage.json）',
  /** A table of one site in the portal's data package, e.g. 庐阳区：补助标准. */
  'search.portal.resourceTitle': (p: { site: string; title: string }) => `${p.site}：${p.title}`,
  'search.portal.noScript': '站内搜索需要浏览器启用 JavaScript；请进入各站点浏览项目清单。',
  'search.portal.loading': '正在加载搜索功能……',
  'search.portal.failed': '搜索功能暂时无法加载，请稍后再试。',
  'search.portal.none': (p: { q: string }) => `没有找到与“${p.q}”相关的内容。`,
  /** Sites whose search index did not load: the results leave them out. */
  'search.portal.unavailable': (p: { sites: string }) => `以下站点的搜索暂时无法加载，结果中没有它们的内容：${p.sites}。`,
  'search.portal.home': '返回门户首页',
  /** The best results all lack a word of the query (src/lib/search/whole-term.ts); the portal has no categories to point to. */
  'search.portal.partialOnly': (p: { q: string }) => `没有找到含“${p.q}”的内容。下列结果只含其中的个别字，可能与您要找的无关；请换个说法，或进入各站点按分类查找。`,
} as const;
