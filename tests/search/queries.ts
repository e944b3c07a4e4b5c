/**
 * What residents type, and the project page each query must bring up among the first three
 * results. The ids are Luyang 2017 project ids (examples/luyang-2017/programmes/luyang-2017/projects/).
 */
export interface RecallCase {
  query: string;
  /** Project id expected among the first three results. */
  expected: string;
  kind: '日常用语' | '名称片段' | '原项目名称' | '数字与单位';
}

export const PROGRAMME = 'luyang-2017';

export const RECALL_CASES: readonly RecallCase[] = [
  { query: '糖尿病', expected: 'hypertension-diabetes-free-medicine', kind: '日常用语' },
  { query: '高血压', expected: 'hypertension-diabetes-free-medicine', kind: '日常用语' },
  { query: '降压药', expected: 'hypertension-diabetes-free-medicine', kind: '日常用语' },
  { query: '降糖药', expected: 'hypertension-diabetes-free-medicine', kind: '日常用语' },
  { query: '见习补贴', expected: 'employment-support', kind: '日常用语' },
  { query: '留守儿童', expected: 'left-behind-children-care', kind: '日常用语' },
  { query: '健身', expected: 'fitness-facilities', kind: '日常用语' },
  { query: '老旧小区', expected: 'old-residential-renovation', kind: '日常用语' },
  { query: '低保', expected: 'rural-minimum-living', kind: '日常用语' },
  { query: '医保', expected: 'resident-medical-insurance', kind: '日常用语' },
  { query: '新农合', expected: 'resident-medical-insurance', kind: '日常用语' },
  { query: '养老金', expected: 'resident-pension', kind: '日常用语' },
  { query: '学费', expected: 'needy-student-tuition-aid', kind: '日常用语' },
  { query: '书本费', expected: 'compulsory-education-funding', kind: '日常用语' },
  { query: '农贸市场', expected: 'farmers-market-upgrade', kind: '日常用语' },
  { query: '菜市场', expected: 'farmers-market-upgrade', kind: '日常用语' },
  { query: '公园', expected: 'urban-parks-gardens', kind: '日常用语' },
  { query: '棚户区', expected: 'shantytown-renovation', kind: '名称片段' },
  { query: '秸秆', expected: 'straw-utilisation', kind: '名称片段' },
  { query: '法律援助', expected: 'legal-aid', kind: '名称片段' },
  { query: '残疾人托养', expected: 'disabled-care-services', kind: '名称片段' },
  { query: '技能培训', expected: 'skilled-worker-training', kind: '名称片段' },
  { query: '孤儿基本生活保障', expected: 'extreme-poverty-support', kind: '原项目名称' },
  { query: '农村五保供养', expected: 'extreme-poverty-support', kind: '原项目名称' },
  { query: '孤儿', expected: 'extreme-poverty-support', kind: '原项目名称' },
  { query: '五保', expected: 'extreme-poverty-support', kind: '原项目名称' },
  { query: '城镇居民基本医疗保险', expected: 'resident-medical-insurance', kind: '原项目名称' },
  { query: '就业技能和新型农民培训', expected: 'skilled-worker-training', kind: '原项目名称' },
  { query: '免收义务教育阶段学生书本费', expected: 'compulsory-education-funding', kind: '原项目名称' },
  { query: '800元', expected: 'employment-support', kind: '数字与单位' },
  { query: '800', expected: 'employment-support', kind: '数字与单位' },
  { query: '11个', expected: 'fitness-facilities', kind: '数字与单位' },
  { query: '全民健身苑', expected: 'fitness-facilities', kind: '数字与单位' },
  { query: '450元', expected: 'resident-medical-insurance', kind: '数字与单位' },
];

/** URL of a project page as search reports it under `base` (`/` or `/minsheng/`). */
export const projectUrl = (base: string, id: string, programme = PROGRAMME) => `${base}${programme}/projects/${id}/`;
