import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { citationsSchema } from './citation.ts';
import { plainText, slug, year } from './common.ts';
import { coded } from './coded.ts';
import { CHANGE_KINDS, CHANGE_LABELS, GROUP_LABELS, GROUPS, LEVEL_LABELS, LEVELS, STANDING_LABELS, STANDINGS, TOPIC_LABELS, TOPICS } from './vocabulary.ts';

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

/** A quantified target the source sets, e.g. 2017年建成11个全民健身苑. */
export const targetSchema = z
  .object({
    /** What is to be delivered, e.g. 全民健身苑. */
    item: plainText.describe(t('content.project.target.item')),
    quantity: z.number().positive().describe(t('content.project.target.quantity')),
    /** Counting word, e.g. 个. */
    unit: plainText.describe(t('content.project.target.unit')),
    /** Verb of the target, e.g. 建成. */
    action: plainText.describe(t('content.project.target.action')),
    year: year.nullable().describe(t('content.project.target.year')),
    citations: citationsSchema,
  })
  .strict();

/** A project moved into another project (e.g. a municipal one adjusted into a provincial one). */
export const movedToSchema = z
  .object({
    /** Id of the receiving project in the same programme. */
    project: slug.describe(t('content.project.movedTo.project')),
    citations: citationsSchema,
  })
  .strict();

/** A responsible body, only where the source names one. */
export const responsibleBodySchema = z.object({ name: plainText, citations: citationsSchema }).strict();

const unique = (codes: readonly string[]) => new Set(codes).size === codes.length;

/** One livelihood project as one programme treats it. */
export const projectSchema = z
  .object({
    /** Stable slug; the same project keeps it across years. Unique within a programme. */
    id: slug,
    /** Id of the programme this entry belongs to. */
    programme: slug.describe(t('content.project.programme')),
    /** Chinese name as the notice gives it. */
    name: plainText.describe(t('content.project.name')),
    aliases: z.array(aliasSchema).default([]).describe(t('content.project.aliases')),
    level: coded(LEVELS, LEVEL_LABELS, t('content.project.level')),
    standing: coded(STANDINGS, STANDING_LABELS, t('content.project.standing')),
    /** Order within its heading of the notice, for listing in the notice's own order. */
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
    responsibleBody: responsibleBodySchema.nullable().default(null).describe(t('content.project.responsibleBody')),
    /** Editorial: topics this site files the project under, from its own name and description (not the notice's words; no citation). */
    topics: z.array(coded(TOPICS, TOPIC_LABELS)).default([]).refine(unique, t('content.project.classification.duplicate')).describe(t('content.project.topics')),
    /** Editorial: groups of people the project's name or description plainly names (not the notice's words; no citation). */
    groups: z.array(coded(GROUPS, GROUP_LABELS)).default([]).refine(unique, t('content.project.classification.duplicate')).describe(t('content.project.groups')),
    citations: citationsSchema,
  })
  .strict();

export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
