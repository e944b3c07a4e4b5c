/**
 * Wording of a programme's components (src/components: the overview, the project table, the facet
 * links, a standard in words, the quoted sources) and of the derivations behind them
 * (src/lib/programme). Keys are `programme.<component>.<what>`; `programme.facet.*` names the
 * dimensions the project list is filtered and tabulated by.
 *
 * Values arrive formatted. A parameter the component renders as an element (a link, a <strong>, a
 * counter a script updates) is a slot (src/i18n/slots.ts): the sentence stays one message and the
 * element is put where the message places it. `programmeKind` (民生工程) is a term, filled in by
 * the translator.
 */
import { computedFigures, listPhrase } from './phrases.ts';

export const programme = {
  // The dimensions of the project list (facets.ts), also the table's column headings.
  'programme.facet.level': '层级',
  'programme.facet.standing': '本年情况',
  'programme.facet.change': '变化',

  // Filter links above the project list (FacetLinks.astro).
  'programme.facets.label': '筛选项目',
  'programme.facets.all': '全部项目',
  /** Before the values of one dimension. */
  'programme.facets.heading': (p: { facet: string }) => `${p.facet}：`,
  /** One value with how many projects carry it. */
  'programme.facets.value': (p: { label: string; n: string }) => `${p.label}（${p.n}）`,

  // Finding projects by topic and by who one is (ClassificationLinks.astro): the site's editorial classification.
  'programme.classification.heading': '按主题和人群查找',
  'programme.classification.topics': '按主题',
  'programme.classification.groups': '按人群（我是……）',
  /** Said wherever the classification is shown: it is the site's, not the notice's. */
  'programme.classification.editorial': (p: { documentKind: string }) =>
    `本站编辑分类，非${p.documentKind}原文：依各项目名称与描述归类，只为方便查找；项目内容以${p.documentKind}原文为准。`,
  'programme.classification.all': '看全部项目',
  /** One code with how many projects carry it. */
  'programme.classification.value': (p: { label: string; n: string }) => `${p.label}（${p.n}项）`,

  // A programme at a glance (ProgrammeOverview.astro).
  'programme.overview.heading.headline': (p: { headline: string; programmeKind: string }) => `一图看懂：“${p.headline}”项${p.programmeKind}`,
  /** Under the heading: what each number of the headline counts (editorial: the notice gives the figure, not its sum). */
  'programme.overview.headline.explained': (p: { headline: string; parts: string; paragraphs: string }) =>
    `标题中的“${p.headline}”：${p.parts}（本站据通知第 ${p.paragraphs} 段归纳，非通知原文）。`,
  /** One number of the headline: one level's count, or the sum of several. */
  'programme.overview.headline.part': (p: { count: number; levels: string; only: string | null }) => (p.only ? `${p.count}项为${p.only}项目` : `${p.count}项为${p.levels}之和`),
  'programme.overview.headline.level': (p: { level: string; n: number }) => `${p.level}${p.n}项`,
  // What a programme holds, in its short descriptions (src/lib/programme/holdings.ts).
  'programme.holdings.projects': '项目',
  'programme.holdings.standards': '补助标准',
  'programme.holdings.milestones': '时间节点',
  'programme.holdings.citations': '原文出处',
  /** 补助标准、时间节点与原文出处; a single item alone. */
  'programme.holdings.list': (p: { items: readonly string[] }) => listPhrase(p.items),
  /** Between the levels summed in one number: 省级22项与市级7项. */
  'programme.overview.headline.and': '与',
  /** The heading when the notice gives no headline: the number of projects carried out. */
  'programme.overview.heading.count': (p: { n: string; programmeKind: string }) => `一图看懂：${p.n}项${p.programmeKind}`,
  'programme.overview.implemented': '本年实施项目',
  /** The count of a list that states no standing: its items, without saying they are carried out. */
  'programme.overview.listed': '本年所列项目',
  'programme.overview.levelProjects': (p: { level: string }) => `${p.level}项目`,
  /** How many projects the level's government decided, where that differs from those carried out. */
  'programme.overview.decided.provincial': (p: { n: string }) => `（省定 ${p.n} 项）`,
  'programme.overview.decided.municipal': (p: { n: string }) => `（市定 ${p.n} 项）`,
  'programme.overview.decided.district': (p: { n: string }) => `（区定 ${p.n} 项）`,
  'programme.overview.tally.label': '按层级和本年情况统计',
  'programme.overview.tally.caption': '按层级和本年情况统计项目数',
  'programme.overview.tally.total': '本年实施合计',
  /** Under the table: what the total counts (`standings` already listed). */
  'programme.overview.tally.note': (p: { total: string; standings: string }) => `“${p.total}”包括${p.standings}的项目；退出、调整退出和已整合归并的项目单独列出，便于查找去向。`,
  'programme.overview.raised.heading': '提标扩面：补助标准变化',
  /** One raised standard with the project it belongs to (both slots). */
  'programme.overview.raised.item': (p: { standard: string; project: string }) => `${p.standard}（${p.project}）`,
  'programme.overview.raised.all': '查看全部补助标准',
  'programme.overview.deadlines.heading': '时间节点',
  'programme.overview.links.oversight': '时间节点与督查机制',
  'programme.overview.links.notice': (p: { documentKind: string }) => `阅读${p.documentKind}原文`,
  'programme.overview.links.projects': '全部项目清单',
  /** Between the overview's closing links. */
  'programme.overview.links.separator': ' · ',

  // The project list as a table (ProjectTable.astro).
  /** The table's caption, with the number of projects shown (slot `n`, which the filter script updates). */
  'programme.table.caption': (p: { caption: string; n: string }) => `${p.caption}（共 ${p.n} 项）`,
  'programme.table.name': '项目名称',
  'programme.table.standards': '补助标准',
  /** On the project that others were merged into (由A、B并入), never to be read as this one merged into them. */
  'programme.table.mergedFrom': (p: { names: string }) => `由${p.names}并入`,
  'programme.table.mergedInto': (p: { name: string }) => `并入“${p.name}”`,
  'programme.table.movedTo': (p: { name: string }) => `调整至“${p.name}”`,
  /**
   * An amount standard in a cell: old → new, unit and percentage change, which is the site's
   * arithmetic and says so; no percentage where there is none (a change from 0).
   */
  'programme.table.amount': (p: { previous: string; current: string; unit: string; percent: string | null }) =>
    `${p.previous}→${p.current} ${p.unit}${computedFigures(p.percent === null ? [] : [p.percent])}`,
  'programme.table.coverage': '扩大覆盖范围',
  /** A category heading of the list, with the count its heading states: 促进就业（3项）. */
  'programme.table.category': (p: { name: string; count: number | null }) => `${p.name}${p.count === null ? '' : `（${p.count}项）`}`,
  /** An amount stated with no previous value (按1500元/人标准发放). */
  'programme.table.amountOnly': (p: { current: string; unit: string }) => `${p.current} ${p.unit}`,

  // One standard in words (StandardValue.astro).
  /** An amount standard (slot `name`): old → new with unit, absolute and percentage change. */
  /** The change and its percentage are the site's arithmetic, not the notice's words: said so. */
  'programme.standard.amount': (p: { name: string; previous: string; current: string; unit: string; change: string; percent: string }) =>
    `${p.name}：${p.previous} → ${p.current} ${p.unit}${computedFigures([p.change, p.percent])}。`,
  /** An amount stated with no previous value, e.g. 求职创业补贴：1500 元/人。 */
  'programme.standard.amountOnly': (p: { name: string; current: string; unit: string }) => `${p.name}：${p.current} ${p.unit}。`,
  /** A value with the year it applies to. */
  'programme.standard.inYear': (p: { year: string; value: string }) => `${p.year}年${p.value}`,
  /** How often it is paid (shown when the notice does not say, with the not-stated wording as slot). */
  'programme.standard.period': (p: { period: string }) => `发放周期：${p.period}。`,
  'programme.standard.fundingBasis': (p: { basis: string }) => `资金性质：${p.basis}。`,
  /** A coverage standard (slots `name` and `previous`, the latter possibly the not-stated wording). */
  'programme.standard.coverage': (p: { name: string; current: string; previous: string }) => `${p.name}：${p.current}（调整前范围：${p.previous}）。`,

  // Quoted source paragraphs (Citations.astro).
  /** Under a quote, before the link to its paragraph (slot `link`). */
  'programme.citations.source': (p: { link: string }) => `出处：${p.link}`,
  'programme.citations.paragraph': (p: { n: string; documentKind: string }) => `${p.documentKind}原文第 ${p.n} 段`,
} as const;
