/**
 * Wording of the charts (src/charts, src/lib/charts) and of the figure around them: titles, labels,
 * tooltips, summaries, table headings and the messages of invalid chart data.
 *
 * Keys are `chart.<chart>.<what>`, with the chart names of the catalogue (levels, funnel, standards,
 * calendar, lineage); `chart.common.*` is shared by every chart and `chart.figure.*` is the figure
 * on the page. Values arrive formatted (the chart code formats numbers, a message only places them);
 * numbers that are written as they are (months, years, counts of ticks) arrive as numbers.
 * `localArea` (本区) and `programmeKind` (民生工程) are terms, filled in by the translator.
 */
export const chart = {
  // Shared by every chart.
  'chart.common.noData': '暂无数据',
  /** The summary of a chart: its title, then what it shows. */
  'chart.common.summary': (p: { title: string; text: string }) => `${p.title}：${p.text}。`,
  /** Between the items of one summary (levels, standards, flows …). */
  'chart.common.listSeparator': '；',
  /** Between the parts of one sentence. */
  'chart.common.phraseSeparator': '，',
  /** Between the names of an enumeration. */
  'chart.common.enumerationSeparator': '、',
  /** Between whole sentences. */
  'chart.common.sentenceSeparator': '。',
  'chart.common.count': (p: { n: string }) => `${p.n}项`,
  /** A count named in running text, e.g. 退出实施1项. */
  'chart.common.namedCount': (p: { name: string; n: string }) => `${p.name}${p.n}项`,
  /** A count named in a label beside a bar, e.g. 退出实施 1项. */
  'chart.common.countLabel': (p: { name: string; n: string }) => `${p.name} ${p.n}项`,
  /** Tooltip of one part of a bar, e.g. 省级 · 退出实施：1项. */
  'chart.common.partTooltip': (p: { whole: string; part: string; n: string }) => `${p.whole} · ${p.part}：${p.n}项`,
  'chart.common.levelHeading': '层级',
  'chart.common.error.coordinate': (p: { value: string }) => `图表坐标不是有限数：${p.value}`,
  'chart.common.error.value': (p: { value: string }) => `数值不是有限数：${p.value}`,
  'chart.common.error.count': (p: { what: string; value: string }) => `${p.what}应为非负有限数，实际为：${p.value}`,
  'chart.common.error.colour': (p: { value: string }) => `颜色格式应为 #rrggbb：${p.value}`,

  // Projects per level by standing (levelStandingBars).
  'chart.levels.title': (p: { programmeKind: string }) => `各级${p.programmeKind}项目按实施情况分布`,
  /** Figure caption on the programme's pages. */
  'chart.levels.caption': '各层级项目数（按本年情况）',
  /** Table column of the projects carried out (the cards' count) … */
  'chart.levels.countedHeading': (p: { localArea: string }) => `${p.localArea}实施`,
  /** … and of every entry of the level, the length of its bar. */
  'chart.levels.totalHeading': '全部条目（含退出、已整合归并）',
  'chart.levels.total': (p: { n: string }) => `共${p.n}项`,
  /** Heading above a level's bar: the projects carried out (the number on the cards above the chart). */
  'chart.levels.heading': (p: { level: string; n: string; localArea: string }) => `${p.level}：${p.localArea}实施${p.n}项`,
  /** The same, when the bar also holds projects not carried out this year (named, with their count). */
  'chart.levels.heading.others': (p: { level: string; n: string; others: string; m: string; localArea: string }) =>
    `${p.level}：${p.localArea}实施${p.n}项；条中另含${p.others}的${p.m}项`,
  /** What an invalid count is, in an error message. */
  'chart.levels.segmentCount': (p: { level: string; standing: string }) => `${p.level}·${p.standing}的项目数`,
  /** One level in the summary, with its standings (already listed) if any. */
  'chart.levels.summary.row': (p: { heading: string; detail: string }) => `${p.heading}${p.detail ? `（${p.detail}）` : ''}`,

  // Decided vs carried out (decisionFunnel).
  'chart.funnel.title': (p: { localArea: string }) => `确定实施与${p.localArea}实施的项目数`,
  'chart.funnel.caption': (p: { localArea: string }) => `上级确定与${p.localArea}实施的项目数`,
  'chart.funnel.decided': '确定实施',
  'chart.funnel.implemented': (p: { localArea: string }) => `${p.localArea}实施`,
  /** The part of the gap the notice does not account for. */
  'chart.funnel.unexplained': (p: { localArea: string }) => `未在${p.localArea}实施，原因通知未载明`,
  'chart.funnel.decidedCount': (p: { level: string }) => `${p.level}确定实施数`,
  'chart.funnel.implementedCount': (p: { level: string; localArea: string }) => `${p.level}${p.localArea}实施数`,
  'chart.funnel.heading': (p: { level: string; decided: string; implemented: string; localArea: string }) =>
    `${p.level}：确定实施${p.decided}项，${p.localArea}实施${p.implemented}项`,
  'chart.funnel.heading.decidedUnknown': (p: { level: string; implemented: string; localArea: string }) =>
    `${p.level}：${p.localArea}实施${p.implemented}项（确定实施数通知未载明）`,
  'chart.funnel.summary.decidedUnknown': (p: { level: string; implemented: string; localArea: string }) => `${p.level}${p.localArea}实施${p.implemented}项（确定实施数通知未载明）`,
  'chart.funnel.summary.allImplemented': (p: { level: string; decided: string; localArea: string }) => `${p.level}确定实施${p.decided}项，${p.localArea}全部实施`,
  'chart.funnel.summary.decidedImplemented': (p: { level: string; decided: string; implemented: string; localArea: string }) =>
    `${p.level}确定实施${p.decided}项，${p.localArea}实施${p.implemented}项`,
  // The site's subtraction (decided − implemented), labelled as such.
  'chart.funnel.summary.gap': (p: { n: string }) => `相差${p.n}项（本站计算）`,
  'chart.funnel.summary.explained': (p: { list: string }) => `其中${p.list}`,
  'chart.funnel.summary.unexplained': (p: { n: string; localArea: string }) => `${p.n}项未在${p.localArea}实施、原因通知未载明`,
  'chart.funnel.summary.over': (p: { n: string }) => `实施与已说明项目合计比确定实施数多${p.n}项`,

  // Subsidy standards before and after (standardDumbbell).
  'chart.standards.title': '补助标准调整前后对比',
  'chart.standards.caption': '补助标准调整（原标准 → 新标准）',
  'chart.standards.scaleNote': '各行按自身数值从0起单独绘制刻度，行与行之间的长度不可直接比较，金额以标注为准。',
  /** The percentages are the site's arithmetic, not the source's words. */
  'chart.standards.computedNote': '变化幅度由本站按新旧金额算出，原文未载明。',
  'chart.standards.standardHeading': '标准',
  'chart.standards.previous': '原标准',
  'chart.standards.previousYearHeading': '原标准年份',
  'chart.standards.current': '新标准',
  'chart.standards.currentYearHeading': '新标准年份',
  'chart.standards.unitHeading': '单位',
  'chart.standards.changeHeading': '变化幅度（本站计算）',
  'chart.standards.legend.previous': '空心圆：原标准',
  'chart.standards.legend.current': '实心圆：新标准',
  'chart.standards.previousValue': (p: { standard: string }) => `${p.standard}原标准`,
  'chart.standards.currentValue': (p: { standard: string }) => `${p.standard}新标准`,
  'chart.standards.year': (p: { year: number }) => `${p.year}年`,
  /** Label of one end of a dumbbell, e.g. 2016年：45元 (`when` is a year or 原标准/新标准). */
  'chart.standards.endLabel': (p: { when: string; value: string; unit: string }) => `${p.when}：${p.value}${p.unit}`,
  /** An amount in running text, with its year where known, e.g. 2016年45元. */
  'chart.standards.amount': (p: { year: number | null; value: string; unit: string }) => `${p.year === null ? '' : `${p.year}年`}${p.value}${p.unit}`,
  'chart.standards.summary.unchanged': (p: { standard: string; amount: string }) => `${p.standard}保持${p.amount}不变`,
  'chart.standards.summary.raised': (p: { standard: string; from: string; to: string; percent: string | null }) =>
    `${p.standard}由${p.from}提高到${p.to}${p.percent === null ? '' : `（${p.percent}）`}`,
  'chart.standards.summary.lowered': (p: { standard: string; from: string; to: string; percent: string | null }) =>
    `${p.standard}由${p.from}降低到${p.to}${p.percent === null ? '' : `（${p.percent}）`}`,

  // The programme year (programmeTimeline).
  'chart.calendar.title': '全年时间节点与督查节奏',
  'chart.calendar.caption': '全年时间节点与督查节奏',
  /** A title with the programme year, as the table caption and the summary's opening. */
  'chart.calendar.titleWithYear': (p: { title: string; year: number }) => `${p.title}（${p.year}年）`,
  'chart.calendar.year': (p: { year: number }) => `${p.year}年`,
  'chart.calendar.month': (p: { month: number }) => `${p.month}月`,
  /** When a deadline falls, e.g. 6月中旬前 (`part` is empty when the source names only the month). */
  'chart.calendar.deadline': (p: { when: string; label: string }) => `${p.when}：${p.label}`,
  /**
   * How often, in the source's own unit (每月一次 for 一月一通报, never 每30天). No yearly count: a
   * notice says how often, not from when to when (一旬一督查), so 全年36次 would be the site's sum.
   */
  'chart.calendar.frequency': (p: { every: number; unit: 'day' | 'xun' | 'month' }) =>
    `每${p.every === 1 ? '' : p.every}${{ day: '天', xun: '旬', month: p.every === 1 ? '月' : '个月' }[p.unit]}一次`,
  'chart.calendar.rhythmLabel': (p: { label: string; frequency: string }) => `${p.label}（${p.frequency}，示意）`,
  'chart.calendar.kindHeading': '类别',
  'chart.calendar.itemHeading': '事项',
  'chart.calendar.whenHeading': '时间或频次',
  'chart.calendar.deadlineKind': '时间节点',
  'chart.calendar.rhythmKind': '常态化节奏',
  'chart.calendar.summary.deadlines': (p: { list: string }) => `时间节点：${p.list}`,
  'chart.calendar.summary.rhythm': (p: { label: string; frequency: string }) => `${p.label}，${p.frequency}`,
  'chart.calendar.summary.rhythms': (p: { list: string }) => `常态化节奏：${p.list}（刻度仅示意频次，并非具体日期）`,
  'chart.calendar.error.year': (p: { value: string }) => `年份应为整数：${p.value}`,
  'chart.calendar.error.month': (p: { label: string; value: string }) => `${p.label}的月份应为1–12：${p.value}`,
  'chart.calendar.error.interval': (p: { label: string; value: string }) => `${p.label}的间隔天数应为正数：${p.value}`,

  // Merged and moved projects (lineageFlow).
  // What the chart draws: projects merged into others, and moved into others (one left for routine work has no box to go to).
  'chart.lineage.title': '项目整合归并与调整移入',
  'chart.lineage.caption': '项目整合归并与调整移入',
  'chart.lineage.kind.merged': '整合归并',
  'chart.lineage.kind.moved': '调整移入',
  'chart.lineage.predecessorHeading': '原项目',
  'chart.lineage.kindHeading': '变动方式',
  'chart.lineage.successorHeading': '现项目',
  'chart.lineage.linkTooltip': (p: { from: string; kind: string; to: string }) => `${p.from} ${p.kind}至 ${p.to}`,
  /** As notices word a merger: several 合并为 one, one 并入 another (城镇居民基本医疗保险并入城乡居民基本医疗保险). */
  'chart.lineage.summary.merged': (p: { from: string; to: string; several: boolean }) => `${p.from}${p.several ? '合并为' : '并入'}${p.to}`,
  'chart.lineage.summary.moved': (p: { from: string; to: string }) => `${p.from}调整移入${p.to}`,
  'chart.lineage.summary.noPredecessors': (p: { to: string }) => `${p.to}（未列出原项目）`,

  // The figure around a chart on a page (Chart.astro).
  'chart.figure.showTable': '查看数据表',
  'chart.figure.download': '下载此图（矢量图片，放大不失真）',
} as const;
