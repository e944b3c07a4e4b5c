/**
 * The catalogue of published files: every kind of file under data/ once, with what the site says
 * about it. Everything else is derived from it: the bytes (files.ts), the data pages' listings
 * (data-page.ts), datapackage.json, catalog.jsonld, the schema.org Dataset, the dictionary
 * (dictionary-page.ts), the endpoints (src/pages/data/[...file].ts) and the checksum step
 * (scripts/lib/post-build/checksums.ts). tests/data/catalogue.test.ts checks every catalogued file
 * against each of them in a built site, so a file cannot be published and left out of one.
 *
 * File names are part of the public interface (docs/open-data.md): change them only with a new
 * format version. Titles and notes are wording: they live in src/i18n/zh-CN/data.ts, referred to
 * here by key, and are worded with the site's terms (民生工程 / 民生实事, 通知 / 公告: `contextT`
 * in context.ts) or, for one project's file, its programme's.
 */
import type { MessageKey, MessageParams, Translate } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import { PUBLISHED_FILE_SCHEMAS, type PublishedFileName } from '../../schemas/open-data.ts';
import type { Table } from './columns.ts';
import type { PublishableContent } from '../content/content-set.ts';
import { contextT, type OpenDataContext } from './context.ts';
import { programmesHoldings, projectsHoldings } from './dataset-holdings.ts';
import { MILESTONES_TABLE } from './milestone-table.ts';
import { projectEntries } from './project-records.ts';
import { PROJECTS_TABLE } from './project-table.ts';
import { STANDARDS_TABLE } from './standard-table.ts';
import { TARGETS_TABLE } from './target-table.ts';

/** A message that takes no parameters. */
type TextKey = { [K in MessageKey]: MessageParams<K> extends [] ? K : never }[MessageKey];
/** A message about the file kind a JSON Schema describes, e.g. `…的 JSON Schema`. */
type OfKey = { [K in MessageKey]: MessageParams<K> extends [params: { of: string }] ? K : never }[MessageKey];

/** Media types of the files (JSON Schemas get their own, per the JSON Schema specification). */
export const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', jsonld: 'application/ld+json', schema: 'application/schema+json', text: 'text/plain' } as const;

/**
 * When a file is made: `data` from the content; `metadata` from the data files' sizes and
 * checksums (it describes them); `post-build` from the files written (the checksum list).
 */
export type FileStage = 'data' | 'metadata' | 'post-build';

/**
 * Where the data pages list a file: a section of the data page (`tables`, `records`, `metadata`),
 * its programme's data page (`programme`), or only a link in the data page's text (`link`: the
 * checksum list, which cannot list its own checksum).
 */
export type FileListing = 'tables' | 'records' | 'metadata' | 'programme' | 'link';

/** The sections of the data page, in page order; their ids are the headings' anchors. */
export const DATA_PAGE_SECTIONS = [
  { id: 'tables', title: 'data.page.section.tables' },
  { id: 'records', title: 'data.page.section.records' },
  { id: 'metadata', title: 'data.page.section.metadata' },
] as const satisfies readonly { id: FileListing; title: TextKey }[];

/**
 * The data sets of catalog.jsonld (one dcat:Dataset each) and of datapackage.json (its resources):
 * one per kind of record. A file belongs to at most one; the per-project files are slices of them.
 */
export const DATASETS = [
  {
    id: 'projects',
    title: 'data.dataset.projects.title',
    description: (t, content) => t('data.dataset.projects.description', { items: projectsHoldings(content.projects).map((h) => t(`data.dataset.projects.holds.${h}`)) }),
  },
  { id: 'standards', title: 'data.dataset.standards.title', description: (t) => t('data.dataset.standards.description') },
  { id: 'milestones', title: 'data.dataset.milestones.title', description: (t) => t('data.dataset.milestones.description') },
  { id: 'targets', title: 'data.dataset.targets.title', description: (t) => t('data.dataset.targets.description') },
  {
    id: 'programmes',
    title: 'data.dataset.programmes.title',
    description: (t, content) => t('data.dataset.programmes.description', { items: programmesHoldings(content).map((h) => t(`data.dataset.programmes.holds.${h}`)) }),
  },
] as const satisfies readonly {
  id: string;
  title: TextKey;
  /** The data set's description, naming only what the site's records hold (dataset-holdings.ts). */
  description: (t: Translate, content: PublishableContent) => string;
}[];
export type Dataset = (typeof DATASETS)[number];
export type DatasetId = Dataset['id'];

/** What every kind of file declares. */
interface FileKindBase {
  /** Stable code: its anchor in the dictionary and its name in tests, e.g. `projects-csv`. */
  id: string;
  format: 'csv' | 'json' | 'jsonld' | 'text';
  mediaType: string;
  /** Format as readers know it, e.g. `JSON Schema`. */
  formatLabel: string;
  stage: FileStage;
  listing: FileListing;
  /** The data set it distributes (datapackage.json resource, dcat:Distribution), or null. */
  dataset: DatasetId | null;
  /** The JSON Schema (under schema/) its content follows, for a JSON data file. */
  schema: PublishedFileName | null;
  /** The column definitions, for a CSV file. */
  table: Table<unknown> | null;
  /**
   * Whether the file starts with a UTF-8 byte order mark. Every CSV table is published twice with
   * the same bytes otherwise ({@link CSV_ENCODING_RULE}): with the mark for spreadsheets, without it
   * for programs. Frictionless's readers keep a mark in the first header name, so only the files
   * without one are resources of datapackage.json.
   */
  bom: boolean;
}

/** A file of which the site has exactly one, e.g. `projects.csv`. */
export interface SiteFileKind extends FileKindBase {
  scope: 'site';
  /** Path inside data/. */
  path: string;
  title: TextKey;
  /** The one sentence the data page shows; null for a file not in its tables. */
  note: TextKey | null;
}

/** The JSON Schema files: one per kind of JSON file ({@link PUBLISHED_FILE_SCHEMAS}). */
export interface SchemaFileKind extends FileKindBase {
  scope: 'schema';
  path(schema: PublishedFileName): string;
  /** Title and note, given the title of the file kind the schema describes. */
  title: OfKey;
  note: OfKey;
}

/** A file of which each programme has one, e.g. `<programme>/SHA256SUMS`. */
export interface ProgrammeFileKind extends FileKindBase {
  scope: 'programme';
  path(programme: string): string;
  title: TextKey;
  /** The one sentence its programme's data page shows. */
  note: TextKey;
}

/** A file of which each project entry has one, e.g. `<programme>/projects/<id>.json`. */
export interface ProjectFileKind extends FileKindBase {
  scope: 'project';
  path(programme: string, project: string): string;
  /** Title of the kind; each file's own title is its project's name. */
  title: TextKey;
  note: null;
}

export type FileKind = SiteFileKind | SchemaFileKind | ProgrammeFileKind | ProjectFileKind;

/**
 * The one encoding rule of the CSV tables: each is published as `<name>.csv`, UTF-8 with a byte
 * order mark (Excel and WPS open it with the Chinese intact), and as `<name>.nobom.csv`, the same
 * bytes without the mark (Frictionless, which does not strip one, and any tool that expects plain
 * UTF-8). pandas, R's readr and csvkit read either.
 */
export const CSV_ENCODING_RULE = { bom: '.csv', plain: '.nobom.csv' } as const;

const csv = { format: 'csv', mediaType: MEDIA_TYPES.csv, formatLabel: t('data.format.csvBom'), bom: true } as const;
const plainCsv = { format: 'csv', mediaType: MEDIA_TYPES.csv, formatLabel: t('data.format.csvPlain'), bom: false } as const;
const json = { format: 'json', mediaType: MEDIA_TYPES.json, formatLabel: 'JSON', bom: false } as const;
const none = { dataset: null, schema: null, table: null } as const;

/** Every kind of published file, in listing order (the order of the data page and of the metadata). */
export const CATALOGUE = [
  {
    id: 'projects-csv',
    scope: 'site',
    path: 'projects.csv',
    ...csv,
    stage: 'data',
    listing: 'tables',
    dataset: 'projects',
    schema: null,
    table: PROJECTS_TABLE,
    title: 'data.dataset.projects.title',
    note: 'data.file.projectsCsv.note',
  },
  {
    id: 'projects-nobom-csv',
    scope: 'site',
    path: 'projects.nobom.csv',
    ...plainCsv,
    stage: 'data',
    listing: 'tables',
    dataset: 'projects',
    schema: null,
    table: PROJECTS_TABLE,
    title: 'data.dataset.projects.title',
    note: 'data.file.projectsNobomCsv.note',
  },
  {
    id: 'standards-csv',
    scope: 'site',
    path: 'standards.csv',
    ...csv,
    stage: 'data',
    listing: 'tables',
    dataset: 'standards',
    schema: null,
    table: STANDARDS_TABLE,
    title: 'data.dataset.standards.title',
    note: 'data.file.standardsCsv.note',
  },
  {
    id: 'standards-nobom-csv',
    scope: 'site',
    path: 'standards.nobom.csv',
    ...plainCsv,
    stage: 'data',
    listing: 'tables',
    dataset: 'standards',
    schema: null,
    table: STANDARDS_TABLE,
    title: 'data.dataset.standards.title',
    note: 'data.file.standardsNobomCsv.note',
  },
  {
    id: 'milestones-csv',
    scope: 'site',
    path: 'milestones.csv',
    ...csv,
    stage: 'data',
    listing: 'tables',
    dataset: 'milestones',
    schema: null,
    table: MILESTONES_TABLE,
    title: 'data.dataset.milestones.title',
    note: 'data.file.milestonesCsv.note',
  },
  {
    id: 'milestones-nobom-csv',
    scope: 'site',
    path: 'milestones.nobom.csv',
    ...plainCsv,
    stage: 'data',
    listing: 'tables',
    dataset: 'milestones',
    schema: null,
    table: MILESTONES_TABLE,
    title: 'data.dataset.milestones.title',
    note: 'data.file.milestonesNobomCsv.note',
  },
  {
    id: 'targets-csv',
    scope: 'site',
    path: 'targets.csv',
    ...csv,
    stage: 'data',
    listing: 'tables',
    dataset: 'targets',
    schema: null,
    table: TARGETS_TABLE,
    title: 'data.dataset.targets.title',
    note: 'data.file.targetsCsv.note',
  },
  {
    id: 'targets-nobom-csv',
    scope: 'site',
    path: 'targets.nobom.csv',
    ...plainCsv,
    stage: 'data',
    listing: 'tables',
    dataset: 'targets',
    schema: null,
    table: TARGETS_TABLE,
    title: 'data.dataset.targets.title',
    note: 'data.file.targetsNobomCsv.note',
  },
  {
    id: 'projects-json',
    scope: 'site',
    path: 'projects.json',
    ...json,
    stage: 'data',
    listing: 'records',
    dataset: 'projects',
    schema: 'projects',
    table: null,
    title: 'data.dataset.projects.title',
    note: 'data.file.projectsJson.note',
  },
  {
    id: 'standards-json',
    scope: 'site',
    path: 'standards.json',
    ...json,
    stage: 'data',
    listing: 'records',
    dataset: 'standards',
    schema: 'standards',
    table: null,
    title: 'data.dataset.standards.title',
    note: 'data.file.standardsJson.note',
  },
  {
    id: 'programmes-json',
    scope: 'site',
    path: 'programmes.json',
    ...json,
    stage: 'data',
    listing: 'records',
    dataset: 'programmes',
    schema: 'programmes',
    table: null,
    title: 'data.dataset.programmes.title',
    note: 'data.file.programmesJson.note',
  },
  {
    id: 'json-schema',
    scope: 'schema',
    path: (name: PublishedFileName) => `schema/${name}.schema.json`,
    format: 'json',
    mediaType: MEDIA_TYPES.schema,
    formatLabel: 'JSON Schema',
    bom: false,
    stage: 'data',
    listing: 'metadata',
    ...none,
    title: 'data.file.jsonSchema.title',
    note: 'data.file.jsonSchema.note',
  },
  {
    id: 'project-json',
    scope: 'project',
    path: (programme: string, id: string) => `${programme}/projects/${id}.json`,
    ...json,
    stage: 'data',
    listing: 'programme',
    dataset: null,
    schema: 'project',
    table: null,
    title: 'data.file.project.title',
    note: null,
  },
  {
    id: 'project-csv',
    scope: 'project',
    path: (programme: string, id: string) => `${programme}/projects/${id}.csv`,
    ...csv,
    stage: 'data',
    listing: 'programme',
    dataset: null,
    schema: null,
    table: PROJECTS_TABLE,
    title: 'data.file.project.title',
    note: null,
  },
  {
    id: 'project-nobom-csv',
    scope: 'project',
    path: (programme: string, id: string) => `${programme}/projects/${id}.nobom.csv`,
    ...plainCsv,
    stage: 'data',
    listing: 'programme',
    dataset: null,
    schema: null,
    table: PROJECTS_TABLE,
    title: 'data.file.project.title',
    note: null,
  },
  {
    id: 'programme-checksums',
    scope: 'programme',
    path: (programme: string) => `${programme}/SHA256SUMS`,
    format: 'text',
    mediaType: MEDIA_TYPES.text,
    formatLabel: 'sha256sum',
    bom: false,
    // Made in the build from the checksums of the per-project files it lists (not after it, as the
    // site's SHA256SUMS is), so that its programme's data page lists its own checksum.
    stage: 'metadata',
    listing: 'programme',
    ...none,
    title: 'data.file.programmeChecksums.title',
    note: 'data.file.programmeChecksums.note',
  },
  {
    id: 'datapackage',
    scope: 'site',
    path: 'datapackage.json',
    ...json,
    stage: 'metadata',
    listing: 'metadata',
    ...none,
    title: 'data.file.datapackage.title',
    note: 'data.file.datapackage.note',
  },
  {
    id: 'catalog',
    scope: 'site',
    path: 'catalog.jsonld',
    format: 'jsonld',
    mediaType: MEDIA_TYPES.jsonld,
    formatLabel: 'JSON-LD',
    bom: false,
    stage: 'metadata',
    listing: 'metadata',
    ...none,
    title: 'data.file.catalog.title',
    note: 'data.file.catalog.note',
  },
  {
    id: 'checksums',
    scope: 'site',
    path: 'SHA256SUMS',
    format: 'text',
    mediaType: MEDIA_TYPES.text,
    formatLabel: 'sha256sum',
    bom: false,
    stage: 'post-build',
    listing: 'link',
    ...none,
    title: 'data.file.checksums.title',
    note: null,
  },
] as const satisfies readonly FileKind[];

type Catalogued = (typeof CATALOGUE)[number];
/** The code of a kind of published file. */
export type FileKindId = Catalogued['id'];
/** Codes of the kinds made at a stage, e.g. the ones files.ts must make from the content. */
export type FileKindIdAt<S extends FileStage> = Extract<Catalogued, { stage: S }>['id'];

/** A kind of file by its code, typed as what it is. */
export function fileKind<K extends FileKindId>(id: K): Extract<Catalogued, { id: K }> {
  const kind = CATALOGUE.find((k) => k.id === id);
  if (!kind) throw new Error(`no file kind ${id} in the catalogue`);
  return kind as Extract<Catalogued, { id: K }>;
}

/** Every published JSON Schema, in the order of {@link PUBLISHED_FILE_SCHEMAS}. */
export const SCHEMA_NAMES = Object.keys(PUBLISHED_FILE_SCHEMAS) as PublishedFileName[];

/** Path inside data/ of the JSON Schema of a JSON file kind. */
export const schemaFile = (name: PublishedFileName) => fileKind('json-schema').path(name);
/** Path inside data/ of one project's file of a per-project kind. */
export const projectFile = (kind: Extract<Catalogued, { scope: 'project' }>['id'], programme: string, project: string) => fileKind(kind).path(programme, project);
/** Path inside data/ of the checksum list (written after the build). */
export const CHECKSUMS_FILE = fileKind('checksums').path;

/** The kind of file whose content a JSON Schema describes (exactly one per schema). */
export function schemaSubject(name: PublishedFileName): Exclude<FileKind, SchemaFileKind> {
  const kinds = CATALOGUE.filter((k): k is Extract<Catalogued, { schema: PublishedFileName }> => k.schema === name);
  if (kinds.length !== 1) throw new Error(`catalogue: schema ${name} must describe exactly one file kind, found ${kinds.length}`);
  return kinds[0]!;
}

/** Title of a kind of file (for a per-project kind, of the kind, not of one project's file), worded by `translate`. */
export function kindTitle(kind: Exclude<FileKind, SchemaFileKind>, translate: Translate = t): string {
  return translate(kind.title);
}

/** Placeholders for the variable parts of a path pattern. */
export interface PathPlaceholders {
  programme: string;
  project: string;
  schema: string;
}

/** Placeholders as the JSON Schemas name them, e.g. `<programme>/projects/<id>.json`. */
export const CODE_PLACEHOLDERS: PathPlaceholders = { programme: '<programme>', project: '<id>', schema: '<name>' };

/** The path of a kind with its variable parts shown as placeholders; a site file's own path. */
export function pathPattern(kind: FileKind, placeholders: PathPlaceholders = CODE_PLACEHOLDERS): string {
  if (kind.scope === 'site') return kind.path;
  if (kind.scope === 'schema') return kind.path(placeholders.schema as PublishedFileName);
  if (kind.scope === 'programme') return kind.path(placeholders.programme);
  return kind.path(placeholders.programme, placeholders.project);
}

/** One published file: its kind, its path inside data/, its title and what it is about. */
export interface PublishedFile {
  kind: FileKind;
  path: string;
  title: string;
  /** For a JSON Schema file: the kind of JSON file it describes. */
  schemaOf?: PublishedFileName;
  /** For a per-project file: the programme and project it holds. */
  project?: { programme: string; id: string };
  /** For a per-programme file: its programme. */
  programme?: string;
  /** For one part of a site-wide table split by programme (split.ts): the programme whose records it holds. */
  part?: FilePart;
}

/** One part of a site-wide table split by programme (split.ts). */
export interface FilePart {
  /** The programme whose records the part holds. */
  programme: string;
  /** The size limit the whole file passed, in bytes. */
  limit: number;
  /**
   * When the programme's part alone passes the limit too: which of its numbered chunks this is
   * (`n` from 1, of `of`), each a complete file of the table holding a run of the records in order.
   */
  chunk?: { n: number; of: number };
}

/**
 * Every file the site publishes under data/ for this content, in catalogue order (a kind's files
 * together; per-project files in projects.json order).
 */
export function publishedFiles(ctx: OpenDataContext): PublishedFile[] {
  const projects = projectEntries(ctx);
  const translate = contextT(ctx);
  return CATALOGUE.flatMap((kind: FileKind): PublishedFile[] => {
    if (kind.scope === 'site') return [{ kind, path: kind.path, title: translate(kind.title) }];
    if (kind.scope === 'schema')
      return SCHEMA_NAMES.map((name) => ({ kind, path: kind.path(name), title: translate(kind.title, { of: kindTitle(schemaSubject(name), translate) }), schemaOf: name }));
    if (kind.scope === 'programme') return ctx.content.programmes.map((p) => ({ kind, path: kind.path(p.id), title: translate(kind.title), programme: p.id }));
    return projects.map(({ project }) => ({
      kind,
      path: kind.path(project.programme, project.id),
      title: project.name,
      project: { programme: project.programme, id: project.id },
    }));
  });
}

/** The one sentence the data page shows for a file, or null for a file it does not list; worded by `translate` (the site's: `contextT`). */
export function fileNote(file: Pick<PublishedFile, 'kind' | 'schemaOf'>, translate: Translate = t): string | null {
  const { kind } = file;
  if (kind.scope === 'schema') return file.schemaOf ? translate(kind.note, { of: kindTitle(schemaSubject(file.schemaOf), translate) }) : null;
  return kind.note ? translate(kind.note) : null;
}

/**
 * Every kind of file that distributes a data set, in catalogue order: the resources of
 * datapackage.json, the distributions of catalog.jsonld and of the data page's schema.org Dataset.
 */
export const DISTRIBUTED_KINDS: readonly SiteFileKind[] = CATALOGUE.filter((k): k is Extract<Catalogued, { dataset: DatasetId }> => k.dataset !== null);
/** The kinds of file that distribute one data set, in catalogue order. */
export const datasetKinds = (dataset: DatasetId): SiteFileKind[] => DISTRIBUTED_KINDS.filter((k) => k.dataset === dataset);
/**
 * The kinds datapackage.json describes as its resources: the distributed kinds but the CSV files
 * with a byte order mark, which Frictionless's readers cannot read (the mark stays in the first
 * header name); their twins without one have the same rows.
 */
export const PACKAGED_KINDS: readonly SiteFileKind[] = DISTRIBUTED_KINDS.filter((k) => !k.bom);

/**
 * Whether a kind's file is published split by programme when it passes the size limit (split.ts):
 * every site-wide file of a data set, the ones that grow with the content (the CSV tables and the
 * JSON files, projects.json, standards.json and programmes.json, whose records each belong to one
 * programme). The JSON Schemas do not grow; the metadata describes the files as published.
 */
export const isSplittable = (kind: FileKind): boolean => kind.scope === 'site' && kind.stage === 'data' && kind.dataset !== null;

/**
 * Path inside data/ of one programme's part of a split site-wide file: `projects.nobom.csv` →
 * `projects/part-<programme>.nobom.csv`, or for its `n`th chunk (a part that alone passes the limit)
 * `projects/part-<programme>-<n>.nobom.csv`.
 */
export function partPath(kind: SiteFileKind, programme: string, chunk?: number | string): string {
  const dot = kind.path.indexOf('.');
  return `${kind.path.slice(0, dot)}/part-${programme}${chunk === undefined ? '' : `-${chunk}`}${kind.path.slice(dot)}`;
}

/**
 * The files of one site-wide kind among `files`: the whole file, or its parts by programme when it
 * was split (split.ts). Throws when there is none, which means the kind was not made.
 */
export function filesOfKind<F extends PublishedFile>(files: readonly F[], kind: FileKind): F[] {
  const found = files.filter((f) => f.kind.id === kind.id);
  if (found.length === 0) throw new Error(`no data file of kind ${kind.id}`);
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SLOT = '\u0000';

/** A pattern matching every path a kind can have (any programme and project id; the known schemas). */
function pathMatcher(kind: FileKind): RegExp {
  if (kind.scope === 'site')
    return new RegExp(isSplittable(kind) ? `^(?:${escapeRegExp(kind.path)}|${escapeRegExp(partPath(kind, SLOT)).replace(SLOT, '[a-z0-9-]+')})$` : `^${escapeRegExp(kind.path)}$`);
  if (kind.scope === 'schema') return new RegExp(`^(?:${SCHEMA_NAMES.map((n) => escapeRegExp(kind.path(n))).join('|')})$`);
  if (kind.scope === 'programme') return new RegExp(`^${escapeRegExp(kind.path(SLOT)).replace(SLOT, '[a-z0-9-]+')}$`);
  // Ids are slugs (no dot), so `<id>.csv` never claims `<id>.nobom.csv`.
  return new RegExp(`^${escapeRegExp(kind.path(SLOT, SLOT)).replaceAll(SLOT, '[a-z0-9-]+')}$`);
}
const MATCHERS = CATALOGUE.map((kind) => ({ kind: kind as FileKind, matcher: pathMatcher(kind) }));

/** The kind of a path inside data/, or undefined for a path no catalogued kind can have. */
export function kindOfPath(path: string): FileKind | undefined {
  return MATCHERS.find((m) => m.matcher.test(path))?.kind;
}
