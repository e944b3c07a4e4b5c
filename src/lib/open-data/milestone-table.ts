import { oversightPath } from '../site/urls.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import { MONTH_PART_LABELS, MONTH_PARTS } from '../../schemas/vocabulary.ts';
import { citationParagraphs, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { programmeMilestones } from './programme-records.ts';

/** One row of milestones.csv: a deadline with its programme's year, notice and page. */
export interface MilestoneRow {
  milestone: Milestone;
  year: number;
  mainSource: string;
  url: string;
}

/** A deadline as the notice words it, e.g. 6月中旬前. */
export function deadlineLabel(m: Pick<Milestone, 'month' | 'monthPart' | 'before'>): string {
  return `${m.month}月${m.monthPart ? MONTH_PART_LABELS[m.monthPart] : ''}${m.before ? '前' : ''}`;
}

/** milestones.csv */
export const MILESTONES_TABLE: Table<MilestoneRow> = {
  name: 'milestones',
  title: '时间节点',
  description: '每行是年度计划规定的一个完成时限。',
  columns: [
    { name: 'programme_id', type: 'string', required: true, title: '计划编号', description: '年度计划的编号。', value: (r) => r.milestone.programme },
    { name: 'milestone_id', type: 'string', required: true, title: '节点编号', description: '时间节点的稳定编号，在同一计划内唯一。', value: (r) => r.milestone.id },
    { name: 'title', type: 'string', required: true, title: '要求', description: '须完成的事项（原文措辞）。', value: (r) => r.milestone.title },
    { name: 'applies_to', type: 'string', required: true, title: '适用于', description: '时限适用的对象，如“工程类项目”。', value: (r) => r.milestone.appliesTo },
    { name: 'year', type: 'integer', required: true, title: '年份', description: '计划年度（通知只写月份，年份即计划年度）。', value: (r) => r.year },
    { name: 'month', type: 'integer', required: true, title: '月份', description: '时限所在月份（1–12）。', value: (r) => r.milestone.month },
    { name: 'month_part', type: 'string', enum: MONTH_PARTS, title: '旬代码', description: 'early（上旬）、mid（中旬）、late（下旬）、end（月底）；指整月时为空。', value: (r) => r.milestone.monthPart },
    { name: 'month_part_label', type: 'string', title: '旬', description: '旬的中文名称，如“中旬”。', value: (r) => (r.milestone.monthPart ? MONTH_PART_LABELS[r.milestone.monthPart] : null) },
    { name: 'before', type: 'boolean', required: true, title: '是否为“之前”', description: 'true 表示须在该时间点之前完成（原文“……前”）。', value: (r) => r.milestone.before },
    { name: 'deadline_label', type: 'string', required: true, title: '时限', description: '时限的中文写法，如“6月中旬前”。', value: (r) => deadlineLabel(r.milestone) },
    { name: 'citation_paragraphs', type: 'string', title: '出处段落', description: '载明该时限的通知原文段落编号，写法同 projects.csv。', value: (r) => citationParagraphs(r.milestone.citations, r.mainSource) },
    { name: 'page_url', type: 'string', required: true, title: '页面', description: '本站“时间节点与督查”页面的完整网址。', value: (r) => r.url },
  ],
};

/** Rows of milestones.csv: programmes newest first, deadlines in calendar order. */
export function milestoneRows(ctx: OpenDataContext): MilestoneRow[] {
  return ctx.content.programmes.flatMap((p) =>
    programmeMilestones(ctx, p.id).map((milestone) => ({ milestone, year: p.year, mainSource: p.source, url: absoluteUrl(ctx.siteBase, oversightPath(p.id)) })),
  );
}
