import { z } from 'astro/zod';
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName } from '../../schemas/open-data.ts';
import { absoluteUrl, dataPath, schemaFile } from './links.ts';

/** What each published JSON file holds, in Chinese, for the schema's own description. */
const DESCRIPTIONS: Record<PublishedFileName, { title: string; description: string }> = {
  projects: { title: 'projects.json', description: '民生工程项目（全部年度计划的全部项目条目），含出处与项目沿革。' },
  standards: { title: 'standards.json', description: '补助标准（金额调整与覆盖范围调整），含出处。' },
  programmes: { title: 'programmes.json', description: '年度民生工程计划，含通知全文段落、依据文件、合计数、时间节点与督查机制。' },
  project: { title: '<programme>/projects/<id>.json', description: '单个项目条目及其补助标准。' },
};

/**
 * The JSON Schema (draft 2020-12) of one published JSON file, generated from its zod schema (the
 * one source of truth), with an absolute `$id` where it is published.
 */
export function publishedJsonSchema(name: PublishedFileName, siteBase: string): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(PUBLISHED_FILE_SCHEMAS[name], { target: 'draft-2020-12' });
  return { $schema, $id: absoluteUrl(siteBase, dataPath(schemaFile(name))), ...DESCRIPTIONS[name], ...generated };
}
