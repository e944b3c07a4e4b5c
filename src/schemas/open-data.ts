/**
 * Shapes of the published open-data JSON files. They extend the content schemas rather than
 * restating them, so the JSON Schemas published under /data/schema/ (generated from these with
 * `z.toJSONSchema`) can never drift from what the content model validates.
 */
import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { plainText, slug } from './common.ts';
import { milestoneSchema } from './milestone.ts';
import { oversightSchema } from './oversight.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema } from './project.ts';
import { amountStandardSchema, coverageStandardSchema } from './standard.ts';
import { IMPLEMENTED_STANDINGS, NOT_IMPLEMENTED_STANDINGS, STANDING_LABELS } from './vocabulary.ts';

/** Version of the file formats; bumped only for a change that breaks existing readers. */
export const OPEN_DATA_FORMAT_VERSION = 1;

/**
 * A published URL: absolute, or site-relative (`/minsheng/…`) in a preview build, which knows no
 * origin (src/lib/site/origin.ts; docs/open-data.md).
 */
const absoluteUrl = z.union([z.url(), z.string().regex(/^\/[^\s/][^\s]*$|^\/$/)]);

/** A project entry as published: the content record plus labels, reverse lineage and its page. */
export const publishedProjectSchema = projectSchema.extend({
  levelLabel: z.string().min(1).nullable().describe(t('data.schema.project.levelLabel')),
  standingLabel: z.string().min(1).nullable().describe(t('data.schema.project.standingLabel')),
  implemented: z.boolean().describe(t('data.schema.project.implemented', { implemented: IMPLEMENTED_STANDINGS, notImplemented: NOT_IMPLEMENTED_STANDINGS })),
  categoryName: plainText.nullable().describe(t('data.schema.project.categoryName')),
  movedFrom: z.array(slug).describe(t('data.schema.project.movedFrom')),
  standards: z.array(slug).describe(t('data.schema.project.standards')),
  url: absoluteUrl.describe(t('data.schema.project.url')),
});

/** Fields every published standard gains over its content record. */
const standardExtras = {
  projectName: plainText.describe(t('data.schema.standard.projectName')),
  url: absoluteUrl.describe(t('data.schema.standard.url')),
};

/** A standard as published; amount standards also carry their change, computed from the two values. */
export const publishedStandardSchema = z.discriminatedUnion('kind', [
  amountStandardSchema.extend({
    ...standardExtras,
    unitLabel: z.string().min(1).describe(t('data.schema.standard.unitLabel')),
    absoluteChange: z.number().nullable().describe(t('data.schema.standard.absoluteChange')),
    percentChange: z.number().nullable().describe(t('data.schema.standard.percentChange')),
  }),
  coverageStandardSchema.extend(standardExtras),
]);

/** One anchored paragraph of a source document, so that every citation can be checked offline. */
export const publishedParagraphSchema = z
  .object({
    id: z
      .string()
      .regex(/^p\d+$/)
      .describe(t('data.schema.paragraph.id')),
    number: z.number().int().positive().describe(t('data.schema.paragraph.number')),
    kind: z.enum(['h1', 'h2', 'h3', 'p']).describe(t('data.schema.paragraph.kind')),
    text: z.string().describe(t('data.schema.paragraph.text')),
  })
  .strict();

/** The source document a programme was transcribed from. */
export const publishedSourceSchema = z
  .object({
    id: slug.describe(t('data.schema.source.id')),
    title: plainText.describe(t('data.schema.source.title')),
    issuer: plainText.nullable().describe(t('data.schema.source.issuer')),
    provenance: plainText.describe(t('data.schema.source.provenance')),
    url: z.url().nullable().describe(t('data.schema.source.url')),
    pageUrl: absoluteUrl.describe(t('data.schema.source.pageUrl')),
    paragraphs: z.array(publishedParagraphSchema).describe(t('data.schema.source.paragraphs')),
  })
  .strict();

/** A programme as published, with its source document, deadlines and oversight mechanisms. */
export const publishedProgrammeSchema = programmeSchema.extend({
  url: absoluteUrl.describe(t('data.schema.programme.url')),
  projectEntries: z.number().int().min(0).describe(t('data.schema.programme.projectEntries')),
  implemented: z
    .number()
    .int()
    .min(0)
    .describe(t('data.schema.programme.implemented', { labels: IMPLEMENTED_STANDINGS.map((s) => STANDING_LABELS[s]), codes: IMPLEMENTED_STANDINGS })),
  sourceDocument: publishedSourceSchema.describe(t('data.schema.programme.sourceDocument')),
  milestones: z.array(milestoneSchema).describe(t('data.schema.programme.milestones')),
  oversight: z.array(oversightSchema).describe(t('data.schema.programme.oversight')),
});

/** Metadata heading every published JSON file. */
function fileMeta<N extends string>(name: N) {
  return {
    formatVersion: z.literal(OPEN_DATA_FORMAT_VERSION).describe(t('data.schema.file.formatVersion')),
    name: z.literal(name).describe(t('data.schema.file.name')),
    title: z.string().min(1).describe(t('data.schema.file.title')),
    /** Null when the build knows no date for the data (see last-updated.ts): never a guessed one. */
    lastUpdated: z.iso.date().nullable().describe(t('data.schema.file.lastUpdated')),
    licence: z
      .object({
        id: z.string().min(1).nullable().describe(t('data.schema.file.licence.id')),
        name: z.string().min(1).describe(t('data.schema.file.licence.name')),
        url: z.url().describe(t('data.schema.file.licence.url')),
      })
      .strict()
      .describe(t('data.schema.file.licence')),
    schema: absoluteUrl.describe(t('data.schema.file.schema')),
    generatedFrom: z
      .array(
        z
          .object({
            programme: slug.describe(t('data.schema.file.generatedFrom.programme')),
            source: slug.describe(t('data.schema.file.generatedFrom.source')),
            title: plainText.describe(t('data.schema.file.generatedFrom.title')),
            url: absoluteUrl.describe(t('data.schema.file.generatedFrom.url')),
          })
          .strict(),
      )
      .describe(t('data.schema.file.generatedFrom')),
  };
}

/** /data/projects.json */
export const projectsFileSchema = z.object({ ...fileMeta('projects'), records: z.array(publishedProjectSchema).describe(t('data.schema.projectsFile.records')) }).strict();
/** /data/standards.json */
export const standardsFileSchema = z.object({ ...fileMeta('standards'), records: z.array(publishedStandardSchema).describe(t('data.schema.standardsFile.records')) }).strict();
/** /data/programmes.json */
export const programmesFileSchema = z.object({ ...fileMeta('programmes'), records: z.array(publishedProgrammeSchema).describe(t('data.schema.programmesFile.records')) }).strict();
/** /data/<programme>/projects/<id>.json */
export const projectFileSchema = z
  .object({
    ...fileMeta('project'),
    record: publishedProjectSchema.describe(t('data.schema.projectFile.record')),
    standards: z.array(publishedStandardSchema).describe(t('data.schema.projectFile.standards')),
  })
  .strict();

/** Every published JSON file kind, keyed by the name of its schema file (`<name>.schema.json`). */
export const PUBLISHED_FILE_SCHEMAS = {
  projects: projectsFileSchema,
  standards: standardsFileSchema,
  programmes: programmesFileSchema,
  project: projectFileSchema,
} as const;
export type PublishedFileName = keyof typeof PUBLISHED_FILE_SCHEMAS;

export type PublishedProject = z.infer<typeof publishedProjectSchema>;
export type PublishedStandard = z.infer<typeof publishedStandardSchema>;
export type PublishedProgramme = z.infer<typeof publishedProgrammeSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type StandardsFile = z.infer<typeof standardsFileSchema>;
export type ProgrammesFile = z.infer<typeof programmesFileSchema>;
export type ProjectFile = z.infer<typeof projectFileSchema>;
export type FileMeta = Omit<ProjectsFile, 'records' | 'name'>;
