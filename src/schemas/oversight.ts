import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { plainText, slug } from './common.ts';
import { FREQUENCY_UNITS } from './vocabulary.ts';

/** How often a recurring oversight action happens: every `count` `unit`s (旬 = ten days). */
export const frequencySchema = z
  .object({
    count: z.number().int().positive(),
    unit: z.enum(FREQUENCY_UNITS).describe(t('content.oversight.frequency.unit')),
  })
  .strict();

/** An oversight or management mechanism of the programme (part 四 of the notice). */
export const oversightSchema = z
  .object({
    id: slug,
    programme: slug.describe(t('content.oversight.programme')),
    /** Name as the notice gives it, e.g. 挂图作战. */
    name: plainText.describe(t('content.oversight.name')),
    /** What it is for, in the notice’s words. */
    purpose: plainText.nullable().describe(t('content.oversight.purpose')),
    /** Named parts, e.g. the four charts of 挂图作战. */
    components: z.array(plainText).default([]).describe(t('content.oversight.components')),
    frequency: frequencySchema.nullable().default(null).describe(t('content.oversight.frequency')),
    /** Who carries it out, only where stated. */
    actor: plainText.nullable().default(null).describe(t('content.oversight.actor')),
    order: z.number().int().positive().describe(t('content.oversight.order')),
    citations: citationsSchema,
  })
  .strict();

export type Oversight = z.infer<typeof oversightSchema>;
