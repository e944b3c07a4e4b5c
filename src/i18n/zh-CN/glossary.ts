/**
 * Wording of the glossary (src/lib/site/glossary.ts): each term of the notices and its
 * plain-language explanation for residents, keyed `glossary.<id>.term` and `glossary.<id>.explanation`.
 * These explain words, they state no facts about any programme, so they are wording, not content.
 * The about page lists only the terms its content uses (src/lib/site/glossary.ts), with the site's
 * terms (`documentKind`, `localArea`, `programmeKind`) filled in.
 */
export const glossary = {
  'glossary.minsheng.term': '民生工程',
  'glossary.minsheng.explanation': '政府每年确定并集中实施、直接关系群众生活的项目，如社会保障、教育、医疗、就业等。',
  'glossary.raised.term': '提标扩面',
  'glossary.raised.explanation': '提高补助标准（如每人每月补助金额提高），或扩大享受政策的人群范围。',
  'glossary.merged.term': '整合归并',
  'glossary.merged.explanation': (p: { documentKind: string }) => `原有项目并入另一个项目，或几个原有项目合并为一个项目实施；${p.documentKind}说明整合后原有项目基本内容未改变。`,
  'glossary.continued.term': '继续实施',
  'glossary.continued.explanation': '上一年已经实施、本年继续实施的项目。',
  'glossary.withdrawn.term': '退出实施',
  'glossary.withdrawn.explanation': (p: { localArea: string }) => `${p.localArea}本年不再承担的项目任务。`,
  'glossary.adjusted-out.term': '调整退出',
  /** `level`: the label of the level the content's adjusted-out projects share (市级), or null when they have none or differ. */
  'glossary.adjusted-out.explanation': (p: { programmeKind: string; level: string | null }) => `不再作为${p.level ?? ''}${p.programmeKind}实施，改由其他项目或部门常规工作承担。`,
  'glossary.yishiyiyi.term': '一事一议',
  'glossary.yishiyiyi.explanation': '村民通过民主议事，对村内公益事业建设逐事讨论决定、筹资筹劳，政府给予财政奖补。',
  'glossary.xun.term': '一旬一督查、一月一通报',
  'glossary.xun.explanation': '每旬（一个月分上、中、下三旬）督促检查一次，每月通报一次。',
  'glossary.wall-chart.term': '挂图作战',
  'glossary.wall-chart.explanation': '把责任主体、项目进度、宣传活动、公开公示画成图表，对照推进。',
  'glossary.four-lists.term': '四项清单',
  'glossary.four-lists.explanation': '任务清单、责任清单、问题清单、整改清单。',
  'glossary.four-in-one.term': '四位一体',
  'glossary.four-in-one.explanation': (p: { documentKind: string }) => `由四个方面共同监督，哪四个方面以${p.documentKind}所列为准。`,
  'glossary.matching.term': '配套资金',
  'glossary.matching.explanation': '上级拨付资金之外，本级财政按要求同步安排的资金。',
} as const;
