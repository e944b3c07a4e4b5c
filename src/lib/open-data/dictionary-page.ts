/**
 * The sections of the data dictionary page, derived from the catalogue (catalogue.ts): one per CSV
 * table and one per JSON Schema, with examples read back from the published bytes. A file kind that
 * shares another's table (each project's CSV file has projects.csv's columns; each table's file
 * without a byte order mark has its twin's bytes) is documented in that table's section, under its
 * own anchor. A site-wide table published split by programme (split.ts) is named by what is
 * published, its parts' path pattern (`projects/part-<计划编号>.csv`), not by the whole file's name.
 */
import { t } from '../../i18n/index.ts';
import { CATALOGUE, kindTitle, pathPattern, schemaFile, type FileKind, type PathPlaceholders, type SchemaFileKind } from './catalogue.ts';
import { contextT, type OpenDataContext } from './context.ts';
import { columnDictionary, schemaDictionary, type ColumnRow, type DictionaryRow, type SchemaNode } from './dictionary.ts';
import type { Table } from './columns.ts';
import type { DataFile } from './files.ts';
import { formatSize } from './format-size.ts';
import { dataPath } from './links.ts';
import { publishedPattern } from './split.ts';

/** Placeholders of per-project paths as readers see them, e.g. `data/<计划编号>/projects/<项目编号>.json`. */
const READER_PLACEHOLDERS = (): PathPlaceholders => ({ programme: t('data.dictionary.placeholder.programme'), project: t('data.dictionary.placeholder.project'), schema: '' });

/** A file kind documented in another kind's section (same columns), with its own anchor. */
export interface SharedSection {
  /** Anchor: the kind's id. */
  id: string;
  /** The sentence saying so. */
  text: string;
}

/** The section of one CSV table. */
export interface CsvSection {
  /** Anchor: the kind's id, e.g. `projects-csv`. */
  id: string;
  /** Label in the page's table of contents. */
  navLabel: string;
  heading: string;
  ariaLabel: string;
  caption: string;
  rows: ColumnRow[];
  /** Other kinds with the same columns. */
  shared: SharedSection[];
  /** For a table published split by programme: the sentence saying so; null for a whole file. */
  split: string | null;
  /** Which columns name a row (the primary key) and which name a row of another table (foreign keys). */
  keys: string;
}

/** The section of one kind of JSON file. */
export interface JsonSection {
  /** Anchor: the kind's id, e.g. `project-json`. */
  id: string;
  navLabel: string;
  heading: string;
  ariaLabel: string;
  caption: string;
  /** Path inside data/ of its JSON Schema. */
  schema: string;
  /** For a per-project kind, the file the examples are taken from (path inside data/). */
  exampleFrom: string | null;
  rows: DictionaryRow[];
  /** For a file published split by programme: the sentence saying so; null for a whole file. */
  split: string | null;
}

/** Both kinds of section, in page order. */
export interface DictionarySections {
  csv: CsvSection[];
  json: JsonSection[];
}

type DocumentedKind = Exclude<FileKind, SchemaFileKind>;

/** The first file of a kind: its own file for a site-wide kind, the first project's for a per-project one. */
function firstFile(kind: DocumentedKind, files: readonly DataFile[]): DataFile | undefined {
  return files.find((f) => f.kind === kind);
}

/**
 * The name of a site-wide kind as published: its own path, or for a table split by programme
 * (split.ts) the pattern of its parts, with the numbered chunks' pattern too when some part is cut
 * into chunks (`projects/part-<计划编号>.json、projects/part-<计划编号>-<序号>.json`).
 */
function publishedName(kind: DocumentedKind, files: readonly DataFile[]): string {
  return publishedPattern(kind, files, t) ?? pathPattern(kind, READER_PLACEHOLDERS());
}

/** For a site-wide kind published split by programme, the sentence saying so. */
function splitNote(kind: DocumentedKind, files: readonly DataFile[]): string | null {
  if (kind.scope !== 'site') return null;
  const parts = files.filter((f) => f.kind === kind && f.part);
  const limit = parts[0]?.part?.limit;
  return limit === undefined ? null : t('data.dictionary.split', { whole: kind.path, files: parts.length, limit: formatSize(limit), chunked: parts.some((f) => f.part?.chunk) });
}

/** The sentence on a table's keys, naming each referenced table as its section does. */
function keysNote(table: Table<unknown>, kinds: readonly DocumentedKind[], files: readonly DataFile[]): string {
  const separator = t('data.dictionary.patternSeparator');
  const foreignKeys = (table.foreignKeys ?? []).map((fk) => {
    const referenced = kinds.find((k) => k.scope === 'site' && k.table === fk.table && k.bom);
    if (!referenced) throw new Error(`dictionary: no CSV section for the table a foreign key names (${fk.fields.join(', ')})`);
    return { fields: fk.fields.join(separator), table: publishedName(referenced, files) };
  });
  return t('data.dictionary.csv.keys', { primaryKey: table.primaryKey.join(separator), columns: table.primaryKey.length, foreignKeys });
}

const decoder = new TextDecoder();
const parsed = (file: DataFile): unknown => JSON.parse(decoder.decode(file.bytes));

/** The dictionary's sections for this build's files; a kind with no file (no project yet) has none. */
export function dictionarySections(ctx: OpenDataContext, files: readonly DataFile[]): DictionarySections {
  const kinds = CATALOGUE as readonly FileKind[];
  const documented = kinds.filter((k): k is DocumentedKind => k.scope !== 'schema');
  const byPath = new Map(files.map((f) => [f.path, f]));
  const csv = documented.flatMap((kind): CsvSection[] => {
    // One section per table, under its spreadsheet file (with the byte order mark); its twin
    // without the mark and the per-project files are documented there, each under its own anchor.
    if (kind.scope !== 'site' || !kind.table || !kind.bom) return [];
    const table = kind.table;
    const file = publishedName(kind, files);
    const shared = documented
      .filter((k) => k !== kind && k.table === table && (k.scope === 'project' || !k.bom))
      .map((k) => ({
        id: k.id,
        text:
          k.scope === 'site'
            ? t('data.dictionary.csv.sameWithoutBom', { file: publishedName(k, files), table: file })
            : t(k.bom ? 'data.dictionary.csv.sharedColumns' : 'data.dictionary.csv.sharedColumnsWithoutBom', {
                pattern: dataPath(pathPattern(k, READER_PLACEHOLDERS())),
                table: file,
              }),
      }));
    return [
      {
        id: kind.id,
        navLabel: file,
        heading: t('data.dictionary.csv.heading', { file, title: kindTitle(kind, contextT(ctx)) }),
        ariaLabel: t('data.dictionary.fieldsLabel', { file }),
        caption: t('data.dictionary.csv.caption', { file }),
        rows: columnDictionary(table.columns, table.rows(ctx)),
        shared,
        split: splitNote(kind, files),
        keys: keysNote(table, documented, files),
      },
    ];
  });
  const json = documented.flatMap((kind): JsonSection[] => {
    if (!kind.schema) return [];
    const example = firstFile(kind, files);
    const schemaPath = schemaFile(kind.schema);
    const schema = byPath.get(schemaPath);
    if (!example) return [];
    if (!schema) throw new Error(`dictionary: no data file ${schemaPath}`);
    const perProject = kind.scope === 'project';
    const label = perProject ? t('data.dictionary.json.perProjectLabel') : publishedName(kind, files);
    return [
      {
        id: kind.id,
        navLabel: label,
        heading: perProject ? t('data.dictionary.json.perProjectHeading', { pattern: dataPath(pathPattern(kind, READER_PLACEHOLDERS())) }) : label,
        ariaLabel: t('data.dictionary.fieldsLabel', { file: example.path }),
        caption: t('data.dictionary.json.caption', { label }),
        schema: schemaPath,
        exampleFrom: perProject ? example.path : null,
        rows: schemaDictionary(parsed(schema) as SchemaNode, parsed(example)),
        split: perProject ? null : splitNote(kind, files),
      },
    ];
  });
  return { csv, json };
}
