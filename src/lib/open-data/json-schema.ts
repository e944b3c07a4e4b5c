import { z } from 'astro/zod';
import { t } from '../../i18n/index.ts';
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName } from '../../schemas/open-data.ts';
import { pathPattern, schemaFile, schemaSubject } from './catalogue.ts';
import { absoluteUrl, dataPath } from './links.ts';

/** What each published JSON file holds, for the schema's own description. */
const DESCRIPTIONS = {
  projects: 'data.jsonSchema.projects.description',
  standards: 'data.jsonSchema.standards.description',
  programmes: 'data.jsonSchema.programmes.description',
  project: 'data.jsonSchema.project.description',
} as const satisfies Record<PublishedFileName, string>;

/**
 * The JSON Schema (draft 2020-12) of one published JSON file, generated from its zod schema (the
 * one source of truth), with an absolute `$id` where it is published. Its title is the path of the
 * files it describes, from the catalogue (a pattern such as `<programme>/projects/<id>.json` for
 * the per-project files).
 */
export function publishedJsonSchema(name: PublishedFileName, siteBase: string): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(PUBLISHED_FILE_SCHEMAS[name], { target: 'draft-2020-12' });
  return { $schema, $id: absoluteUrl(siteBase, dataPath(schemaFile(name))), title: pathPattern(schemaSubject(name)), description: t(DESCRIPTIONS[name]), ...generated };
}
