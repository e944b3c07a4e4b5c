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
  // A change made to a project this year.
  'vocab.change.raised': '提标扩面',
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
  'vocab.notStated': '通知未载明',
  /** A deadline as notices word it: 6月中旬前, 12月底 (a month's end reads 底 after the month, not 月底). */
  'vocab.deadline': (p: { month: number; part: 'early' | 'mid' | 'late' | 'end' | null; before: boolean }) =>
    `${p.month}月${p.part === null ? '' : { early: '上旬', mid: '中旬', late: '下旬', end: '底' }[p.part]}${p.before ? '前' : ''}`,
} as const;
