/**
 * Wording of the page frame (src/layouts/BaseLayout.astro: header, navigation, breadcrumbs,
 * footer), of the site-wide pages (home, about, not found, the history pages) and of what every
 * page says the same way: how a programme is named, how a page's title is put together, the
 * government-site column names.
 *
 * Values arrive formatted; years are written as they are and arrive as numbers. A parameter the
 * page renders as an element (a link, a <time>) is a slot (src/i18n/slots.ts): the sentence stays
 * one message and the element goes where the message places it. `programmeKind` (民生工程) is a
 * term, filled in by the translator.
 */

/** A programme as the site names it in short: its place and year, e.g. 庐阳区2017年. */
const programmeYear = (p: { place: string; year: number }) => `${p.place}${p.year}年`;

export const site = {
  // The frame.
  /** The document title of every page but the home page: the page's own title, then the site's name. */
  'site.title': (p: { page: string; site: string }) => `${p.page} - ${p.site}`,
  /** The meta description of a page that has none of its own: its title, then the site's description. */
  'site.description': (p: { page: string; site: string }) => `${p.page}。${p.site}`,
  /** Title of the Atom feed's alternate link. */
  'site.skipLink': '跳到正文',
  /** The 适老化 toggle (a checkbox that works without JavaScript; public/js/page.js remembers it). */
  'site.readingMode': '大字模式',
  /** The toggle's visible state, beside its name. */
  'site.readingMode.on': '已开',
  'site.readingMode.off': '未开',
  /** The header's place and time on a programme's pages: its full jurisdiction and its year. */
  'site.identity.programme': (p: { place: string; year: number }) => `${p.place} · ${p.year}年`,
  /** The header's place and time elsewhere: the site's jurisdiction (if one) and the newest programme's year. */
  'site.identity.site': (p: { place: string; year: number }) => `${p.place} · 最新为${p.year}年`,
  'site.identity.siteYearOnly': (p: { year: number }) => `最新为${p.year}年`,
  /** The banner of a past year's programme: `link` is a slot, the link to its jurisdiction's newest programme. */
  'site.pastYear.text': (p: { year: number; newest: number; link: string }) => `这是${p.year}年的计划，不是最新的。最新的是${p.newest}年的计划：${p.link}。`,
  'site.pastYear.link': (p: { name: string }) => p.name,
  /** The banner of a build without a published address (no SITE_URL, no `url` in site.yaml). */
  'site.preview.text': '本站为预览版：尚未配置正式网址，页面和数据文件中的链接只写站内地址，内容仅供核对，请以政府正式发布的网站为准。',
  'site.preview.label': '预览版提示',
  // Every page of a programme that is not yet published as final says so (programme.yaml `status`).
  'site.status.draft.label': '草稿',
  'site.status.draft.text': '：本清单仍在录入中，项目与合计数尚未全部核对，请以政府正式发布的原文为准。',
  'site.status.consultation.label': '征求意见稿',
  'site.status.consultation.text': '：本清单为征求意见稿，项目尚未最终确定，请以正式发布的文件为准。',
  'site.pastYear.label': '年份提示',
  'site.nav.label': '主导航',
  /** Above a table wider than the screen, while it is (public/js/page.js): its other columns are a swipe away. */
  'site.table.scrollHint': '表格较宽，可左右滑动查看其余各列。',
  /** Above a chart's drawing wider than the screen (in 大字模式 on a phone), while it is. */
  'site.chart.scrollHint': '图表较宽，可左右滑动查看全图。',
  /** The button that opens the navigation on a phone, where it is folded away (public/js/page.js). */
  'site.nav.toggle': '菜单',
  /**
   * Each page of the main navigation by its route key (src/lib/site/routes.ts): the link's label,
   * and the page's name wherever a breadcrumb, a title or a heading names that page.
   */
  'site.nav.home': '首页',
  'site.nav.projects': '项目清单',
  'site.nav.standards': '补助标准',
  'site.nav.notice': (p: { documentKind: string }) => `${p.documentKind}原文`,
  'site.nav.oversight': '时间节点与督查',
  'site.nav.data': '开放数据',
  'site.nav.historyIndex': '历年对比',
  'site.nav.about': '关于与方法',
  'site.breadcrumbs.label': '面包屑导航',
  'site.footer.label': '页脚导航',
  /** The footer's link to the about page's section, and that section's heading. */
  'site.reportError': '报告错误',
  'site.footer.licence': (p: { licence: string }) => `数据许可：${p.licence}`,
  'site.footer.organiser': (p: { organiser: string }) => `主办单位：${p.organiser}`,
  'site.footer.siteIdCode': (p: { code: string }) => `政府网站标识码：${p.code}`,
  'site.footer.contact': (p: { contact: string }) => `联系方式：${p.contact}`,
  'site.footer.note': (p: { programmeKind: string; documentKind: string }) =>
    `本站内容整理自政府公开发布的${p.programmeKind}${p.documentKind}：取自原文的每项数据均注明原文出处，本站的归纳、计算和分类另有标注。`,

  // How the site names a programme (breadcrumbs, titles, table headings).
  'site.programmeYear': programmeYear,
  /** A programme named with its kind, e.g. 庐阳区2017年民生工程 (`place` is the short or the full jurisdiction). */
  'site.programmeName': (p: { place: string; year: number; programmeKind: string }) => `${programmeYear(p)}${p.programmeKind}`,
  /** The title of one of a programme's pages: the page's name, then the programme's. */
  'site.programmePageTitle': (p: { page: string; programme: string }) => `${p.page} - ${p.programme}`,

  // Government-site column names (the ColumnName and ColumnType meta tags).
  'site.column.home': '首页',
  'site.column.about': '关于',
  'site.column.search': '搜索',
  'site.column.programme': (p: { programmeKind: string }) => p.programmeKind,
  'site.column.projects': '项目清单',
  'site.column.standards': '补助标准',
  'site.column.notice': (p: { documentKind: string }) => `${p.documentKind}原文`,
  'site.column.oversight': '督查考核',
  'site.column.history': '历年对比',
  /** The column type of a project page. */
  'site.columnType.project': (p: { programmeKind: string }) => p.programmeKind,

  // The home page.
  /** `examples`: `search.examples` of the newest programme's example words, empty when it has none. */
  'site.home.search.label': (p: { examples: string }) => (p.examples ? `搜索与您相关的民生项目（如${p.examples}）：` : '搜索与您相关的民生项目：'),
  'site.home.programmeLink': '进入本年度专题',
  'site.home.allProgrammes': '全部年度计划',
  /** The home page of a site serving several jurisdictions: the choice of jurisdiction, each with its programmes by year. */
  'site.home.chooseJurisdiction': '选择地区',
  // Site-wide pages (about, search, data) of programmes that word themselves differently use neutral terms (src/lib/programme/wording.ts siteTerms).
  /** What the lists are called where the programmes call them differently (民生工程, 民生实事 …). */
  'site.terms.mixed.programmeKind': '民生项目',
  /** What the source documents are where they are of different types (通知, 公告 …). */
  'site.terms.mixed.documentKind': '公布文件',
  /** Between the jurisdictions' short names that stand for the local area where the programmes name it differently. */
  'site.terms.mixed.placeSeparator': '、',
  /** The local area of a site without programmes. */
  'site.terms.mixed.localArea': '本地',
  'site.home.chooseJurisdiction.intro': '本站公开多个地区的年度计划。请选择地区，再选择年份：',

  // The not-found page.
  'site.notFound.title': '页面未找到',
  /** `home` and `search` are slots, the links to those pages. */
  'site.notFound.text': (p: { home: string; search: string }) => `您访问的页面不存在或已移动。请返回${p.home}，或使用${p.search}。`,
  'site.notFound.searchLink': '站内搜索',

  // The about page.
  'site.about.heading': '关于本站与数据方法',
  'site.about.sources.heading': '数据来源',
  /** One programme: `programme` and `notice` are slots, the links to its overview and to its notice. */
  'site.about.sources.programme': (p: { programme: string; notice: string }) => `${p.programme}（${p.notice}）`,
  /** What follows a programme that names the documents it implements (`basis`, their titles and numbers). */
  'site.about.sources.basis': (p: { basis: string }) => `；依据文件：${p.basis}`,
  'site.about.sources.noticeLink': '原文',
  /** A document the programme implements, by title and number. */
  'site.about.method.heading': '数据如何整理',
  /**
   * How the data is made. `example` is `site.about.method.totalsExample` (or `…All`), worded from a
   * programme's own stated totals (src/lib/site/method.ts), or empty for a site without programmes.
   */
  'site.about.method.text': (p: { documentKind: string; example: string }) =>
    `本站逐段录入${p.documentKind}原文，每段有固定编号（第 N 段）。每个项目，以及原文载有的补助标准、量化目标、时间节点和督查措施，都注明出处段落，并摘录原文语句；构建网站时程序会核对每条摘录是否与原文逐字一致，并核对逐项录入的项目数与${p.documentKind}载明的合计数${p.example}是否一致，不一致则网站不会发布。`,
  /** The example of stated totals: by level (`levels`, e.g. 省级 22 项、市级 7 项) and in all. */
  'site.about.method.totalsExample': (p: { levels: string; all: string }) => `（如${p.levels}，共 ${p.all} 项）`,
  /** The example where the source states only the total. */
  'site.about.method.totalsExampleAll': (p: { all: string }) => `（如共 ${p.all} 项）`,
  /** One level's stated total in the example, e.g. 省级 22 项. */
  'site.about.method.totalsExampleLevel': (p: { level: string; n: string }) => `${p.level} ${p.n} 项`,
  'site.about.method.totalsExampleSeparator': '、',
  'site.about.method.notStated': (p: { notStated: string; documentKind: string }) => `${p.documentKind}没有写明的内容（如责任单位），本站一律标注“${p.notStated}”，不作推测。`,
  'site.about.glossary.heading': '名词解释',
  /** Under the heading: whose words the explanations are. */
  'site.about.glossary.note': '以下解释是本站为便于理解所写，不是所据文件的原文；各项目的具体内容以原文为准。',
  'site.about.licence.heading': '数据许可',
  /** `licence` is a slot, the link to the licence. */
  'site.about.licence.text': (p: { licence: string }) => `本站整理的数据以 ${p.licence} 发布，使用时请注明来源及原文出处。`,
  'site.about.reportError.contact': (p: { contact: string }) => `如发现数据与原文不符，请联系：${p.contact}，并注明页面网址和原文段落编号。`,
  'site.about.corrections.heading': '更正记录',
  'site.about.corrections.none': '暂无更正。',
  /** One correction: `date` is a slot, the date as a <time>. */
  'site.about.corrections.item': (p: { date: string; summary: string }) => `${p.date}：${p.summary}`,
} as const;
