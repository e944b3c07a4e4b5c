/** How the data page describes each file to readers. */
import type { DataFile } from './files.ts';
import { MILESTONES_TABLE } from './milestone-table.ts';
import { PROJECTS_TABLE } from './project-table.ts';
import { STANDARDS_TABLE } from './standard-table.ts';

/** Format as readers know it: CSV, JSON, JSON Schema or JSON-LD. */
export function formatLabel(f: Pick<DataFile, 'format' | 'group'>): string {
  if (f.group === 'schema') return 'JSON Schema';
  return f.format === 'jsonld' ? 'JSON-LD' : f.format.toUpperCase();
}

const NOTES: Record<string, string> = {
  'projects.csv': PROJECTS_TABLE.description,
  'standards.csv': STANDARDS_TABLE.description,
  'milestones.csv': MILESTONES_TABLE.description,
  'projects.json': '全部项目条目的完整记录：含原文摘录、整合归并与调整的来龙去脉、量化目标和补助标准编号。',
  'standards.json': '全部补助标准的完整记录：含调整前后数值、增幅和原文摘录。',
  'programmes.json': '年度计划：通知全文（逐段）、依据文件、通知载明的合计数、时间节点与督查机制。',
  'datapackage.json': '按 Frictionless Data Package 规范描述上述 CSV 与 JSON 文件：字段、类型、编码、大小和 SHA-256 校验值。',
  'catalog.jsonld': '按 W3C DCAT 规范编写的数据目录（JSON-LD），供政府数据开放平台采集。',
};

/** One sentence on what a file holds. */
export function fileNote(f: Pick<DataFile, 'path' | 'group' | 'title'>): string {
  if (f.group === 'schema') return `描述${f.title.replace(/的 JSON Schema$/, '')}文件完整结构（含元数据）的 JSON Schema（2020-12 草案）。`;
  return NOTES[f.path] ?? f.title;
}
