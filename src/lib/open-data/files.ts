/**
 * Every data file's exact bytes, from one pure function of the content. The endpoints serve these
 * bytes and the data page lists their sizes and checksums, so what the page says is what is served.
 * Which files there are comes from the catalogue (catalogue.ts); this module only makes them.
 */
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName, type ProjectFile } from '../../schemas/open-data.ts';
import { isSplittable, partPath, publishedFiles, type FileKind, type FileKindIdAt, type PublishedFile, type SiteFileKind } from './catalogue.ts';
import type { Table } from './columns.ts';
import { contextT, oncePerContext, type OpenDataContext } from './context.ts';
import { fileLimitOf } from './split.ts';
import { checksumsText } from './checksum-list.ts';
import { BOM, csvLines } from './csv.ts';
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

/** The UTF-8 byte order mark that starts each `.csv` twin (CSV_ENCODING_RULE in catalogue.ts). */
const BOM_BYTES = encoder.encode(BOM);

/**
 * A table's CSV, stringified and encoded once per context: its rows, the header line's bytes and
 * each row's line's bytes, in file order. Every file of the table is cut from these: both twins
 * (the `.csv` one is the `.nobom.csv` one after the byte order mark), a part's or chunk's rows, and
 * for the projects table each project's own file.
 */
interface EncodedTable<Row> {
  rows: readonly Row[];
  header: Uint8Array<ArrayBuffer>;
  lines: readonly Uint8Array<ArrayBuffer>[];
}
const encodedTables = new WeakMap<OpenDataContext, Map<Table<unknown>, EncodedTable<unknown>>>();
function encodedTable<Row>(ctx: OpenDataContext, table: Table<Row>): EncodedTable<Row> {
  let tables = encodedTables.get(ctx);
  if (!tables) encodedTables.set(ctx, (tables = new Map()));
  let made = tables.get(table as Table<unknown>) as EncodedTable<Row> | undefined;
  if (!made) {
    const rows = table.rows(ctx);
    const text = csvLines(table.columns, rows);
    made = { rows, header: encoder.encode(text.header), lines: text.rows.map((line) => encoder.encode(line)) };
    tables.set(table as Table<unknown>, made as EncodedTable<unknown>);
  }
  return made;
}
/** The bytes of a CSV file: the byte order mark when `bom`, the header line and the given rows' lines. */
function csvFile(table: EncodedTable<unknown>, lines: readonly Uint8Array[], bom: boolean): Uint8Array<ArrayBuffer> {
  const start = bom ? BOM_BYTES.byteLength : 0;
  let size = start + table.header.byteLength;
  for (const line of lines) size += line.byteLength;
  const bytes = new Uint8Array(size);
  if (bom) bytes.set(BOM_BYTES);
  bytes.set(table.header, start);
  let at = start + table.header.byteLength;
  for (const line of lines) {
    bytes.set(line, at);
    at += line.byteLength;
  }
  return bytes;
}

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
  const encoded = encodedTable(ctx, table);
  return { bytes: csvFile(encoded, encoded.lines, file.kind.bom), records: encoded.rows.length };
}
/** A whole-data-set JSON document and its record count. */
function jsonDocument(name: PublishedFileName, doc: { records: readonly unknown[] }): Made {
  return { bytes: jsonBytes(checked(name, doc)), records: doc.records.length };
}

/** Each project's document and CSV row, by `programme/id`, made once per context. */
const projectDocumentsByKey = oncePerContext((ctx) => new Map<string, ProjectFile>(projectDocuments(ctx).map((d) => [key(d.record.programme, d.record.id), d])));
const projectLinesByKey = oncePerContext((ctx) => {
  const table = encodedTable<ProjectRow>(ctx, PROJECTS_TABLE);
  return new Map<string, Uint8Array>(table.rows.map((r, i) => [key(r.record.programme, r.record.id), table.lines[i]!]));
});

function projectOf(file: PublishedFile): { programme: string; id: string } {
  if (!file.project) throw new Error(`data file ${file.path} has no project`);
  return file.project;
}

/** One project's row of projects.csv as a file of its own, with or without the byte order mark as its kind says. */
function projectCsv(ctx: OpenDataContext, file: PublishedFile): Made {
  const { programme, id } = projectOf(file);
  return { bytes: csvFile(encodedTable(ctx, PROJECTS_TABLE), [projectLinesByKey(ctx).get(key(programme, id))!], file.kind.bom) };
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

/**
 * A programme's checksum list: the checksums of its per-project files, by path (relative to its
 * folder, so that `sha256sum -c SHA256SUMS` runs there), from the bytes the build serves.
 */
function programmeChecksums(files: readonly DescribedDataFile[], programme: string): Uint8Array<ArrayBuffer> {
  const folder = `${programme}/`;
  const own = files.filter((f) => f.kind.scope === 'project' && f.project?.programme === programme).map((f) => ({ path: f.path.slice(folder.length), sha256: f.sha256 }));
  return encoder.encode(checksumsText(own.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))));
}

/** How each metadata file is made: from the data files it describes, by their sizes and checksums. */
const METADATA_MAKERS: { [K in FileKindIdAt<'metadata'>]: (ctx: OpenDataContext, files: readonly DescribedDataFile[], file: PublishedFile) => Uint8Array<ArrayBuffer> } = {
  datapackage: (ctx, files) => jsonBytes(dataPackage(ctx, files)),
  catalog: (ctx, files) => jsonBytes(dcatCatalog(ctx, files)),
  'programme-checksums': (_ctx, files, file) => programmeChecksums(files, file.programme!),
};

const isAt =
  <S extends FileKind['stage']>(stage: S) =>
  (f: PublishedFile) =>
    f.kind.stage === stage;

/** A whole-data-set JSON document: its header's notices by programme and its records. */
type JsonDocument<R> = { generatedFrom: readonly { programme: string }[]; records: readonly R[] };

/**
 * Records of one programme in a whole-data-set JSON document (`programmeOf` a record: its
 * `programme`, or a programme record's own `id`), with the notices it was made from narrowed to
 * that programme's.
 */
function jsonPart<D extends JsonDocument<unknown>>(doc: D, programme: string, programmeOf: (record: D['records'][number]) => string): D {
  return { ...doc, generatedFrom: doc.generatedFrom.filter((g) => g.programme === programme), records: doc.records.filter((r) => programmeOf(r) === programme) };
}

/**
 * One programme's part of a split site-wide file, as a maker of the file for any run of its
 * records (the whole part, or one chunk of it): the rows (or records) of that programme only. For a
 * CSV table, `sized` makes the bytes by which chunks are cut: those of the file with a byte order
 * mark, so that a table's two twins are cut at the same rows.
 */
interface PartMaker {
  count: number;
  make(from: number, to: number): Made;
  sized(from: number, to: number): number;
}
function partOf(ctx: OpenDataContext, kind: SiteFileKind, programme: string): PartMaker {
  if (kind.table) {
    const table = kind.table;
    const column = table.columns.find((c) => c.name === 'programme_id');
    if (!column) throw new Error(`data file ${kind.path} has no programme_id column to split by`);
    const encoded = encodedTable(ctx, table);
    const lines = encoded.lines.filter((_, i) => column.value(encoded.rows[i]) === programme);
    // Bytes before each row's line (after the byte order mark and the header), so that a run's size is a difference.
    const offsets = [0];
    for (const line of lines) offsets.push(offsets.at(-1)! + line.byteLength);
    return {
      count: lines.length,
      make: (from, to) => ({ bytes: csvFile(encoded, lines.slice(from, to), kind.bom), records: to - from }),
      sized: (from, to) => BOM_BYTES.byteLength + encoded.header.byteLength + offsets[to]! - offsets[from]!,
    };
  }
  const json = <D extends JsonDocument<unknown>>(name: PublishedFileName, whole: D, programmeOf: (record: D['records'][number]) => string): PartMaker => {
    const doc = jsonPart(whole, programme, programmeOf);
    // A run sized when cutting chunks is the file when it is kept: made once.
    const made = new Map<string, Made>();
    const make = (from: number, to: number) => {
      const range = `${from}-${to}`;
      let file = made.get(range);
      if (!file) made.set(range, (file = jsonDocument(name, { ...doc, records: doc.records.slice(from, to) })));
      return file;
    };
    return { count: doc.records.length, make, sized: (from, to) => make(from, to).bytes.byteLength };
  };
  if (kind.schema === 'projects') return json('projects', projectsDocument(ctx), (r) => r.programme);
  if (kind.schema === 'standards') return json('standards', standardsDocument(ctx), (r) => r.programme);
  if (kind.schema === 'programmes') return json('programmes', programmesDocument(ctx), (r) => r.id);
  throw new Error(`data file ${kind.path} cannot be split by programme`);
}

/**
 * Record ranges `[from, to)` cutting a part's `count` records into as few runs of about equal
 * length as keep each within `limit` bytes (by `sized`); one run when the part fits. A record that
 * alone passes the limit stays in a run of its own, over it (the post-build check warns).
 */
export function chunkRanges(count: number, limit: number, sized: (from: number, to: number) => number): [number, number][] {
  const total = sized(0, count);
  if (total <= limit || count <= 1) return [[0, count]];
  for (let k = Math.min(count, Math.max(2, Math.ceil(total / limit))); ; k++) {
    const ranges = Array.from({ length: k }, (_, i): [number, number] => [Math.floor((i * count) / k), Math.floor(((i + 1) * count) / k)]);
    if (k >= count || ranges.every(([from, to]) => sized(from, to) <= limit)) return ranges;
  }
}

/**
 * A made file, or its parts by programme (split.ts) when it is a site-wide table whose bytes pass
 * the limit: the whole file is then not published. A programme's part that alone passes the limit
 * is published as numbered chunks, `part-<programme>-<n>`.
 */
function withinLimit(ctx: OpenDataContext, file: DataFile): DataFile[] {
  const kind = file.kind as SiteFileKind;
  const limit = fileLimitOf(ctx.fileLimit);
  // A CSV table's two twins split together, at the size of the one with a byte order mark: the
  // file without it, three bytes smaller, would otherwise stay whole at a limit between the two.
  const size = file.bytes.byteLength + (kind.format === 'csv' && !kind.bom ? BOM_BYTES.byteLength : 0);
  if (!isSplittable(kind) || size <= limit) return [file];
  const translate = contextT(ctx);
  const parts = ctx.content.programmes.flatMap((p): DataFile[] => {
    const maker = partOf(ctx, kind, p.id);
    const programme = translate('data.file.part.programme', { jurisdiction: p.jurisdiction, year: p.year });
    const title = translate('data.file.part.title', { title: file.title, programme });
    const ranges = chunkRanges(maker.count, limit, maker.sized);
    if (ranges.length === 1) return [{ kind, path: partPath(kind, p.id), title, part: { programme: p.id, limit }, ...maker.make(0, maker.count) }];
    return ranges.map(([from, to], i) => ({
      kind,
      path: partPath(kind, p.id, i + 1),
      title: translate('data.file.part.chunkTitle', { title, n: i + 1, of: ranges.length }),
      part: { programme: p.id, limit, chunk: { n: i + 1, of: ranges.length } },
      ...maker.make(from, to),
    }));
  });
  // A chunk of one programme (`part-a-1`) and the part of a programme whose id ends so (`a-1`) would be one path.
  const paths = new Set<string>();
  for (const part of parts) {
    if (paths.has(part.path)) throw new Error(`data file ${part.path}: two parts of ${kind.path} have this path; rename the programme whose id ends in -<number>`);
    paths.add(part.path);
  }
  return parts;
}

/** Every data file made from the content (the metadata and the checksum list excepted), in catalogue order. */
export function dataFiles(ctx: OpenDataContext): DataFile[] {
  return publishedFiles(ctx)
    .filter(isAt('data'))
    .flatMap((f) => withinLimit(ctx, { ...f, ...MAKERS[f.kind.id as FileKindIdAt<'data'>](ctx, f) }));
}

/** The metadata files (datapackage.json, catalog.jsonld, each programme's checksum list), made from the described data files. */
export function metadataFiles(ctx: OpenDataContext, files: readonly DescribedDataFile[]): DataFile[] {
  return publishedFiles(ctx)
    .filter(isAt('metadata'))
    .map((f) => ({ ...f, bytes: METADATA_MAKERS[f.kind.id as FileKindIdAt<'metadata'>](ctx, files, f) }));
}
