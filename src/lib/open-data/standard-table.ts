import type { PublishedStandard } from '../../schemas/open-data.ts';
import { PERIOD_LABELS, PERIODS, STANDARD_KINDS } from '../../schemas/vocabulary.ts';
import { citationParagraphs, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { standardRecords } from './standard-records.ts';

/** One row of standards.csv: a published standard and the id of its programme's notice. */
export interface StandardRow {
  record: PublishedStandard;
  mainSource: string;
}

/** Value of an amount-only field, empty for coverage standards. */
const amount = <T>(r: StandardRow, pick: (s: Extract<PublishedStandard, { kind: 'amount' }>) => T): T | null => (r.record.kind === 'amount' ? pick(r.record) : null);
/** Value of a coverage-only field, empty for amount standards. */
const coverage = <T>(r: StandardRow, pick: (s: Extract<PublishedStandard, { kind: 'coverage' }>) => T): T | null => (r.record.kind === 'coverage' ? pick(r.record) : null);

/** standards.csv: amounts with value, unit, per and period in separate columns. */
export const STANDARDS_TABLE: Table<StandardRow> = {
  name: 'standards',
  title: '补助标准',
  description: '每行是一项本年调整的补助标准：金额类（amount）给出调整前后的数值和单位，范围类（coverage）给出调整后的覆盖范围。',
  columns: [
    { name: 'programme_id', type: 'string', required: true, title: '计划编号', description: '年度计划的编号。', value: (r) => r.record.programme },
    { name: 'standard_id', type: 'string', required: true, title: '标准编号', description: '补助标准的稳定编号，在同一计划内唯一。', value: (r) => r.record.id },
    { name: 'project_id', type: 'string', required: true, title: '项目编号', description: '所属项目的编号，对应 projects.csv 的 project_id。', value: (r) => r.record.project },
    { name: 'project_name', type: 'string', required: true, title: '项目名称', description: '所属项目的名称。', value: (r) => r.record.projectName },
    { name: 'name', type: 'string', required: true, title: '标准名称', description: '补助标准的名称。', value: (r) => r.record.name },
    { name: 'kind', type: 'string', required: true, enum: STANDARD_KINDS, title: '类型', description: 'amount：金额调整；coverage：覆盖范围调整。', value: (r) => r.record.kind },
    { name: 'unit', type: 'string', title: '单位', description: '金额单位，如“元”；范围类为空。', value: (r) => amount(r, (s) => s.unit) },
    { name: 'per', type: 'string', title: '计量对象', description: '每份金额对应的对象，如“人”；未载明或范围类为空。', value: (r) => amount(r, (s) => s.per) },
    { name: 'period', type: 'string', enum: PERIODS, title: '周期代码', description: '金额对应的周期：month（月）或 year（年）；通知未载明或范围类为空。', value: (r) => amount(r, (s) => s.period) },
    { name: 'period_label', type: 'string', title: '周期', description: '周期的中文名称，如“月”。', value: (r) => amount(r, (s) => (s.period ? PERIOD_LABELS[s.period] : null)) },
    { name: 'previous_value', type: 'number', title: '调整前金额', description: '调整前的金额（数值，单位见 unit、per、period）。', value: (r) => amount(r, (s) => s.previous.value) },
    { name: 'previous_year', type: 'integer', title: '调整前年份', description: '调整前金额所属年份；未载明时为空。', value: (r) => amount(r, (s) => s.previous.year) },
    { name: 'current_value', type: 'number', title: '调整后金额', description: '调整后的金额（数值）。', value: (r) => amount(r, (s) => s.current.value) },
    { name: 'current_year', type: 'integer', title: '调整后年份', description: '调整后金额适用的年份；未载明时为空。', value: (r) => amount(r, (s) => s.current.year) },
    { name: 'absolute_change', type: 'number', title: '增加额', description: 'current_value 减 previous_value。', value: (r) => amount(r, (s) => s.absoluteChange) },
    { name: 'percent_change', type: 'number', title: '增幅（%）', description: '相对调整前的增幅，百分数，保留一位小数；调整前为 0 时为空。', value: (r) => amount(r, (s) => s.percentChange) },
    { name: 'previous_coverage', type: 'string', title: '调整前范围', description: '范围类标准调整前的覆盖范围；通知未载明时为空。', value: (r) => coverage(r, (s) => s.previousCoverage) },
    { name: 'current_coverage', type: 'string', title: '调整后范围', description: '范围类标准调整后的覆盖范围（原文措辞）。', value: (r) => coverage(r, (s) => s.currentCoverage) },
    { name: 'coverage_year', type: 'integer', title: '范围适用年份', description: '新覆盖范围开始适用的年份；未载明时为空。', value: (r) => coverage(r, (s) => s.year) },
    { name: 'funding_basis', type: 'string', title: '资金性质', description: '通知载明的资金来源，如“省级财政补助”；未载明时为空。', value: (r) => r.record.fundingBasis },
    { name: 'rationale', type: 'string', title: '调整依据', description: '通知载明的调整理由，如“根据国家统一部署”；未载明时为空。', value: (r) => r.record.rationale },
    { name: 'citation_paragraphs', type: 'string', title: '出处段落', description: '载明本标准的通知原文段落编号，写法同 projects.csv。', value: (r) => citationParagraphs(r.record.citations, r.mainSource) },
    { name: 'page_url', type: 'string', required: true, title: '项目页面', description: '所属项目页面“补助标准”部分的完整网址。', value: (r) => r.record.url },
  ],
};

/** Rows of standards.csv, in standards.json order. */
export function standardRows(ctx: OpenDataContext): StandardRow[] {
  const sources = new Map(ctx.content.programmes.map((p) => [p.id, p.source]));
  return standardRecords(ctx).map((record) => ({ record, mainSource: sources.get(record.programme) ?? '' }));
}
