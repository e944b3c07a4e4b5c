import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { isoDate, plainText, slug, year } from './common.ts';

/** A document the programme implements (e.g. the province's and the city's notices), by number and title. */
export const basisDocumentSchema = z
  .object({
    /** Official document number (文号), e.g. 皖政〔2017〕10号. */
    number: plainText.describe(t('content.programme.basisDocument.number')),
    /** Full title as quoted in the notice. */
    title: plainText.describe(t('content.programme.basisDocument.title')),
    /** Level of the issuing government. */
    level: z.enum(['provincial', 'municipal']).describe(t('content.programme.basisDocument.level')),
    citations: citationsSchema,
  })
  .strict();

/** A count stated in the source, with where it is stated. `null` where the source gives none. */
const statedCount = z.number().int().min(0);

/** The totals a level's section of the notice states, e.g. 省定33项、我区实施22项. */
export const levelTotalsSchema = z
  .object({
    /** How many projects that level of government decided for its whole area (null if not stated). */
    decided: statedCount.nullable().describe(t('content.programme.levelTotals.decided')),
    /** How many of them this jurisdiction carries out. */
    implemented: statedCount.describe(t('content.programme.levelTotals.implemented')),
    /**
     * Sub-totals the notice gives under each heading, keyed by standing or change kind
     * (`new`, `continued`, `raised`, `merged-away`, `withdrawn`, `adjusted-out`).
     */
    breakdown: z
      .partialRecord(z.enum(['new', 'continued', 'raised', 'merged-away', 'withdrawn', 'adjusted-out']), statedCount)
      .default({})
      .describe(t('content.programme.levelTotals.breakdown')),
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
    jurisdiction: plainText.describe(t('content.programme.jurisdiction')),
    /** Short jurisdiction name used in headings, e.g. 庐阳区. */
    jurisdictionShort: plainText.describe(t('content.programme.jurisdictionShort')),
    /** The notice title. */
    title: plainText.describe(t('content.programme.title')),
    /** Headline figure the notice uses, e.g. “29+8”. */
    headline: plainText.nullable().describe(t('content.programme.headline')),
    /** Issuing body as the notice names it; null when the notice does not say. */
    issuingBody: plainText.nullable().describe(t('content.programme.issuingBody')),
    /** Addressees of the notice. */
    addressees: plainText.nullable().describe(t('content.programme.addressees')),
    /** Date of issue (ISO yyyy-mm-dd) if the notice states one. */
    issuedOn: isoDate.nullable().describe(t('content.programme.issuedOn')),
    /** Own document number (文号) if stated. */
    documentNumber: plainText.nullable().describe(t('content.programme.documentNumber')),
    /** Id of the source document holding the notice text. */
    source: slug.describe(t('content.programme.source')),
    /** Documents this programme implements. */
    basisDocuments: z.array(basisDocumentSchema).describe(t('content.programme.basisDocuments')),
    /** Totals the notice states, for reconciliation with the itemised projects. */
    statedTotals: z
      .object({
        /** Total number of projects carried out, all levels. */
        all: statedCount.describe(t('content.programme.statedTotals.all')),
        allCitations: citationsSchema,
        provincial: levelTotalsSchema.nullable(),
        municipal: levelTotalsSchema.nullable(),
        district: levelTotalsSchema.nullable(),
      })
      .strict()
      .describe(t('content.programme.statedTotals')),
    /** The headline's parts, e.g. 29 (provincial + municipal) and 8 (district). */
    headlineParts: z
      .array(z.object({ count: statedCount, levels: z.array(z.enum(['provincial', 'municipal', 'district'])).min(1) }).strict())
      .default([])
      .describe(t('content.programme.headlineParts')),
    citations: citationsSchema,
  })
  .strict();

export type Programme = z.infer<typeof programmeSchema>;
export type LevelTotals = z.infer<typeof levelTotalsSchema>;
