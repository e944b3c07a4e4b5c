import type { PublishedProject } from '../../schemas/open-data.ts';
import { CHANGE_LABELS, LEVELS, STANDINGS } from '../../schemas/vocabulary.ts';
import { citationParagraphs, joinValues, MULTI_NOTE, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { projectRecords } from './project-records.ts';

/** One row of projects.csv: a published project and the id of its programme's notice. */
export interface ProjectRow {
  record: PublishedProject;
  mainSource: string;
}

/** projects.csv and the per-project CSV files. */
export const PROJECTS_TABLE: Table<ProjectRow> = {
  name: 'projects',
  title: '民生工程项目',
  description: '每行是某一年度计划中的一个项目条目，包括本年退出、调整退出和已整合归并的项目。',
  columns: [
    { name: 'programme_id', type: 'string', required: true, title: '计划编号', description: '年度计划的编号，如 luyang-2017。', value: (r) => r.record.programme },
    { name: 'project_id', type: 'string', required: true, title: '项目编号', description: '项目的稳定编号，同一项目跨年度保持不变；在同一计划内唯一。', value: (r) => r.record.id },
    { name: 'name', type: 'string', required: true, title: '项目名称', description: '通知中的项目名称。', value: (r) => r.record.name },
    { name: 'level', type: 'string', required: true, enum: LEVELS, title: '层级代码', description: '决定该项目的政府层级：provincial（省级）、municipal（市级）、district（区级）。', value: (r) => r.record.level },
    { name: 'level_label', type: 'string', required: true, title: '层级', description: '层级的中文名称，如“省级”。', value: (r) => r.record.levelLabel },
    { name: 'standing', type: 'string', required: true, enum: STANDINGS, title: '本年情况代码', description: '项目在本年度的情况：new、continued、formed-by-merger、implemented（以上为本年实施），withdrawn、adjusted-out、merged-away（以上为本年不再单独实施）。', value: (r) => r.record.standing },
    { name: 'standing_label', type: 'string', required: true, title: '本年情况', description: '本年情况的中文名称，如“继续实施”。', value: (r) => r.record.standingLabel },
    { name: 'notice_order', type: 'integer', required: true, title: '通知中的序号', description: '项目在通知相应标题下的序号，用于按通知原有顺序排列。', value: (r) => r.record.order },
    { name: 'changes', type: 'string', title: '本年变化代码', description: `本年变化的类型代码，如 raised（提标扩面）。${MULTI_NOTE}`, value: (r) => joinValues(r.record.changes.map((c) => c.kind), 'changes') },
    { name: 'change_labels', type: 'string', title: '本年变化', description: `本年变化的中文名称，如“提标扩面”，与 changes 一一对应。${MULTI_NOTE}`, value: (r) => joinValues(r.record.changes.map((c) => CHANGE_LABELS[c.kind]), 'change_labels') },
    { name: 'merged_from', type: 'string', title: '由哪些项目整合而来', description: `本年整合归并进本项目的项目编号。${MULTI_NOTE}`, value: (r) => joinValues(r.record.mergedFrom, 'merged_from') },
    { name: 'merged_into', type: 'string', title: '整合归并至', description: '已整合归并的项目所并入的项目编号；其他项目为空。', value: (r) => r.record.mergedInto },
    { name: 'moved_to', type: 'string', title: '调整至', description: '调整退出的项目改由哪个项目实施（项目编号）；其他项目为空。', value: (r) => r.record.movedTo?.project ?? null },
    { name: 'moved_from', type: 'string', title: '由哪些项目调入', description: `调整至本项目实施的项目编号（moved_to 的反向关系）。${MULTI_NOTE}`, value: (r) => joinValues(r.record.movedFrom, 'moved_from') },
    { name: 'exit_note', type: 'string', title: '去向说明', description: '通知对项目退出、调整或并入的说明（原文措辞）；无则为空。', value: (r) => r.record.exitNote },
    { name: 'responsible_body', type: 'string', title: '责任单位', description: '通知载明的责任单位；通知未载明时为空。', value: (r) => r.record.responsibleBody?.name ?? null },
    { name: 'description', type: 'string', title: '项目内容', description: '通知对项目内容的描述（原文措辞）；通知未描述时为空。', value: (r) => r.record.description },
    { name: 'aliases', type: 'string', title: '其他名称', description: `通知中对同一项目使用的其他名称。${MULTI_NOTE}`, value: (r) => joinValues(r.record.aliases.map((a) => a.name), 'aliases') },
    { name: 'standard_ids', type: 'string', title: '补助标准编号', description: `本项目的补助标准编号，对应 standards.csv 的 standard_id。${MULTI_NOTE}`, value: (r) => joinValues(r.record.standards, 'standard_ids') },
    { name: 'citation_paragraphs', type: 'string', title: '出处段落', description: `载明本项目的通知原文段落编号，如 p19；引用其他文件时写作“文件编号#p3”。原文摘录见 JSON 文件。${MULTI_NOTE}`, value: (r) => citationParagraphs(r.record.citations, r.mainSource) },
    { name: 'page_url', type: 'string', required: true, title: '项目页面', description: '本站项目页面的完整网址。', value: (r) => r.record.url },
  ],
};

/** Rows of projects.csv, in projects.json order. */
export function projectRows(ctx: OpenDataContext): ProjectRow[] {
  const sources = new Map(ctx.content.programmes.map((p) => [p.id, p.source]));
  return projectRecords(ctx).map((record) => ({ record, mainSource: sources.get(record.programme) ?? '' }));
}
