import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { isoDate, plainText, slug } from './common.ts';

/** A published correction: what was wrong, what it is now, and when it was fixed. */
export const correctionSchema = z
  .object({
    id: slug,
    /** Day the correction was published. */
    date: isoDate,
    programme: slug.nullable().describe(t('content.correction.programme')),
    /** Project concerned, if any. */
    project: slug.nullable().default(null),
    /** What was wrong and what it is now. */
    summary: plainText,
    /** Who reported it, if they agreed to be named. */
    reportedBy: plainText.nullable().default(null),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
