/**
 * Every data file's exact bytes, from one pure function of the content. The endpoints serve these
 * bytes and the data page lists their sizes and checksums, so what the page says is what is served.
 * Which files there are comes from the catalogue (catalogue.ts); this module only makes them.
 */
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName, type ProjectFile } from '../../schemas/open-data.ts';
import { isSplittable, partPath, publishedFiles, type FileKind, type FileKindIdAt, type PublishedFile, type SiteFileKind } from './catalogue.ts';
import type { Table } from './columns.ts';
import { contextT, oncePerContext, type OpenDataContext } from './context.ts';
import { DEFAULT_FILE_LIMIT } from './split.ts';
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { dcatCatalog } from './dcat.ts';
import { programmesDocument, projectDocuments, projectsDocument, standardsDocument } from './documents.ts';
import { publishedJsonSchema } from './json-schema.ts';
import { PROJECTS_TABLE, type ProjectRow } from './project-table.ts';

/** One published data file with its bytes. */
export interface DataFile extends PublishedFile {
  /** Number of records (table rows or JSON records) for the whole-data-set files. */
  records?: number;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A data file together with its size and SHA-256, as listed on the data page and in the metadata. */
export interface DescribedDataFile extends DataFile {
  size: number;
  sha256: string;
}

const encoder = new TextEncoder();
/** Pretty-printed JSON with a final newline: diffable, and identical for identical input. */
export const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
const csvBytes = <Row>(table: Table<Row>, rows: readonly Row[], bom: boolean) => encoder.encode(toCsv(table.columns, rows, bom));

/** Refuses to publish a document its own published schema would reject. */
function checked<T>(name: PublishedFileName, document: T): T {
  const result = PUBLISHED_FILE_SCHEMAS[name].safeParse(document);
  if (!result.success) throw new Error(`data file ${name} does not match its schema: ${result.error.message}`);
  return document;
}

type Made = { bytes: Uint8Array<ArrayBuffer>; records?: number };
const key = (programme: string, id: string) => `${programme}/${id}`;

/** A whole table (the kind's own column definitions and every row) and its row count. */
function wholeTable(ctx: OpenDataContext, file: PublishedFile): Made {
  const table = file.kind.table;
  if (!table) throw new Error(`data file ${file.path} has no table`);
  const rows = table.rows(ctx);
  return { bytes: csvBytes(table, rows, file.kind.bom), records: rows.length };
}
/** A whole-data-set JSON document and its record count. */
function jsonDocument(name: PublishedFileName, doc: { records: readonly unknown[] }): Made {
  return { bytes: jsonBytes(checked(name, doc)), records: doc.records.length };
}

/** Each project's document and CSV row, by `programme/id`, made once per context. */
const projectDocumentsByKey = oncePerContext((ctx) => new Map<string, ProjectFile>(projectDocuments(ctx).map((d) => [key(d.record.programme, d.record.id), d])));
const projectRowsByKey = oncePerContext((ctx) => new Map<string, ProjectRow>(PROJECTS_TABLE.rows(ctx).map((r) => [key(r.record.programme, r.record.id), r])));

function projectOf(file: PublishedFile): { programme: string; id: string } {
  if (!file.project) throw new Error(`data file ${file.path} has no project`);
  return file.project;
}

/** One project's row of projects.csv as a file of its own, with or without the byte order mark as its kind says. */
function projectCsv(ctx: OpenDataContext, file: PublishedFile): Made {
  const { programme, id } = projectOf(file);
  return { bytes: csvBytes(PROJECTS_TABLE, [projectRowsByKey(ctx).get(key(programme, id))!], file.kind.bom) };
}

/**
 * How each kind made from the content is made. Typed by the catalogue: a kind added there without
 * a maker here fails the type check.
 */
const MAKERS: { [K in FileKindIdAt<'data'>]: (ctx: OpenDataContext, file: PublishedFile) => Made } = {
  'projects-csv': wholeTable,
  'projects-nobom-csv': wholeTable,
  'standards-csv': wholeTable,
  'standards-nobom-csv': wholeTable,
  'milestones-csv': wholeTable,
  'milestones-nobom-csv': wholeTable,
  'targets-csv': wholeTable,
  'targets-nobom-csv': wholeTable,
  'projects-json': (ctx) => jsonDocument('projects', projectsDocument(ctx)),
  'standards-json': (ctx) => jsonDocument('standards', standardsDocument(ctx)),
  'programmes-json': (ctx) => jsonDocument('programmes', programmesDocument(ctx)),
  'json-schema': (ctx, file) => ({ bytes: jsonBytes(publishedJsonSchema(file.schemaOf!, ctx.siteBase)) }),
  'project-json': (ctx, file) => {
    const { programme, id } = projectOf(file);
    return { bytes: jsonBytes(checked('project', projectDocumentsByKey(ctx).get(key(programme, id))!)) };
  },
  'project-csv': projectCsv,
  'project-nobom-csv': projectCsv,
};

/** How each metadata file is made: from the data files it describes, by their sizes and checksums. */
const METADATA_MAKERS: { [K in FileKindIdAt<'metadata'>]: (ctx: OpenDataContext, files: readonly DescribedDataFile[]) => unknown } = {
  datapackage: dataPackage,
  catalog: dcatCatalog,
};

const isAt =
  <S extends FileKind['stage']>(stage: S) =>
  (f: PublishedFile) =>
    f.kind.stage === stage;

/** Records of one programme in a whole-data-set JSON document, with the notices it was made from narrowed to that programme's. */
function jsonPart<D extends { generatedFrom: readonly { programme: string }[]; records: readonly { programme: string }[] }>(
  name: PublishedFileName,
  doc: D,
  programme: string,
): Made {
  return jsonDocument(name, { ...doc, generatedFrom: doc.generatedFrom.filter((g) => g.programme === programme), records: doc.records.filter((r) => r.programme === programme) });
}

/** One programme's part of a split site-wide file: the rows (or records) of that programme only. */
function partOf(ctx: OpenDataContext, kind: SiteFileKind, programme: string): Made {
  if (kind.table) {
    const column = kind.table.columns.find((c) => c.name === 'programme_id');
    if (!column) throw new Error(`data file ${kind.path} has no programme_id column to split by`);
    const rows = kind.table.rows(ctx).filter((r) => column.value(r) === programme);
    return { bytes: csvBytes(kind.table, rows, kind.bom), records: rows.length };
  }
  if (kind.schema === 'projects') return jsonPart('projects', projectsDocument(ctx), programme);
  if (kind.schema === 'standards') return jsonPart('standards', standardsDocument(ctx), programme);
  throw new Error(`data file ${kind.path} cannot be split by programme`);
}

/**
 * A made file, or its parts by programme (split.ts) when it is a site-wide table whose bytes pass
 * the limit: the whole file is then not published.
 */
function withinLimit(ctx: OpenDataContext, file: DataFile): DataFile[] {
  const kind = file.kind as SiteFileKind;
  const limit = ctx.fileLimit ?? DEFAULT_FILE_LIMIT;
  if (!isSplittable(kind) || file.bytes.byteLength <= limit) return [file];
  const translate = contextT(ctx);
  return ctx.content.programmes.map((p) => ({
    kind,
    path: partPath(kind, p.id),
    title: translate('data.file.part.title', { title: file.title, programme: translate('data.file.part.programme', { jurisdiction: p.jurisdiction, year: p.year }) }),
    part: { programme: p.id, limit },
    ...partOf(ctx, kind, p.id),
  }));
}

/** Every data file made from the content (the metadata and the checksum list excepted), in catalogue order. */
export function dataFiles(ctx: OpenDataContext): DataFile[] {
  return publishedFiles(ctx)
    .filter(isAt('data'))
    .flatMap((f) => withinLimit(ctx, { ...f, ...MAKERS[f.kind.id as FileKindIdAt<'data'>](ctx, f) }));
}

/** The metadata files (datapackage.json, catalog.jsonld), made from the described data files. */
export function metadataFiles(ctx: OpenDataContext, files: readonly DescribedDataFile[]): DataFile[] {
  return publishedFiles(ctx)
    .filter(isAt('metadata'))
    .map((f) => ({ ...f, bytes: jsonBytes(METADATA_MAKERS[f.kind.id as FileKindIdAt<'metadata'>](ctx, files)) }));
}
