import { z } from 'astro/zod';
import { isoDate, plainText, slug } from './common.ts';

/** A published correction: what was wrong, what it is now, and when it was fixed. */
export const correctionSchema = z
  .object({
    id: slug,
    /** Day the correction was published. */
    date: isoDate,
    programme: slug.nullable().describe('所涉及的计划；涉及全站时为 null / Programme concerned, or null for the whole site'),
    /** Project concerned, if any. */
    project: slug.nullable().default(null),
    /** What was wrong and what it is now. */
    summary: plainText,
    /** Who reported it, if they agreed to be named. */
    reportedBy: plainText.nullable().default(null),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
