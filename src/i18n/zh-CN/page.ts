/**
 * Wording of a programme's pages (src/pages/[programme]/…: overview, notice, project list and
 * filtered lists, project, standards, oversight) and of the history pages that follow a project
 * across programmes (src/pages/history/…). Keys are `page.<page>.<what>`; `page.source.*` is how
 * every page points to a paragraph of the notice.
 *
 * A page's name in its title and breadcrumb is its navigation label (`site.nav.*`), a programme's
 * name is `site.programmeYear` / `site.programmeName`, vocabulary labels are `vocab.*`, and the
 * words for what the source does not say are `vocab.notStated`: they are passed in, not repeated.
 * Values arrive formatted; years, months, counts and quantities are written as they are and arrive
 * as numbers, a citation's paragraph number as the citation gives it (text). A parameter the page renders as an element (a link, a <strong>, the
 * not-stated mark) is a slot (src/i18n/slots.ts). `programmeKind` (民生工程) is a term, filled in by
 * the translator.
 */
import { searchStatus } from './search-status.ts';
import { chineseDate, computedFigures } from './phrases.ts';

export const page = {
  // Pointing to the notice.
  /** The text of a link to one paragraph, e.g. 第 12 段. */
  'page.source.paragraph': (p: { n: string }) => `第 ${p.n} 段`,
  /** The same, naming the notice. */
  /** Column heading and fact label: where a fact is stated. */
  'page.source.heading': '出处',

  // A programme's overview.
  /** `programme` is the programme's name with its full jurisdiction (site.programmeName). */
  /** `holdings`: its projects and what else it holds (programme.holdings.list). */
  'page.programme.description': (p: { programme: string; holdings: string }) => `${p.programme}：${p.holdings}。`,
  /** Under the heading: where, which year, who issued the notice and its number if it has one. */
  'page.programme.facts': (p: { jurisdiction: string; year: number; issuer: string; number: string | null }) =>
    `${p.jurisdiction} · ${p.year}年 · 发文：${p.issuer}${p.number ? ` · ${p.number}` : ''}`,

  // The notice.
  /** `link` is a slot: the link to the original (`page.notice.sourceLink`) or `page.notice.noSourceUrl`. */
  'page.notice.intro': (p: { provenance: string; link: string }) => `来源：${p.provenance}。${p.link}。`,
  /** After the intro: how to read the paragraph links, which the search index leaves out with the links themselves. */
  'page.notice.paragraphNumbers': '每段末尾的“¶”加数字是段落编号（如“¶3”即第 3 段），点击可复制该段的链接，便于引用。',
  /** After `page.notice.paragraphNumbers`, when some project name in the text is linked. */
  'page.notice.namesLinked': '文中提到的项目名称链接到项目页面。',
  /** After `page.notice.paragraphNumbers`, when some item is followed by `page.notice.itemLink`. */
  'page.notice.itemsLinked': (p: { link: string }) => `各项之后的“${p.link}”链接到该项的页面。`,
  /** The link after an item's paragraph to its project's page (its purpose is clear from the paragraph it ends). */
  'page.notice.itemLink': '查看此项详情',
  'page.notice.sourceLink': '原文链接',
  /** Where the source's own address is not recorded: the site's gap, not the document's (a notice is not expected to state where it was posted). */
  'page.notice.noSourceUrl': '原发布网址：本站未记录',
  /**
   * Under the source line: the document's number and date as recorded. Where one is not recorded, the
   * site cannot tell whether the document lacks it or the transcription it has leaves out its
   * heading and signature, so it says only what it knows: the text it has does not state it.
   */
  'page.notice.document': (p: { number: string | null; issuedOn: string | null }) => {
    const missing = '本站所据文本未载明';
    if (p.number === null && p.issuedOn === null) return `文号、发文日期：${missing}。`;
    return `文号：${p.number ?? missing}；发文日期：${p.issuedOn ? chineseDate(p.issuedOn) : missing}。`;
  },
  /** Accessible name of a paragraph's own link, which copies its address. */
  'page.notice.paragraphLink': (p: { n: number }) => `第 ${p.n} 段的链接（点击复制）`,

  // The project list and the filtered lists.
  /** `programme` is site.programmeName. */
  'page.projects.heading': (p: { programme: string }) => `${p.programme}项目清单`,
  /** For a list whose source states no standings: nothing leaves it. */
  'page.projects.intro.plain': (p: { documentKind: string }) => `按${p.documentKind}顺序列出全部项目。`,
  'page.projects.intro': (p: { documentKind: string }) => `按${p.documentKind}顺序列出全部项目，包括本年退出、调整退出和已整合归并的项目。点击筛选条件可只看某一类项目。`,
  'page.projects.caption': '全部项目',
  'page.projects.charts': '图表',
  /** A filtered list's name in its title, e.g. 省级项目. */
  'page.facet.name': (p: { label: string }) => `${p.label}项目`,
  /** Its heading and breadcrumb, e.g. 层级：省级. */
  'page.facet.heading': (p: { facet: string; label: string }) => `${p.facet}：${p.label}`,
  'page.facet.caption': (p: { facet: string; label: string }) => `${p.facet}为“${p.label}”的项目`,
  /** Above a list that holds entries not carried out this year, each kind of them by its standing's label: 本页列出 30 项，其中本年实施 22 项；另 1 项退出实施、7 项已整合归并。 */
  'page.list.split': (p: { listed: number; implemented: number; departed: readonly { label: string; count: number }[] }) =>
    `本页列出 ${p.listed} 项，其中本年实施 ${p.implemented} 项；另 ${p.departed.map((d) => `${d.count} 项${d.label}`).join('、')}。`,

  /** A topic's or group's list (the site's editorial classification): its name in the title, e.g. 养老相关项目. */
  'page.classification.name': (p: { label: string }) => `${p.label}相关项目`,
  /** Its heading and breadcrumb, e.g. 主题：养老 / 适用人群：老年人. */
  'page.classification.heading.topic': (p: { label: string }) => `主题：${p.label}`,
  'page.classification.heading.group': (p: { label: string }) => `适用人群：${p.label}`,
  'page.classification.caption.topic': (p: { label: string }) => `本站归入主题“${p.label}”的项目`,
  'page.classification.caption.group': (p: { label: string }) => `本站归入人群“${p.label}”的项目`,
  'page.classification.description': (p: { programme: string; label: string; documentKind: string }) =>
    `${p.programme}中与“${p.label}”相关的项目（本站编辑分类，非${p.documentKind}原文）。`,

  // A project.
  /** What the source leaves unstated (a level, a standing) is left out. */
  'page.project.description': (p: { programme: string; project: string; level: string | null; standing: string | null }) => {
    const facts = [p.level, p.standing].filter((x) => x !== null);
    return `${p.programme}：${p.project}${facts.length ? `（${facts.join('，')}）` : ''}`;
  },
  /** Under the title of an item the source gives no separate name: the title is this site's. */
  'page.project.editorialName': '本站拟定标题：原文未单列项目名称，标题由本站根据原文拟定，原文见“项目内容”。',
  'page.project.fact.category': '所属类别',
  /** Title of the link to one of the project's data files. */
  'page.project.dataFile': (p: { format: string }) => `本项目数据（${p.format}）`,
  'page.project.fact.programme': '所属计划',
  /** The project's level, as a kind of programme, e.g. 省级民生工程. */
  'page.project.fact.levelValue': (p: { level: string; programmeKind: string }) => `${p.level}${p.programmeKind}`,
  'page.project.fact.description': '项目内容',
  'page.project.fact.responsibleBody': '责任单位',
  'page.project.fact.exitNote': '去向说明',
  'page.project.fact.history': '历年情况',
  'page.project.fact.historyLink': '查看本项目历年情况',
  'page.project.fact.aliases': (p: { documentKind: string }) => `${p.documentKind}中的其他名称`,
  'page.project.changes.heading': '本年变化',
  /** `notStated` is a slot, the not-stated mark. */
  'page.project.changes.none': (p: { notStated: string }) => `${p.notStated}本项目本年有任何变化。`,
  /** The bold lead of one change, e.g. 提标扩面：. */
  'page.project.changes.lead': (p: { label: string }) => `${p.label}：`,
  'page.project.changes.mergedFrom.label': '整合归并',
  /** `projects` is a slot, the links to the projects merged into this one. */
  'page.project.changes.mergedFrom': (p: { projects: string }) => `由${p.projects}并入本项目。`,
  /** `project` is a slot in this and the next two: a link to the other project. */
  'page.project.changes.mergedInto': (p: { project: string }) => `并入${p.project}。`,
  'page.project.changes.movedTo': (p: { project: string }) => `调整至${p.project}实施。`,
  'page.project.changes.movedIn.label': '调入',
  'page.project.changes.movedIn': (p: { project: string }) => `${p.project}调整至本项目实施。`,
  'page.project.standards.heading': '补助标准',
  'page.project.standards.none': (p: { notStated: string }) => `${p.notStated}本项目的补助标准。`,
  /** A project carried on by another that has the standards (src/lib/programme/project-page.ts `standardsAt`); `project` is the link. */
  'page.project.standards.at': (p: { project: string }) => `本项目本年不再单独实施，补助标准见${p.project}。`,
  'page.project.targets.heading': '量化目标',
  'page.project.targets.none': (p: { notStated: string }) => `${p.notStated}本项目的量化目标。`,
  /** One target, e.g. 2017年建成11个全民健身苑 (no year where the source gives none). */
  // The project's place in the site's editorial classification, and where to ask.
  'page.project.classification.topics': '主题：',
  'page.project.classification.groups': '适用人群：',
  'page.project.classification.note': (p: { documentKind: string }) => `（本站编辑分类，非${p.documentKind}原文）`,
  /** After a project's standing (继续实施): the glossary's plain-language explanation of it. */
  /** The glossary's words for a standing, beside it on a project page, marked as the site's. */
  'page.project.fact.standingMeaning': (p: { meaning: string }) => `（本站解释：${p.meaning.replace(/。$/, '')}）`,
  'page.project.help.heading': '如何咨询 / 办理',
  /** The units the source names under one role, e.g. 通知写明的牵头单位：市人社局、市民政局。 */
  'page.project.help.units': (p: { role: string; names: string; documentKind: string }) => `${p.documentKind}写明的${p.role}：${p.names}。`,
  'page.project.help.noResponsibleBody': (p: { documentKind: string }) => `${p.documentKind}未载明本项目的责任单位。`,
  'page.project.help.issuer': (p: { issuer: string; documentKind: string }) => `本${p.documentKind}由${p.issuer}发布。`,
  /**
   * `measure` is a slot: the link to the oversight measure the unit carries out, named as the source
   * names it. Built from the measure's record, not a quote, so it claims nothing the source does not
   * say: 通知中承担日常工作调度的单位：区民生办。 (the notice: 区民生办加强日常工作调度).
   */
  'page.project.help.coordinator': (p: { actor: string; measure: string; documentKind: string }) => `${p.documentKind}中承担${p.measure}的单位：${p.actor}。`,
  'page.project.help.channels': (p: { documentKind: string }) => `本站发布者提供的咨询与办理渠道（全站通用，并非${p.documentKind}所载）：`,
  'page.project.help.channel.hotline': (p: { text: string }) => `政务服务热线：${p.text}`,
  'page.project.help.channel.service': '网上办理：',
  'page.project.help.channel.contact': (p: { text: string }) => `主管部门咨询方式：${p.text}`,
  'page.project.help.none': '本站发布者尚未配置咨询渠道。',
  'page.project.cite.copy': '复制引用文字',
  'page.project.cite.copied': '已复制引用文字。',
  'page.project.cite.copyFailed': '未能复制，请手动选中上面的文字复制。',
  'page.project.sources.heading': '原文出处',
  'page.project.cite.heading': '引用本页',
  /** How to cite the page. */
  'page.project.cite.text': (p: { site: string; project: string; url: string; version: string; programme: string; paragraph: string }) =>
    `${p.site}.《${p.project}》. ${p.url}（数据版本：${p.version}；依据：${p.programme}，第 ${p.paragraph} 段）`,
  /** `json`, `csv` and `paragraph` are slots, the links to the data files and to the lead paragraph. */
  /** The page's own data files, named for what they are (their formats are explained on the data pages only). */
  'page.project.cite.downloads': (p: { json: string; csv: string; paragraph: string }) => `本项目数据下载：${p.csv} · ${p.json} · ${p.paragraph}`,
  'page.project.cite.csv': '表格文件',
  'page.project.cite.json': '机读数据文件',
  'page.project.cite.paragraphLink': '查看原文段落',
  /** Shown on paper instead of the links. */
  'page.project.cite.pageUrl': (p: { url: string }) => `本页网址：${p.url}`,
  /** The hidden search keywords, labelled because a search excerpt may quote them. */
  'page.project.keywords': (p: { words: string }) => `${searchStatus['search.keywords.lead']}${p.words}`,

  // The standards table.
  'page.standards.heading': '补助标准变化',
  /** `computed`: page.standards.computed. */
  'page.standards.intro': (p: { raised: string; notStated: string; computed: string; documentKind: string }) =>
    `“${p.raised}”项目的补助标准调整。金额单位按${p.documentKind}原文；${p.documentKind}未写明发放周期的，标注“${p.notStated}”。${p.computed}`,
  /** The intro of a programme none of whose projects has the raised change (no 提标扩面 to name). */
  'page.standards.introPlain': (p: { notStated: string; computed: string; documentKind: string }) =>
    `本年调整的补助标准。金额单位按${p.documentKind}原文；${p.documentKind}未写明发放周期的，标注“${p.notStated}”。${p.computed}`,
  /** After the intro: the change columns (their labels) are the site's arithmetic. */
  'page.standards.computed': (p: { absolute: string; percent: string; documentKind: string }) =>
    `“${p.absolute}”和“${p.percent}”两列由本站按新旧标准算出，${p.documentKind}未载明。`,
  'page.standards.amounts.label': '补助金额标准',
  'page.standards.amounts.caption': '补助金额标准（新标准在前，原标准在后）',
  'page.standards.column.standard': '标准',
  'page.standards.column.project': '所属项目',
  'page.standards.column.previous': '原标准',
  'page.standards.column.current': '新标准',
  'page.standards.column.period': '周期',
  'page.standards.column.absolute': '增加',
  'page.standards.column.percent': '增幅',
  'page.standards.column.fundingBasis': '资金性质',
  /** An amount with the year it applies to, where the source gives one, e.g. 800（2017年）. */
  /** An amount with its unit, e.g. 800元/人/月, and the year it applies to on its own line. */
  'page.standards.amount': (p: { value: number; unit: string }) => `${p.value}${p.unit}`,
  'page.standards.year': (p: { year: number }) => `（${p.year}年）`,
  /** Who pays, under the standard's name, so that 800元 never reads as a wage. */
  'page.standards.basis': (p: { basis: string }) => `（${p.basis}）`,
  'page.standards.period.month': '每月',
  'page.standards.period.year': '每年',
  'page.standards.coverage.heading': '覆盖范围扩大',
  'page.standards.coverage.label': '覆盖范围变化',
  'page.standards.coverage.caption': '覆盖范围变化（以文字表述）',
  'page.standards.column.content': '内容',
  'page.standards.column.currentCoverage': '调整后',
  'page.standards.column.previousCoverage': '调整前',

  // Deadlines and oversight.
  'page.oversight.heading': '时间节点与督查机制',
  /** Heading and accessible name of the deadlines table. */
  'page.oversight.milestones': '时间节点',
  'page.oversight.milestones.caption': (p: { year: number }) => `${p.year}年时间节点`,
  'page.oversight.column.when': '时限',
  'page.oversight.column.title': '要求',
  'page.oversight.column.appliesTo': '适用于',
  'page.oversight.mechanisms': '组织领导与督查机制',
  'page.oversight.fact.purpose': '作用',
  'page.oversight.fact.components': '组成',
  'page.oversight.fact.frequency': '频次',
  'page.oversight.fact.actor': '实施主体',
  /** How often, by the oversight vocabulary's unit: every (`count` >1) 旬 or month. */
  'page.oversight.frequency.xun': (p: { count: number }) => `每${p.count > 1 ? p.count : ''}旬（十天）一次`,
  'page.oversight.frequency.month': (p: { count: number }) => `每${p.count > 1 ? p.count : ''}月一次`,

  // A project across programmes, and the index of such projects.
  'page.history.title': (p: { project: string }) => `历年情况：${p.project}`,
  'page.history.intro': '同一项目在各年度计划中的情况，按地区和年份排列。',
  'page.history.label': '历年情况',
  'page.history.caption': (p: { project: string }) => `${p.project}：各年度情况`,
  'page.history.column.programme': '年度计划',
  'page.history.column.name': '名称',
  'page.history.column.standards': '补助标准',
  /** An amount standard in one year, e.g. 月补助标准：600→800 元/人/月（+33.3%，本站计算）; the percentage is the site's arithmetic. */
  'page.history.amount': (p: { name: string; previous: number; current: number; unit: string; percent: string | null }) =>
    `${p.name}：${p.previous}→${p.current} ${p.unit}${computedFigures(p.percent === null ? [] : [p.percent])}`,
  /** An amount stated with no previous value. */
  'page.history.amountOnly': (p: { name: string; current: number; unit: string }) => `${p.name}：${p.current} ${p.unit}`,
  'page.history.coverage': (p: { name: string; coverage: string }) => `${p.name}：${p.coverage}`,
  'page.historyIndex.none': '目前只有一个年度计划，暂无可对比的项目。',
  'page.historyIndex.caption': '出现在多个年度计划中的项目',
  'page.historyIndex.column.project': '项目',
  /** Label of one jurisdiction's table on a site of several, e.g. 庐阳区历年对比. */
  'page.historyIndex.sectionLabel': (p: { jurisdiction: string }) => `${p.jurisdiction}历年对比`,
  'page.historyIndex.sectionCaption': (p: { jurisdiction: string }) => `${p.jurisdiction}出现在多个年度计划中的项目`,
} as const;
