import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { plainText, slug } from './common.ts';

/** How often a recurring oversight action happens: every `count` `unit`s (旬 = ten days). */
export const frequencySchema = z
  .object({
    count: z.number().int().positive(),
    unit: z.enum(['xun', 'month']).describe('频次单位：xun 为旬（十天），month 为月 / xun = 旬 (ten days), month = 月'),
  })
  .strict();

/** An oversight or management mechanism of the programme (part 四 of the notice). */
export const oversightSchema = z
  .object({
    id: slug,
    programme: slug.describe('计划编号 / Id of the programme'),
    /** Name as the notice gives it, e.g. 挂图作战. */
    name: plainText.describe('名称（按通知原文） / Name as the notice gives it'),
    /** What it is for, in the notice’s words. */
    purpose: plainText.nullable().describe('用途（通知原文措辞）；通知未载明时为 null / What it is for, in the notice’s words, or null'),
    /** Named parts, e.g. the four charts of 挂图作战. */
    components: z.array(plainText).default([]).describe('所列组成部分，按通知顺序 / Named parts, in the notice’s order'),
    frequency: frequencySchema.nullable().default(null).describe('频次（用于定期开展的工作） / How often, for recurring actions'),
    /** Who carries it out, only where stated. */
    actor: plainText.nullable().default(null).describe('实施主体（仅在通知写明时填写） / Who carries it out, only where stated'),
    order: z.number().int().positive().describe('在通知中的序号 / Position in the notice'),
    citations: citationsSchema,
  })
  .strict();

export type Oversight = z.infer<typeof oversightSchema>;
