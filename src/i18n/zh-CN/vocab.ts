/**
 * Wording of the content model's closed vocabularies (src/schemas/vocabulary.ts): the label of each
 * code, keyed `vocab.<vocabulary>.<code>`, and the words used wherever the source is silent.
 */
export const vocab = {
  // Government level that decided a project.
  'vocab.level.provincial': '省级',
  'vocab.level.municipal': '市级',
  'vocab.level.district': '区级',
  // A project's standing in one programme.
  'vocab.standing.new': '新增实施',
  'vocab.standing.continued': '继续实施',
  'vocab.standing.formed-by-merger': '整合归并后实施',
  'vocab.standing.implemented': '实施',
  'vocab.standing.withdrawn': '退出实施',
  'vocab.standing.adjusted-out': '调整退出',
  'vocab.standing.merged-away': '已整合归并',
  // Kinds of jurisdiction a programme is for.
  'vocab.jurisdictionKind.province': '省',
  'vocab.jurisdictionKind.city': '市',
  'vocab.jurisdictionKind.county': '县',
  'vocab.jurisdictionKind.county-level-city': '县级市',
  'vocab.jurisdictionKind.district': '区',
  // Types of source document, as documents name themselves.
  'vocab.documentType.notice': '通知',
  'vocab.documentType.announcement': '公告',
  'vocab.documentType.resolution': '决议',
  'vocab.documentType.plan': '实施方案',
  'vocab.documentType.consultation-draft': '征求意见稿',
  // Kinds of issuing body.
  'vocab.issuerKind.government': '人民政府',
  'vocab.issuerKind.government-office': '人民政府办公室',
  'vocab.issuerKind.livelihood-office': '民生工作领导小组办公室',
  'vocab.issuerKind.congress': '人民代表大会',
  'vocab.issuerKind.congress-presidium': '人民代表大会主席团',
  // Where a programme's entry stands (shown as a banner on every page of a draft or consultation list).
  'vocab.programmeStatus.published': '已发布',
  'vocab.programmeStatus.draft': '草稿',
  'vocab.programmeStatus.consultation': '征求意见稿',
  // Whether a project's name is the source's or this site's short title.
  'vocab.nameOrigin.source': '原文名称',
  'vocab.nameOrigin.editorial': '本站拟定标题',
  // Roles of the units named for a project, as sources label them.
  'vocab.unitRole.lead': '牵头单位',
  'vocab.unitRole.co-operating': '配合单位',
  'vocab.unitRole.responsible': '责任单位',
  // What a target's number measures.
  'vocab.targetMeasure.count': '数量',
  'vocab.targetMeasure.rate': '增幅',
  'vocab.targetMeasure.multiple': '倍数',
  'vocab.targetMeasure.share': '比例',
  // How a source qualifies a target's number (the words shown are the common ones; the quote keeps the source's own).
  'vocab.targetQualifier.at-least': '不少于',
  'vocab.targetQualifier.above': '以上',
  'vocab.targetQualifier.strive': '力争',
  'vocab.targetQualifier.about': '约',
  'vocab.targetQualifier.cumulative': '累计',
  'vocab.targetQualifier.within': '不超过',
  // A change made to a project this year.
  'vocab.change.raised': '提标扩面',
  // How a standard changed: an amount, or who is covered.
  'vocab.standardKind.amount': '金额标准',
  'vocab.standardKind.coverage': '覆盖范围',
  // The unit an oversight action's frequency counts in.
  'vocab.frequencyUnit.xun': '旬',
  'vocab.frequencyUnit.month': '月',
  // Period a subsidy amount applies to.
  'vocab.period.month': '月',
  'vocab.period.year': '年',
  // Parts of a month used by Chinese deadlines.
  'vocab.monthPart.early': '上旬',
  'vocab.monthPart.mid': '中旬',
  'vocab.monthPart.late': '下旬',
  'vocab.monthPart.end': '月底',
  // Topics of the site's editorial classification (not the notice's): what a project is about.
  'vocab.topic.employment': '就业创业',
  'vocab.topic.health': '医疗健康',
  'vocab.topic.elderly-care': '养老',
  'vocab.topic.education': '教育',
  'vocab.topic.housing': '住房',
  'vocab.topic.social-assistance': '社会救助',
  'vocab.topic.social-insurance': '社会保险',
  'vocab.topic.social-welfare': '社会福利',
  'vocab.topic.legal-aid': '法律援助',
  'vocab.topic.urban-rural': '城乡建设',
  'vocab.topic.agriculture': '农业农村',
  'vocab.topic.food-safety': '食品安全',
  'vocab.topic.culture-sports': '文化体育',
  'vocab.topic.environment': '生态环境',
  // Groups of the same editorial classification: who a project is for.
  'vocab.group.elderly': '老年人',
  'vocab.group.children': '儿童',
  'vocab.group.students': '学生',
  'vocab.group.patients': '患者',
  'vocab.group.disabled': '残疾人',
  'vocab.group.needy': '困难群众',
  'vocab.group.rural-residents': '农村居民',
  'vocab.group.women': '妇女',
  'vocab.group.workers': '劳动者',
  'vocab.group.veterans': '退役士兵',
  /** The wording the site uses wherever the source is silent. */
  'vocab.notStated': (p: { documentKind: string }) => `${p.documentKind}未载明`,
  /** A deadline as notices word it: 6月中旬前, 12月底 (a month's end reads 底 after the month, not 月底). */
  'vocab.deadline': (p: { month: number; part: 'early' | 'mid' | 'late' | 'end' | null; before: boolean }) =>
    `${p.month}月${p.part === null ? '' : { early: '上旬', mid: '中旬', late: '下旬', end: '底' }[p.part]}${p.before ? '前' : ''}`,
} as const;
