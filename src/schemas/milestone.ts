import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { plainText, slug } from './common.ts';
import { coded } from './coded.ts';
import { MONTH_PART_LABELS, MONTH_PARTS } from './vocabulary.ts';

/** A deadline of the programme, e.g. 区级配套资金6月中旬前全部配套到位. */
export const milestoneSchema = z
  .object({
    id: slug,
    programme: slug.describe(t('content.milestone.programme')),
    /** What must be done, in the notice’s words. */
    title: plainText.describe(t('content.milestone.title')),
    /** What it applies to, e.g. 工程类项目. */
    appliesTo: plainText.describe(t('content.milestone.appliesTo')),
    /** Deadline month within the programme year (the notice gives no year of its own). */
    month: z.number().int().min(1).max(12).describe(t('content.milestone.month')),
    /** Part of the month (中旬 = mid), null for the whole month. */
    monthPart: coded(MONTH_PARTS, MONTH_PART_LABELS).nullable().describe(t('content.milestone.monthPart')),
    /** True when the deadline is "before" that point (…前). */
    before: z.boolean().describe(t('content.milestone.before')),
    citations: citationsSchema,
  })
  .strict();

export type Milestone = z.infer<typeof milestoneSchema>;
