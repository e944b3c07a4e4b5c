import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { plainText, slug } from './common.ts';
import { MONTH_PARTS } from './vocabulary.ts';

/** A deadline of the programme, e.g. 区级配套资金6月中旬前全部配套到位. */
export const milestoneSchema = z
  .object({
    id: slug,
    programme: slug.describe('计划编号 / Id of the programme'),
    /** What must be done, in the notice’s words. */
    title: plainText.describe('须完成的事项 / What must be done'),
    /** What it applies to, e.g. 工程类项目. */
    appliesTo: plainText.describe('时限适用的对象 / What the deadline applies to'),
    /** Deadline month within the programme year (the notice gives no year of its own). */
    month: z.number().int().min(1).max(12).describe('时限所在月份（计划年度内） / Deadline month in the programme year'),
    /** Part of the month (中旬 = mid), null for the whole month. */
    monthPart: z.enum(MONTH_PARTS).nullable().describe('月内时段，如 mid（中旬） / Part of the month, e.g. mid (中旬)'),
    /** True when the deadline is "before" that point (…前). */
    before: z.boolean().describe('时限为该时间点“之前”时为 true / True when the deadline is “before” that point'),
    citations: citationsSchema,
  })
  .strict();

export type Milestone = z.infer<typeof milestoneSchema>;
