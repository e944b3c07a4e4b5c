import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { isoDate, plainText, slug, year } from './common.ts';

/** A document the programme implements (e.g. the province's and the city's notices), by number and title. */
export const basisDocumentSchema = z
  .object({
    /** Official document number (文号), e.g. 皖政〔2017〕10号. */
    number: plainText.describe('文号 / Official document number (文号)'),
    /** Full title as quoted in the notice. */
    title: plainText.describe('标题（按通知引用的写法） / Title as quoted in the notice'),
    /** Level of the issuing government. */
    level: z.enum(['provincial', 'municipal']).describe('发文政府的层级 / Level of the issuing government'),
    citations: citationsSchema,
  })
  .strict();

/** A count stated in the source, with where it is stated. `null` where the source gives none. */
const statedCount = z.number().int().min(0);

/** The totals a level's section of the notice states, e.g. 省定33项、我区实施22项. */
export const levelTotalsSchema = z
  .object({
    /** How many projects that level of government decided for its whole area (null if not stated). */
    decided: statedCount.nullable().describe('该层级为其全辖区确定的项目数；通知未载明时为 null / Projects the level decided for its whole area, or null if not stated'),
    /** How many of them this jurisdiction carries out. */
    implemented: statedCount.describe('本辖区实施的项目数 / Projects this jurisdiction carries out'),
    /**
     * Sub-totals the notice gives under each heading, keyed by standing or change kind
     * (`new`, `continued`, `raised`, `merged-away`, `withdrawn`, `adjusted-out`).
     */
    breakdown: z
      .partialRecord(z.enum(['new', 'continued', 'raised', 'merged-away', 'withdrawn', 'adjusted-out']), statedCount)
      .default({})
      .describe('该部分各标题下载明的分项数 / Sub-totals stated under each heading of the section'),
    citations: citationsSchema,
  })
  .strict();

/** A programme: one jurisdiction's livelihood projects for one year, as one notice states them. */
export const programmeSchema = z
  .object({
    /** Stable id, e.g. `luyang-2017`; used in URLs. */
    id: slug,
    /** Programme year. */
    year,
    /** Full jurisdiction name, e.g. 合肥市庐阳区. */
    jurisdiction: plainText.describe('行政区全称，如“合肥市庐阳区” / Full name of the jurisdiction, e.g. 合肥市庐阳区'),
    /** Short jurisdiction name used in headings, e.g. 庐阳区. */
    jurisdictionShort: plainText.describe('行政区简称，如“庐阳区” / Short jurisdiction name, e.g. 庐阳区'),
    /** The notice title. */
    title: plainText.describe('通知标题 / Title of the notice'),
    /** Headline figure the notice uses, e.g. “29+8”. */
    headline: plainText.nullable().describe('通知所用的总括数字，如“29+8” / Headline figure used by the notice, e.g. 29+8'),
    /** Issuing body as the notice names it; null when the notice does not say. */
    issuingBody: plainText.nullable().describe('通知载明的发文单位；通知未载明时为 null / Issuing body as named in the notice, or null'),
    /** Addressees of the notice. */
    addressees: plainText.nullable().describe('通知的主送单位；通知未载明时为 null / Addressees of the notice, or null'),
    /** Date of issue (ISO yyyy-mm-dd) if the notice states one. */
    issuedOn: isoDate.nullable().describe('发文日期（yyyy-mm-dd）；通知未载明时为 null / Date of issue (yyyy-mm-dd) if stated, else null'),
    /** Own document number (文号) if stated. */
    documentNumber: plainText.nullable().describe('通知本身的文号；通知未载明时为 null / Own document number (文号) if stated, else null'),
    /** Id of the source document holding the notice text. */
    source: slug.describe('载有通知全文的来源文件编号 / Id of the source document with the notice text'),
    /** Documents this programme implements. */
    basisDocuments: z.array(basisDocumentSchema).describe('本计划贯彻落实的上级文件 / Higher-level documents the programme implements'),
    /** Totals the notice states, for reconciliation with the itemised projects. */
    statedTotals: z
      .object({
        /** Total number of projects carried out, all levels. */
        all: statedCount.describe('各层级实施的项目总数 / Projects carried out at all levels'),
        allCitations: citationsSchema,
        provincial: levelTotalsSchema.nullable(),
        municipal: levelTotalsSchema.nullable(),
        district: levelTotalsSchema.nullable(),
      })
      .strict()
      .describe('通知载明的合计数 / Totals stated by the notice'),
    /** The headline's parts, e.g. 29 (provincial + municipal) and 8 (district). */
    headlineParts: z
      .array(z.object({ count: statedCount, levels: z.array(z.enum(['provincial', 'municipal', 'district'])).min(1) }).strict())
      .default([])
      .describe('总括数字中每个数所统计的范围 / What each number in the headline counts'),
    citations: citationsSchema,
  })
  .strict();

export type Programme = z.infer<typeof programmeSchema>;
export type LevelTotals = z.infer<typeof levelTotalsSchema>;
