import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationSchema, citationsSchema } from './citation.ts';
import { isoDate, plainText, slug, year } from './common.ts';
import { DOCUMENT_TYPES, ISSUER_KINDS, JURISDICTION_KINDS, LEVELS, PROGRAMME_STATUSES } from './vocabulary.ts';

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

/**
 * What the source calls its list and how it names its own area. Filled into every message of the
 * programme's pages through the translator's terms (`term.programmeKind`, `term.localArea`).
 */
export const termsSchema = z
  .object({
    /** What the source calls the list: 民生工程, 民生实事, 为民办实事, 民心工程 … */
    programmeKind: plainText.describe(t('content.programme.terms.programmeKind')),
    /** The self-reference the source uses (本区, 本县, 本市, 全省); null = the site writes the jurisdiction's short name instead. */
    localArea: plainText.nullable().default(null).describe(t('content.programme.terms.localArea')),
  })
  .strict();

/** The source document as it names itself: its type and who issued it. */
export const documentSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES).describe(t('content.programme.document.type')),
    /** The issuing body as the source names it (区政府, 苍南县第十届人民代表大会第一次会议主席团); null if not stated. */
    issuer: plainText.nullable().describe(t('content.programme.document.issuer')),
    /** The kind of body that issued it; null if the source does not make it plain. */
    issuerKind: z.enum(ISSUER_KINDS).nullable().describe(t('content.programme.document.issuerKind')),
    /** Where the type and issuer are stated. */
    citations: citationsSchema,
  })
  .strict();

/** A level of government the programme's projects are sorted under, labelled as the source words it. */
export const programmeLevelSchema = z
  .object({
    code: z.enum(LEVELS).describe(t('content.programme.level.code')),
    /** The label as the source or jurisdiction words it: 省级, 市级, 区级, 县级, 市本级, 市级实事项目延伸至本区 … */
    label: plainText.describe(t('content.programme.level.label')),
    /** Where the source uses the label (its heading), if cited. */
    citations: z.array(citationSchema).default([]).describe(t('content.programme.level.citations')),
  })
  .strict();

/** A thematic heading of the source (一、促进就业(3项)), with the sub-total it states. */
export const categorySchema = z
  .object({
    /** Slug, unique in the programme; projects name it in their `category`. */
    id: slug,
    /** The heading's words, e.g. 促进就业. */
    name: plainText.describe(t('content.programme.category.name')),
    /** Position of the heading in the source. */
    order: z.number().int().positive().describe(t('content.programme.category.order')),
    /** The count the heading states ((3项)); null where it gives none. */
    statedCount: statedCount.nullable().default(null).describe(t('content.programme.category.statedCount')),
    citations: citationsSchema,
  })
  .strict();

/** True when no two of `keys` are the same. */
const distinct = (keys: readonly string[]) => new Set(keys).size === keys.length;

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
    /** What the source calls its list and its own area. */
    terms: termsSchema.describe(t('content.programme.terms')),
    /** The kind of jurisdiction: province, city, county, county-level city or district. */
    jurisdictionKind: z.enum(JURISDICTION_KINDS).describe(t('content.programme.jurisdictionKind')),
    /** The source document: its type and issuer as named. */
    document: documentSchema.describe(t('content.programme.document')),
    /** `published` (default), `draft` (entry in progress) or `consultation` (a 征求意见 list). */
    status: z.enum(PROGRAMME_STATUSES).default('published').describe(t('content.programme.status')),
    /** The levels the source sorts its projects under, in its order; empty (default) for a list without levels. */
    levels: z
      .array(programmeLevelSchema)
      .default([])
      .refine((levels) => distinct(levels.map((l) => l.code)), t('content.programme.levels.duplicate'))
      .describe(t('content.programme.levels')),
    /** The source's thematic headings, in its order; empty (default) where it has none. */
    categories: z
      .array(categorySchema)
      .default([])
      .refine((categories) => distinct(categories.map((c) => c.id)), t('content.programme.categories.duplicate'))
      .describe(t('content.programme.categories')),
    /** Headline figure the source uses, e.g. “29+8”; null where it has none. */
    headline: plainText.nullable().default(null).describe(t('content.programme.headline')),
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
        provincial: levelTotalsSchema.nullable().default(null),
        municipal: levelTotalsSchema.nullable().default(null),
        district: levelTotalsSchema.nullable().default(null),
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
export type ProgrammeLevel = z.infer<typeof programmeLevelSchema>;
export type Category = z.infer<typeof categorySchema>;
export type LevelTotals = z.infer<typeof levelTotalsSchema>;
