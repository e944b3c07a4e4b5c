import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { plainText, slug, year } from './common.ts';
import { PERIODS } from './vocabulary.ts';

/** A value of a standard at a point in time, e.g. 2016年 600. */
const amountAtYear = z.object({ value: z.number().nonnegative(t('content.standard.amount.negative')), year: year.nullable() }).strict();

/** Shared fields of every standard. */
const standardBase = {
  /** Stable slug, unique within the programme. */
  id: slug,
  programme: slug.describe(t('content.standard.programme')),
  /** Id of the project the standard belongs to. */
  project: slug.describe(t('content.standard.project')),
  /** Name of the standard, e.g. 高校毕业生就业见习补助标准. */
  name: plainText.describe(t('content.standard.name')),
  /** Who funds it as the notice says, e.g. 省级财政补助; null if not stated. */
  fundingBasis: plainText.nullable().describe(t('content.standard.fundingBasis')),
  /** Why it changed, as stated (e.g. 根据国家统一部署); null if not stated. */
  rationale: plainText.nullable().describe(t('content.standard.rationale')),
  citations: citationsSchema,
};

/** A subsidy amount raised (or lowered) from a previous value to a new one. */
export const amountStandardSchema = z
  .object({
    ...standardBase,
    kind: z.literal('amount'),
    /** Currency unit, e.g. 元. */
    unit: plainText.describe(t('content.standard.unit')),
    /** What one amount is paid per, e.g. 人. */
    per: plainText.nullable().describe(t('content.standard.per')),
    /** Period of the amount, only where the notice states it. */
    period: z.enum(PERIODS).nullable().describe(t('content.standard.period')),
    /** The value before, where the source gives one; null for an amount stated alone (按1500元/人标准发放). */
    previous: amountAtYear.nullable().describe(t('content.standard.previous')),
    current: amountAtYear.describe(t('content.standard.current')),
  })
  .strict();

/** A widening of who or what is covered, stated in words rather than numbers. */
export const coverageStandardSchema = z
  .object({
    ...standardBase,
    kind: z.literal('coverage'),
    /** What was covered before, null where the notice does not say. */
    previousCoverage: plainText.nullable().describe(t('content.standard.previousCoverage')),
    /** What is covered now, in the notice’s words. */
    currentCoverage: plainText.describe(t('content.standard.currentCoverage')),
    year: year.nullable().describe(t('content.standard.year')),
  })
  .strict();

/** A subsidy standard or coverage rule changed by the programme. */
export const standardSchema = z.discriminatedUnion('kind', [amountStandardSchema, coverageStandardSchema]);

export type Standard = z.infer<typeof standardSchema>;
export type AmountStandard = z.infer<typeof amountStandardSchema>;
