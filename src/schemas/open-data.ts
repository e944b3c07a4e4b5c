/**
 * Shapes of the published open-data JSON files. They extend the content schemas rather than
 * restating them, so the JSON Schemas published under /data/schema/ (generated from these with
 * `z.toJSONSchema`) can never drift from what the content model validates.
 */
import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';
import { milestoneSchema } from './milestone.ts';
import { oversightSchema } from './oversight.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema } from './project.ts';
import { amountStandardSchema, coverageStandardSchema } from './standard.ts';

/** Version of the file formats; bumped only for a change that breaks existing readers. */
export const OPEN_DATA_FORMAT_VERSION = 1;

const absoluteUrl = z.url();

/** A project entry as published: the content record plus labels, reverse lineage and its page. */
export const publishedProjectSchema = projectSchema.extend({
  levelLabel: z.string().min(1).describe('层级的中文名称，如“省级” / Chinese label of the level, e.g. 省级'),
  standingLabel: z.string().min(1).describe('本年情况的中文名称，如“继续实施” / Chinese label of the standing, e.g. 继续实施'),
  movedFrom: z.array(slug).describe('调整并入本项目的项目编号（movedTo 的反向） / Ids of the projects moved into this one (the reverse of movedTo)'),
  standards: z.array(slug).describe('本项目的补助标准编号（对应 standards.json 中的记录） / Ids of the standards of this project (records of standards.json)'),
  url: absoluteUrl.describe('项目页面的完整网址 / Absolute URL of the project page'),
});

/** Fields every published standard gains over its content record. */
const standardExtras = {
  projectName: plainText.describe('补助标准所属项目的名称 / Name of the project the standard belongs to'),
  url: absoluteUrl.describe('项目页面中列出该补助标准部分的完整网址 / Absolute URL of the project page section listing the standard'),
};

/** A standard as published; amount standards also carry their change, computed from the two values. */
export const publishedStandardSchema = z.discriminatedUnion('kind', [
  amountStandardSchema.extend({
    ...standardExtras,
    unitLabel: z.string().min(1).describe('本站显示的单位，如“元/人/月” / Unit as shown on the site, e.g. 元/人/月'),
    absoluteChange: z.number().describe('current.value 减 previous.value 的差值，单位同金额 / current.value minus previous.value, in the unit'),
    percentChange: z.number().nullable().describe('相对变化百分比，保留一位小数；调整前金额为 0 时为 null / Relative change in percent, one decimal; null when the previous value is 0'),
  }),
  coverageStandardSchema.extend(standardExtras),
]);

/** One anchored paragraph of a source document, so that every citation can be checked offline. */
export const publishedParagraphSchema = z
  .object({
    id: z.string().regex(/^p\d+$/).describe('段落编号，即 citations[].paragraph 引用的编号，如 p12 / Paragraph anchor cited by citations[].paragraph, e.g. p12'),
    number: z.number().int().positive().describe('段落在原文中的序号（从 1 开始） / 1-based paragraph number in the original'),
    kind: z.enum(['h1', 'h2', 'h3', 'p']).describe('文件标题、部分标题、小节标题或正文段落 / Title, part heading, section heading or body paragraph'),
    text: z.string().describe('段落文字，与原文完全一致 / Text of the paragraph exactly as in the original'),
  })
  .strict();

/** The source document a programme was transcribed from. */
export const publishedSourceSchema = z
  .object({
    id: slug.describe('来源文件编号，即 citations[].source 所用的编号 / Id of the source document, as used by citations[].source'),
    title: plainText.describe('文件标题 / Title of the document'),
    issuer: plainText.nullable().describe('原文载明的发文单位；未载明时为 null / Issuer as stated, or null'),
    provenance: plainText.describe('文本的获取方式 / How the text was obtained'),
    url: z.url().nullable().describe('原件的公开网址（仅在已知时填写） / Public URL of the original, only if known'),
    pageUrl: absoluteUrl.describe('本站全文页面的完整网址 / Absolute URL of the full text on this site'),
    paragraphs: z.array(publishedParagraphSchema).describe('全部段落，按原文顺序排列 / Every paragraph, in document order'),
  })
  .strict();

/** A programme as published, with its source document, deadlines and oversight mechanisms. */
export const publishedProgrammeSchema = programmeSchema.extend({
  url: absoluteUrl.describe('计划概览页面的完整网址 / Absolute URL of the programme overview page'),
  projectEntries: z.number().int().min(0).describe('逐项列出的项目条目数，含各种本年情况（projects.json） / Itemised project entries of every standing (projects.json)'),
  implemented: z.number().int().min(0).describe('本年实施的项目条目数（新增实施、继续实施、整合归并后实施、实施） / Entries carried out this year (new, continued, formed by merger, implemented)'),
  sourceDocument: publishedSourceSchema.describe('本计划录入所依据的通知 / The notice the programme was transcribed from'),
  milestones: z.array(milestoneSchema).describe('计划的时间节点，按月份排列 / Deadlines of the programme, by month'),
  oversight: z.array(oversightSchema).describe('督查与管理机制，按通知顺序 / Oversight and management mechanisms, in notice order'),
});

/** Metadata heading every published JSON file. */
function fileMeta<N extends string>(name: N) {
  return {
    formatVersion: z.literal(OPEN_DATA_FORMAT_VERSION).describe('本文件格式的版本号（见 docs/open-data.md） / Version of this file format (see docs/open-data.md)'),
    name: z.literal(name).describe('本文件的名称 / Name of this file'),
    title: z.string().min(1).describe('本文件的中文标题 / Title of this file, in Chinese'),
    lastUpdated: z.iso.date().describe('数据最后更新日期（yyyy-mm-dd），确定方法见开放数据页面 / Date the data was last updated (yyyy-mm-dd); see the data page for how it is set'),
    licence: z
      .object({ name: z.string().min(1).describe('许可协议名称 / Name of the licence'), url: z.url().describe('许可协议文本 / Text of the licence') })
      .strict()
      .describe('数据许可协议 / Licence of the data'),
    schema: absoluteUrl.describe('描述本文件结构的 JSON Schema 网址 / URL of the JSON Schema describing this file'),
    generatedFrom: z
      .array(
        z
          .object({
            programme: slug.describe('计划编号 / Id of the programme'),
            source: slug.describe('来源文件编号 / Id of the source document'),
            title: plainText.describe('来源文件标题 / Title of the source document'),
            url: absoluteUrl.describe('本站该文件全文页面的完整网址 / Absolute URL of its full text on this site'),
          })
          .strict(),
      )
      .describe('录入这些记录所依据的来源文件 / Source documents the records were transcribed from'),
  };
}

/** /data/projects.json */
export const projectsFileSchema = z.object({ ...fileMeta('projects'), records: z.array(publishedProjectSchema).describe('全部项目条目：计划按最新年度在前，项目按通知顺序 / Every project entry, programmes newest first, projects in notice order') }).strict();
/** /data/standards.json */
export const standardsFileSchema = z.object({ ...fileMeta('standards'), records: z.array(publishedStandardSchema).describe('全部补助标准，按所属项目的顺序排列 / Every standard, in the order of its project') }).strict();
/** /data/programmes.json */
export const programmesFileSchema = z.object({ ...fileMeta('programmes'), records: z.array(publishedProgrammeSchema).describe('全部计划，最新年度在前 / Every programme, newest first') }).strict();
/** /data/<programme>/projects/<id>.json */
export const projectFileSchema = z
  .object({
    ...fileMeta('project'),
    record: publishedProjectSchema.describe('项目条目 / The project entry'),
    standards: z.array(publishedStandardSchema).describe('本项目的补助标准（standards.json 中 project 为本项目的记录） / Standards of this project (the records of standards.json whose project is this one)'),
  })
  .strict();

/** Every published JSON file kind, keyed by the name of its schema file (`<name>.schema.json`). */
export const PUBLISHED_FILE_SCHEMAS = {
  projects: projectsFileSchema,
  standards: standardsFileSchema,
  programmes: programmesFileSchema,
  project: projectFileSchema,
} as const;
export type PublishedFileName = keyof typeof PUBLISHED_FILE_SCHEMAS;

export type PublishedProject = z.infer<typeof publishedProjectSchema>;
export type PublishedStandard = z.infer<typeof publishedStandardSchema>;
export type PublishedProgramme = z.infer<typeof publishedProgrammeSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type StandardsFile = z.infer<typeof standardsFileSchema>;
export type ProgrammesFile = z.infer<typeof programmesFileSchema>;
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type FileMeta = Omit<ProjectsFile, 'records' | 'name'>;
