import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { plainText, slug, year } from './common.ts';
import { CHANGE_KINDS, LEVELS, STANDINGS } from './vocabulary.ts';

/** Another name under which the source refers to the same project. */
export const aliasSchema = z
  .object({ name: plainText, citations: citationsSchema })
  .strict();

/** A change made to the project this year (e.g. 提标扩面); details live in the standards. */
export const changeSchema = z
  .object({
    kind: z.enum(CHANGE_KINDS).describe('变化类型 / Kind of change'),
    /** The sentence of the notice that states the change. */
    summary: plainText.describe('变化内容（通知原文措辞） / What changed, in the notice’s words'),
    citations: citationsSchema,
  })
  .strict();

/** A quantified target the source sets, e.g. 2017年建成11个全民健身苑. */
export const targetSchema = z
  .object({
    /** What is to be delivered, e.g. 全民健身苑. */
    item: plainText.describe('要建成或提供的内容 / What is to be delivered'),
    quantity: z.number().positive().describe('数量 / How many'),
    /** Counting word, e.g. 个. */
    unit: plainText.describe('单位或量词，如“个” / Unit or counting word, e.g. 个'),
    /** Verb of the target, e.g. 建成. */
    action: plainText.describe('动作，如“建成” / Action, e.g. 建成'),
    year: year.nullable().describe('目标所属年份（仅在通知写明时填写） / Year the target applies to, if stated'),
    citations: citationsSchema,
  })
  .strict();

/** A project moved into another project (e.g. a municipal one adjusted into a provincial one). */
export const movedToSchema = z
  .object({
    /** Id of the receiving project in the same programme. */
    project: slug.describe('承接项目的编号（同一计划内） / Id of the receiving project in the same programme'),
    citations: citationsSchema,
  })
  .strict();

/** A responsible body, only where the source names one. */
export const responsibleBodySchema = z
  .object({ name: plainText, citations: citationsSchema })
  .strict();

/** One livelihood project as one programme treats it. */
export const projectSchema = z
  .object({
    /** Stable slug; the same project keeps it across years. Unique within a programme. */
    id: slug,
    /** Id of the programme this entry belongs to. */
    programme: slug.describe('计划编号 / Id of the programme'),
    /** Chinese name as the notice gives it. */
    name: plainText.describe('名称（按通知原文） / Name as the notice gives it'),
    aliases: z.array(aliasSchema).default([]).describe('原文对该项目使用的其他名称 / Other names the source uses for the project'),
    level: z.enum(LEVELS).describe('决定该项目的政府层级 / Government level that decided the project'),
    standing: z.enum(STANDINGS).describe('项目在本计划中的本年情况 / Standing of the project in this programme'),
    /** Order within its heading of the notice, for listing in the notice's own order. */
    order: z.number().int().positive().describe('在通知中的序号，用于按原文顺序排列 / Position in the notice, for listing in source order'),
    /** Description in the notice’s words; null where the notice says nothing about the content. */
    description: plainText.nullable().describe('项目内容描述（通知原文措辞）；通知未载明时为 null / Description in the notice’s words, or null'),
    changes: z.array(changeSchema).default([]).describe('本年所作的变化（如提标扩面） / Changes made this year (e.g. 提标扩面)'),
    /** Projects merged into this one this year (their standing is `merged-away`). */
    mergedFrom: z.array(slug).default([]).describe('整合归并入本项目的项目编号 / Ids of the projects merged into this one'),
    /** For a `merged-away` project: the project that carries it on. */
    mergedInto: slug.nullable().default(null).describe('本项目整合归并至的项目编号 / Id of the project this one was merged into'),
    movedTo: movedToSchema.nullable().default(null).describe('本项目调整并入的项目 / Project this one was moved into'),
    /** What the notice says about a withdrawn, adjusted-out or merged-away project leaving, in its words. */
    exitNote: plainText.nullable().default(null).describe("通知对项目退出或并入其他项目的说明（通知原文措辞） / What the notice says about the project leaving or being folded in"),
    targets: z.array(targetSchema).default([]).describe('量化目标 / Quantified targets'),
    responsibleBody: responsibleBodySchema.nullable().default(null).describe('责任单位（仅在通知写明时填写） / Responsible body, only where stated'),
    citations: citationsSchema,
  })
  .strict();

export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
