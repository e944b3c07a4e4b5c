import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { plainText, slug, year } from './common.ts';
import { coded } from './coded.ts';
import {
  CHANGE_KINDS,
  CHANGE_LABELS,
  GROUP_LABELS,
  GROUPS,
  LEVEL_LABELS,
  LEVELS,
  NAME_ORIGIN_LABELS,
  NAME_ORIGINS,
  STANDING_LABELS,
  STANDINGS,
  TARGET_MEASURE_LABELS,
  TARGET_MEASURES,
  TARGET_QUALIFIER_LABELS,
  TARGET_QUALIFIERS,
  TOPIC_LABELS,
  TOPICS,
  UNIT_ROLE_LABELS,
  UNIT_ROLES,
} from './vocabulary.ts';

/** Another name under which the source refers to the same project. */
export const aliasSchema = z.object({ name: plainText, citations: citationsSchema }).strict();

/** A change made to the project this year (e.g. 提标扩面); details live in the standards. */
export const changeSchema = z
  .object({
    kind: coded(CHANGE_KINDS, CHANGE_LABELS, t('content.project.change.kind')),
    /** The sentence of the notice that states the change. */
    summary: plainText.describe(t('content.project.change.summary')),
    citations: citationsSchema,
  })
  .strict();

/**
 * A quantified target as the source states it: 2017年建成11个全民健身苑 (a count), 年均增幅不低于4.5%
 * (a rate), 不低于当地最低生活保障标准的1.3倍 (a multiple of a reference), 不少于2.5%的老年人 (a share
 * of a reference), 10–15所 (a range). Each number is the source's, with its unit and qualifier.
 */
export const targetSchema = z
  .object({
    /** What is to be delivered, e.g. 全民健身苑. */
    item: plainText.describe(t('content.project.target.item')),
    /** What the number measures; `count` unless the source states a rate, a multiple or a share. */
    measure: coded(TARGET_MEASURES, TARGET_MEASURE_LABELS).default('count').describe(t('content.project.target.measure')),
    /** The number as stated (3.1万人 → 31000; 4.5% → 4.5); for a range, its lower end. */
    quantity: z.number().positive().describe(t('content.project.target.quantity')),
    /** Upper end of a range (10–15所 → 15); null for a single number. */
    quantityMax: z.number().positive().nullable().default(null).describe(t('content.project.target.quantityMax')),
    /** Unit or counting word, e.g. 个, 人次, 公里, %, 倍. */
    unit: plainText.describe(t('content.project.target.unit')),
    /** Verb of the target, e.g. 建成; null where the source has none (a rate has no verb). */
    action: plainText.nullable().default(null).describe(t('content.project.target.action')),
    /** How the source qualifies the number (不少于, 以上, 力争, 约, 累计, 不超过); null for a plain number. */
    qualifier: coded(TARGET_QUALIFIERS, TARGET_QUALIFIER_LABELS).nullable().default(null).describe(t('content.project.target.qualifier')),
    /** What a multiple or a share is of, in the source's words (当地最低生活保障标准, 老年人); null otherwise. */
    reference: plainText.nullable().default(null).describe(t('content.project.target.reference')),
    year: year.nullable().default(null).describe(t('content.project.target.year')),
    citations: citationsSchema,
  })
  .strict()
  .refine((x) => x.quantityMax === null || x.quantityMax > x.quantity, { message: t('content.project.target.range'), path: ['quantityMax'] });

/** A project moved into another project (e.g. a municipal one adjusted into a provincial one). */
export const movedToSchema = z
  .object({
    /** Id of the receiving project in the same programme. */
    project: slug.describe(t('content.project.movedTo.project')),
    citations: citationsSchema,
  })
  .strict();

/**
 * A unit the source names for the project, with the role it gives it: 牵头单位 (lead), 配合单位
 * (co-operating) or 责任单位 (responsible). Only where the source names one.
 */
export const unitSchema = z
  .object({
    /** The unit as the source names it, e.g. 市人社局. */
    name: plainText.describe(t('content.project.unit.name')),
    role: coded(UNIT_ROLES, UNIT_ROLE_LABELS, t('content.project.unit.role')),
    citations: citationsSchema,
  })
  .strict();

const unique = (codes: readonly string[]) => new Set(codes).size === codes.length;

/** One livelihood project as one programme treats it. */
export const projectSchema = z
  .object({
    /** Stable slug; the same project keeps it across years. Unique within a programme. */
    id: slug,
    /** Id of the programme this entry belongs to. */
    programme: slug.describe(t('content.project.programme')),
    /** Chinese name as the source gives it, or (with `nameOrigin: editorial`) a short title this site gives an item that has none. */
    name: plainText.describe(t('content.project.name')),
    /** `source` (default): the name is the source's; `editorial`: a short title of this site's, shown and published marked 本站拟定标题. */
    nameOrigin: coded(NAME_ORIGINS, NAME_ORIGIN_LABELS).default('source').describe(t('content.project.nameOrigin')),
    aliases: z.array(aliasSchema).default([]).describe(t('content.project.aliases')),
    /** Government level that decided the project: one of the programme's `levels`, or null when the programme has none. */
    level: coded(LEVELS, LEVEL_LABELS).nullable().default(null).describe(t('content.project.level')),
    /** Standing this year (新增, 继续 …); null where the source does not say, and the site then says nothing of it. */
    standing: coded(STANDINGS, STANDING_LABELS).nullable().default(null).describe(t('content.project.standing')),
    /** Id of the programme's category (thematic heading) the project is listed under; null where there is none. */
    category: slug.nullable().default(null).describe(t('content.project.category')),
    /** Number under its heading of the notice, or, where the notice numbers none (a merger's result, a list in one sentence), the order in which it names them; for listing in the notice's own order. */
    order: z.number().int().positive().describe(t('content.project.order')),
    /** Description in the notice’s words; null where the notice says nothing about the content. */
    description: plainText.nullable().describe(t('content.project.description')),
    changes: z.array(changeSchema).default([]).describe(t('content.project.changes')),
    /** Projects merged into this one this year (their standing is `merged-away`). */
    mergedFrom: z.array(slug).default([]).describe(t('content.project.mergedFrom')),
    /** For a `merged-away` project: the project that carries it on. */
    mergedInto: slug.nullable().default(null).describe(t('content.project.mergedInto')),
    movedTo: movedToSchema.nullable().default(null).describe(t('content.project.movedTo')),
    /** What the notice says about a withdrawn, adjusted-out or merged-away project leaving, in its words. */
    exitNote: plainText.nullable().default(null).describe(t('content.project.exitNote')),
    targets: z.array(targetSchema).default([]).describe(t('content.project.targets')),
    /** Units the source names for the project (牵头单位, 配合单位, 责任单位), in its order. */
    units: z.array(unitSchema).default([]).describe(t('content.project.units')),
    /** Editorial: topics this site files the project under, from its own name and description (not the notice's words; no citation). */
    topics: z.array(coded(TOPICS, TOPIC_LABELS)).default([]).refine(unique, t('content.project.classification.duplicate')).describe(t('content.project.topics')),
    /** Editorial: groups of people the project's name or description plainly names (not the notice's words; no citation). */
    groups: z.array(coded(GROUPS, GROUP_LABELS)).default([]).refine(unique, t('content.project.classification.duplicate')).describe(t('content.project.groups')),
    citations: citationsSchema,
  })
  .strict();

export type Project = z.infer<typeof projectSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
