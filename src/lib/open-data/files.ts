/**
 * Every data file's exact bytes, from one pure function of the content. The endpoints serve these
 * bytes and the data page lists their sizes and checksums, so what the page says is what is served.
 */
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName } from '../../schemas/open-data.ts';
import type { Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { toCsv } from './csv.ts';
import { JSON_FILE_TITLES, programmesDocument, projectDocuments, projectsDocument, standardsDocument } from './documents.ts';
import { publishedJsonSchema } from './json-schema.ts';
import { projectDataFile, schemaFile } from './links.ts';
import { MILESTONES_TABLE, milestoneRows } from './milestone-table.ts';
import { PROJECTS_TABLE, projectRows } from './project-table.ts';
import { STANDARDS_TABLE, standardRows } from './standard-table.ts';

/** How a file is listed on the data page. */
export type DataFileGroup = 'table' | 'json' | 'project' | 'schema' | 'metadata';

/** One published data file. */
export interface DataFile {
  /** Path inside data/, e.g. `projects.csv` or `luyang-2017/projects/legal-aid.json`. */
  path: string;
  format: 'csv' | 'json' | 'jsonld';
  mediaType: string;
  /** Chinese title. */
  title: string;
  group: DataFileGroup;
  /** Number of records (table rows or JSON records) for the whole-data-set files. */
  records?: number;
  /** For a project file: the programme and project it holds. */
  project?: { programme: string; id: string };
  bytes: Uint8Array<ArrayBuffer>;
}

/** A data file together with its size and SHA-256, as listed on the data page and in the metadata. */
export interface DescribedDataFile extends DataFile {
  size: number;
  sha256: string;
}

/** Media types of the data files (JSON Schemas get their own, per the JSON Schema specification). */
export const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', jsonld: 'application/ld+json', schema: 'application/schema+json' } as const;

const encoder = new TextEncoder();
/** Pretty-printed JSON with a final newline: diffable, and identical for identical input. */
export const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
const csvBytes = <Row>(table: Table<Row>, rows: readonly Row[]) => encoder.encode(toCsv(table.columns, rows));

/** Refuses to publish a document its own published schema would reject. */
function checked<T>(name: PublishedFileName, document: T): T {
  const result = PUBLISHED_FILE_SCHEMAS[name].safeParse(document);
  if (!result.success) throw new Error(`data file ${name} does not match its schema: ${result.error.message}`);
  return document;
}

/** Every data file except the package metadata (datapackage.json, catalog.jsonld), in listing order. */
export function dataFiles(ctx: OpenDataContext): DataFile[] {
  const projects = projectRows(ctx);
  const standards = standardRows(ctx);
  const milestones = milestoneRows(ctx);
  const programmes = programmesDocument(ctx);
  const files: DataFile[] = [
    { path: 'projects.csv', format: 'csv', mediaType: MEDIA_TYPES.csv, title: PROJECTS_TABLE.title, group: 'table', records: projects.length, bytes: csvBytes(PROJECTS_TABLE, projects) },
    { path: 'standards.csv', format: 'csv', mediaType: MEDIA_TYPES.csv, title: STANDARDS_TABLE.title, group: 'table', records: standards.length, bytes: csvBytes(STANDARDS_TABLE, standards) },
    { path: 'milestones.csv', format: 'csv', mediaType: MEDIA_TYPES.csv, title: MILESTONES_TABLE.title, group: 'table', records: milestones.length, bytes: csvBytes(MILESTONES_TABLE, milestones) },
    { path: 'projects.json', format: 'json', mediaType: MEDIA_TYPES.json, title: JSON_FILE_TITLES.projects, group: 'json', records: projects.length, bytes: jsonBytes(checked('projects', projectsDocument(ctx))) },
    { path: 'standards.json', format: 'json', mediaType: MEDIA_TYPES.json, title: JSON_FILE_TITLES.standards, group: 'json', records: standards.length, bytes: jsonBytes(checked('standards', standardsDocument(ctx))) },
    { path: 'programmes.json', format: 'json', mediaType: MEDIA_TYPES.json, title: JSON_FILE_TITLES.programmes, group: 'json', records: programmes.records.length, bytes: jsonBytes(checked('programmes', programmes)) },
  ];
  for (const name of Object.keys(PUBLISHED_FILE_SCHEMAS) as PublishedFileName[]) {
    files.push({ path: schemaFile(name), format: 'json', mediaType: MEDIA_TYPES.schema, title: `${JSON_FILE_TITLES[name]}的 JSON Schema`, group: 'schema', bytes: jsonBytes(publishedJsonSchema(name, ctx.siteBase)) });
  }
  const documents = projectDocuments(ctx);
  projects.forEach((row, i) => {
    const { programme, id, name } = row.record;
    const project = { programme, id };
    files.push({ path: projectDataFile(programme, id, 'json'), format: 'json', mediaType: MEDIA_TYPES.json, title: name, group: 'project', project, bytes: jsonBytes(checked('project', documents[i]!)) });
    files.push({ path: projectDataFile(programme, id, 'csv'), format: 'csv', mediaType: MEDIA_TYPES.csv, title: name, group: 'project', project, bytes: csvBytes(PROJECTS_TABLE, [row]) });
  });
  return files;
}
