import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { plainText, slug } from './common.ts';

/** How often a recurring oversight action happens: every `count` `unit`s (旬 = ten days). */
export const frequencySchema = z
  .object({
    count: z.number().int().positive(),
    unit: z.enum(['xun', 'month']).describe('xun = 旬 (ten days), month = 月'),
  })
  .strict();

/** An oversight or management mechanism of the programme (part 四 of the notice). */
export const oversightSchema = z
  .object({
    id: slug,
    programme: slug.describe('Id of the programme'),
    /** Name as the notice gives it, e.g. 挂图作战. */
    name: plainText.describe('Name as the notice gives it'),
    /** What it is for, in the notice’s words. */
    purpose: plainText.nullable().describe('What it is for, in the notice’s words, or null'),
    /** Named parts, e.g. the four charts of 挂图作战. */
    components: z.array(plainText).default([]).describe('Named parts, in the notice’s order'),
    frequency: frequencySchema.nullable().default(null).describe('How often, for recurring actions'),
    /** Who carries it out, only where stated. */
    actor: plainText.nullable().default(null).describe('Who carries it out, only where stated'),
    order: z.number().int().positive().describe('Position in the notice'),
    citations: citationsSchema,
  })
  .strict();

export type Oversight = z.infer<typeof oversightSchema>;
