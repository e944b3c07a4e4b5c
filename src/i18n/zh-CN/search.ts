/** Wording of site search. */
export const search = {
  /** Site-search types (the route table's codes, src/lib/site/routes.ts), as the type filter shows them. */
  'search.type.project': '项目',
  'search.type.notice': '通知原文',
  'search.type.standards': '补助标准',
  'search.type.oversight': '时间节点与督查',
  'search.type.history': '历年对比',
  'search.type.data': '开放数据',
  'search.type.about': '关于与方法',
} as const;
