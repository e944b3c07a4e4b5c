import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { plainText, slug, year } from './common.ts';
import { PERIODS } from './vocabulary.ts';

/** A value of a standard at a point in time, e.g. 2016年 600. */
const amountAtYear = z
  .object({ value: z.number().nonnegative('金额不能为负 / amount must not be negative'), year: year.nullable() })
  .strict();

/** Shared fields of every standard. */
const standardBase = {
  /** Stable slug, unique within the programme. */
  id: slug,
  programme: slug.describe('计划编号 / Id of the programme'),
  /** Id of the project the standard belongs to. */
  project: slug.describe('所属项目的编号 / Id of the project it belongs to'),
  /** Name of the standard, e.g. 高校毕业生就业见习补助标准. */
  name: plainText.describe('补助标准名称 / Name of the standard'),
  /** Who funds it as the notice says, e.g. 省级财政补助; null if not stated. */
  fundingBasis: plainText.nullable().describe('通知载明的资金性质，如“省级财政补助”；通知未载明时为 null / Funding basis as stated, e.g. 省级财政补助, or null'),
  /** Why it changed, as stated (e.g. 根据国家统一部署); null if not stated. */
  rationale: plainText.nullable().describe('通知载明的调整理由；通知未载明时为 null / Why it changed, as stated, or null'),
  citations: citationsSchema,
};

/** A subsidy amount raised (or lowered) from a previous value to a new one. */
export const amountStandardSchema = z
  .object({
    ...standardBase,
    kind: z.literal('amount'),
    /** Currency unit, e.g. 元. */
    unit: plainText.describe('金额单位，如“元” / Unit of the amount, e.g. 元'),
    /** What one amount is paid per, e.g. 人. */
    per: plainText.nullable().describe('每份金额对应的对象，如“人”；通知未载明时为 null / What one amount is per, e.g. 人, or null'),
    /** Period of the amount, only where the notice states it. */
    period: z.enum(PERIODS).nullable().describe('补助周期（仅在通知写明时填写） / Period the amount covers, only if stated'),
    previous: amountAtYear.describe('调整前的金额及其年份 / Previous value and its year'),
    current: amountAtYear.describe('调整后的金额及其年份 / New value and its year'),
  })
  .strict();

/** A widening of who or what is covered, stated in words rather than numbers. */
export const coverageStandardSchema = z
  .object({
    ...standardBase,
    kind: z.literal('coverage'),
    /** What was covered before, null where the notice does not say. */
    previousCoverage: plainText.nullable().describe('调整前的覆盖范围；通知未载明时为 null / Coverage before, or null if not stated'),
    /** What is covered now, in the notice’s words. */
    currentCoverage: plainText.describe('调整后的覆盖范围（通知原文措辞） / Coverage now, in the notice’s words'),
    year: year.nullable().describe('新覆盖范围开始适用的年份（仅在通知写明时填写） / Year the new coverage applies from, if stated'),
  })
  .strict();

/** A subsidy standard or coverage rule changed by the programme. */
export const standardSchema = z.discriminatedUnion('kind', [amountStandardSchema, coverageStandardSchema]);

export type Standard = z.infer<typeof standardSchema>;
export type AmountStandard = z.infer<typeof amountStandardSchema>;
