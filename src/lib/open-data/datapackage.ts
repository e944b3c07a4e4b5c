/**
 * datapackage.json: a Frictionless Data Package (v1 profile `data-package`) describing the CSV
 * tables with Table Schemas and the JSON files, each with its size and SHA-256.
 */
import type { Translate } from '../../i18n/index.ts';
import { DISTRIBUTED_KINDS, fileKind, filesOfKind, fileNote, PACKAGED_KINDS, partPath, schemaFile, type SiteFileKind } from './catalogue.ts';
import { partNote as splitNote } from './split.ts';
import type { Column, Table } from './columns.ts';
import { MULTI_VALUE_SEPARATOR } from './columns.ts';
import { contextT, type OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH } from './links.ts';
import { dataSources } from './sources.ts';
import { dataLicence } from './vocabularies.ts';

/** A Table Schema field from a column definition. */
function tableField(c: Column<unknown>) {
  const constraints = { ...(c.required ? { required: true } : {}), ...(c.enum ? { enum: [...c.enum] } : {}) };
  return { name: c.name, title: c.title, description: c.description, type: c.type, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The CSV dialect every table uses. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/**
 * Resource name of a kind: its data set and format, e.g. `projects-csv`. Names stay the same
 * whichever of a table's two files the package points to (it points to the one without a BOM).
 */
const resourceName = (f: DescribedDataFile) =>
  `${(f.kind as SiteFileKind).dataset}-${f.kind.format}${f.part ? `-${f.part.programme}` : ''}${f.part?.chunk ? `-${f.part.chunk.n}` : ''}`;

/** Encoding (every file is UTF-8; the packaged ones have no byte order mark), size and hash. */
const integrity = (f: DescribedDataFile) => ({ encoding: 'utf-8', bytes: f.size, hash: `sha256:${f.sha256}` });

/** The same table's file with a byte order mark (for spreadsheets), which the package does not list. */
function spreadsheetTwin(kind: SiteFileKind): SiteFileKind {
  const twin = DISTRIBUTED_KINDS.find((k) => k.dataset === kind.dataset && k.table === kind.table && k.bom);
  if (!twin) throw new Error(`datapackage: ${kind.path} has no twin with a byte order mark`);
  return twin;
}

/** What each row is: the note of the data page's entry for the table. */
const rowsNote = (kind: SiteFileKind, t: Translate) => fileNote({ kind: spreadsheetTwin(kind) }, t) ?? '';

/** For one part of a table split by programme (split.ts): why the table is split. */
const partNote = (f: DescribedDataFile, t: Translate) => splitNote(f.part, t);

/**
 * The resource holding every row that file `f`'s foreign keys can name in `table`: that table's
 * whole file, or its part of `f`'s programme when it is split (split.ts). Null when no one resource
 * does (the referenced table is split and `f` is not, or its part is cut into chunks): a Table
 * Schema foreign key names one resource, so the key is then left out rather than stated wrongly.
 */
function referencedResource(files: readonly DescribedDataFile[], table: Table<unknown>, f: DescribedDataFile): string | null {
  const kind = PACKAGED_KINDS.find((k) => k.table === table);
  if (!kind) throw new Error(`datapackage: no packaged file has the table a foreign key of ${f.path} names`);
  const candidates = filesOfKind(files, kind);
  const whole = candidates.find((c) => !c.part);
  if (whole) return resourceName(whole);
  const own = candidates.filter((c) => f.part && c.part?.programme === f.part.programme);
  return own.length === 1 && !own[0]!.part?.chunk ? resourceName(own[0]!) : null;
}

/** The table's keys as Table Schema `primaryKey` and `foreignKeys` (those with one referenced resource). */
function tableKeys(table: Table<unknown>, f: DescribedDataFile, files: readonly DescribedDataFile[]) {
  const foreignKeys = (table.foreignKeys ?? []).flatMap((fk) => {
    const resource = referencedResource(files, fk.table, f);
    return resource === null ? [] : [{ fields: [...fk.fields], reference: { resource, fields: [...fk.table.primaryKey] } }];
  });
  return { primaryKey: [...table.primaryKey], ...(foreignKeys.length ? { foreignKeys } : {}) };
}

/** A CSV table as a tabular data resource, with its Table Schema. */
function tableResource(kind: SiteFileKind, table: Table<unknown>, f: DescribedDataFile, files: readonly DescribedDataFile[], t: Translate) {
  const twin = spreadsheetTwin(kind);
  return {
    profile: 'tabular-data-resource',
    name: resourceName(f),
    path: f.path,
    title: f.title,
    description: `${t('data.datapackage.table.description', { note: rowsNote(kind, t), separator: MULTI_VALUE_SEPARATOR, spreadsheetFile: f.part ? partPath(twin, f.part.programme, f.part.chunk?.n) : twin.path })}${partNote(f, t)}`,
    format: 'csv',
    mediatype: kind.mediaType,
    ...integrity(f),
    dialect: CSV_DIALECT,
    schema: { fields: table.columns.map(tableField), ...tableKeys(table, f, files) },
  };
}

/** A JSON file as a data resource, pointing to its JSON Schema. */
function jsonResource(kind: SiteFileKind, f: DescribedDataFile, t: Translate) {
  if (!kind.schema) throw new Error(`datapackage: ${kind.path} has no JSON Schema`);
  const schema = schemaFile(kind.schema);
  return {
    profile: 'data-resource',
    name: resourceName(f),
    path: f.path,
    title: f.title,
    description: `${t('data.datapackage.json.description', { schema })}${partNote(f, t)}`,
    format: 'json',
    mediatype: kind.mediaType,
    ...integrity(f),
    // Not `schema`, which Data Package v1 reserves for Table Schemas.
    jsonSchema: schema,
  };
}

/**
 * The package descriptor. Resources are the files of the catalogue's data sets (the CSV tables
 * and the whole-data-set JSON files), in catalogue order; the per-project files are slices of
 * them and are listed on the programmes' data pages instead.
 */
export function dataPackage(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const t = contextT(ctx);
  const resources = PACKAGED_KINDS.flatMap((kind) => filesOfKind(files, kind).map((f) => (kind.table ? tableResource(kind, kind.table, f, files, t) : jsonResource(kind, f, t))));
  const { site } = ctx.content;
  const licence = dataLicence(site.dataLicence);
  const years = [...new Set(ctx.content.programmes.map((p) => String(p.year)))];
  const places = [...new Set(ctx.content.programmes.map((p) => p.jurisdiction))];
  return {
    profile: 'data-package',
    name: 'minsheng-open-data',
    id: absoluteUrl(ctx.siteBase, dataPath(fileKind('datapackage').path)),
    title: site.name,
    description: site.description,
    homepage: absoluteUrl(ctx.siteBase, DATA_PAGE_PATH),
    // The data's last-updated date; left out when unknown rather than guessed.
    ...(ctx.updated.dateTime === null ? {} : { created: ctx.updated.dateTime }),
    keywords: [t('data.keyword'), ...places, ...years],
    // Tools recognise a licence by its `name`, an Open Definition (SPDX) identifier; the published
    // v1 profile accepts a name or a path but not both (oneOf), so the path is given only without a name.
    licenses: [{ ...(licence.spdx ? { name: licence.spdx } : { path: licence.url }), title: licence.title }],
    ...(site.organiser ? { contributors: [{ title: site.organiser, role: 'publisher' }] } : {}),
    // The raw sources only: the notices the data was entered from, not the documents they rest on.
    sources: dataSources(ctx).entered.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources,
  };
}
