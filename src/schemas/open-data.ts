/**
 * Shapes of the published open-data JSON files. They extend the content schemas rather than
 * restating them, so the JSON Schemas published under /data/schema/ (generated from these with
 * `z.toJSONSchema`) can never drift from what the content model validates.
 */
import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';
import { milestoneSchema } from './milestone.ts';
import { oversightSchema } from './oversight.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema } from './project.ts';
import { amountStandardSchema, coverageStandardSchema } from './standard.ts';

/** Version of the file formats; bumped only for a change that breaks existing readers. */
export const OPEN_DATA_FORMAT_VERSION = 1;

const absoluteUrl = z.url();

/** A project entry as published: the content record plus labels, reverse lineage and its page. */
export const publishedProjectSchema = projectSchema.extend({
  levelLabel: z.string().min(1).describe('Chinese label of the level, e.g. 省级'),
  standingLabel: z.string().min(1).describe('Chinese label of the standing, e.g. 继续实施'),
  movedFrom: z.array(slug).describe('Ids of the projects moved into this one (the reverse of movedTo)'),
  standards: z.array(slug).describe('Ids of the standards of this project (records of standards.json)'),
  url: absoluteUrl.describe('Absolute URL of the project page'),
});

/** Fields every published standard gains over its content record. */
const standardExtras = {
  projectName: plainText.describe('Name of the project the standard belongs to'),
  url: absoluteUrl.describe('Absolute URL of the project page section listing the standard'),
};

/** A standard as published; amount standards also carry their change, computed from the two values. */
export const publishedStandardSchema = z.discriminatedUnion('kind', [
  amountStandardSchema.extend({
    ...standardExtras,
    unitLabel: z.string().min(1).describe('Unit as shown on the site, e.g. 元/人/月'),
    absoluteChange: z.number().describe('current.value minus previous.value, in the unit'),
    percentChange: z.number().nullable().describe('Relative change in percent, one decimal; null when the previous value is 0'),
  }),
  coverageStandardSchema.extend(standardExtras),
]);

/** One anchored paragraph of a source document, so that every citation can be checked offline. */
export const publishedParagraphSchema = z
  .object({
    id: z.string().regex(/^p\d+$/).describe('Paragraph anchor cited by citations[].paragraph, e.g. p12'),
    number: z.number().int().positive().describe('1-based paragraph number in the original'),
    kind: z.enum(['h1', 'h2', 'h3', 'p']).describe('Title, part heading, section heading or body paragraph'),
    text: z.string().describe('Text of the paragraph exactly as in the original'),
  })
  .strict();

/** The source document a programme was transcribed from. */
export const publishedSourceSchema = z
  .object({
    id: slug.describe('Id of the source document, as used by citations[].source'),
    title: plainText.describe('Title of the document'),
    issuer: plainText.nullable().describe('Issuer as stated, or null'),
    provenance: plainText.describe('How the text was obtained'),
    url: z.url().nullable().describe('Public URL of the original, only if known'),
    pageUrl: absoluteUrl.describe('Absolute URL of the full text on this site'),
    paragraphs: z.array(publishedParagraphSchema).describe('Every paragraph, in document order'),
  })
  .strict();

/** A programme as published, with its source document, deadlines and oversight mechanisms. */
export const publishedProgrammeSchema = programmeSchema.extend({
  url: absoluteUrl.describe('Absolute URL of the programme overview page'),
  projectEntries: z.number().int().min(0).describe('Itemised project entries of every standing (projects.json)'),
  implemented: z.number().int().min(0).describe('Entries carried out this year (new, continued, formed by merger, implemented)'),
  sourceDocument: publishedSourceSchema.describe('The notice the programme was transcribed from'),
  milestones: z.array(milestoneSchema).describe('Deadlines of the programme, by month'),
  oversight: z.array(oversightSchema).describe('Oversight and management mechanisms, in notice order'),
});

/** Metadata heading every published JSON file. */
function fileMeta<N extends string>(name: N) {
  return {
    formatVersion: z.literal(OPEN_DATA_FORMAT_VERSION).describe('Version of this file format (see docs/open-data.md)'),
    name: z.literal(name).describe('Name of this file'),
    title: z.string().min(1).describe('Title of this file, in Chinese'),
    lastUpdated: z.iso.date().describe('Date the data was last updated (yyyy-mm-dd); see the data page for how it is set'),
    licence: z
      .object({ name: z.string().min(1).describe('Name of the licence'), url: z.url().describe('Text of the licence') })
      .strict()
      .describe('Licence of the data'),
    schema: absoluteUrl.describe('URL of the JSON Schema describing this file'),
    generatedFrom: z
      .array(
        z
          .object({
            programme: slug.describe('Id of the programme'),
            source: slug.describe('Id of the source document'),
            title: plainText.describe('Title of the source document'),
            url: absoluteUrl.describe('Absolute URL of its full text on this site'),
          })
          .strict(),
      )
      .describe('Source documents the records were transcribed from'),
  };
}

/** /data/projects.json */
export const projectsFileSchema = z.object({ ...fileMeta('projects'), records: z.array(publishedProjectSchema).describe('Every project entry, programmes newest first, projects in notice order') }).strict();
/** /data/standards.json */
export const standardsFileSchema = z.object({ ...fileMeta('standards'), records: z.array(publishedStandardSchema).describe('Every standard, in the order of its project') }).strict();
/** /data/programmes.json */
export const programmesFileSchema = z.object({ ...fileMeta('programmes'), records: z.array(publishedProgrammeSchema).describe('Every programme, newest first') }).strict();
/** /data/<programme>/projects/<id>.json */
export const projectFileSchema = z
  .object({
    ...fileMeta('project'),
    record: publishedProjectSchema.describe('The project entry'),
    standards: z.array(publishedStandardSchema).describe('Standards of this project (the records of standards.json whose project is this one)'),
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
