/**
 * The record types of a content tree, in one table: where each type's files are, what they must
 * hold, how entries are keyed and ordered, and which cross-checks apply. Every part that handles
 * all record types derives its list from here: reading a tree (src/io/read-content.ts), the
 * validated content set (src/lib/content/content-set.ts), validation (src/lib/content/validate.ts),
 * the cross-checks (src/lib/content/checks/), the collections (src/content.config.ts) and their
 * loader (src/io/content-loader.ts), and the pages' view of them (src/data/content.ts). A new record
 * type is one schema and one entry here (README, "Adding a record type"); the types derived from
 * this table make every reader that misses it fail to compile, and tests/schemas/record-types.test.ts
 * fails where a runtime list misses it.
 */
import type { z } from 'astro/zod';
import { readNoticeBody } from '../lib/content/notice.ts';
import type { BodyProblem } from '../lib/content/problems.ts';
import { correctionSchema } from './correction.ts';
import { milestoneSchema } from './milestone.ts';
import { oversightSchema } from './oversight.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema } from './project.ts';
import { siteSchema } from './site.ts';
import { sourceDocumentSchema, sourceSchema } from './source.ts';
import { standardSchema } from './standard.ts';

/** The folder of the content tree holding one folder per programme: `programmes/<programme>/`. */
export const PROGRAMMES_FOLDER = 'programmes';

/** File types of the content tree: YAML records, and MDX documents (YAML front matter and a body). */
export type RecordExtension = '.yaml' | '.mdx';

/**
 * Where a record type's files are. `scope` says relative to what: the content folder (`site`), or
 * each programme's folder `programmes/<programme>/` (`programme`). Either one `file` there (`site.yaml`,
 * `programme.yaml`), or a `folder` there with one file per record, named after its id.
 */
export type RecordPlace = { scope: 'site' | 'programme'; file: string } | { scope: 'site' | 'programme'; folder: string; extension: RecordExtension };

/**
 * How a type's entries are keyed: `singleton` for the one entry of a tree (keyed by the type's
 * name); `id` for ids unique across the site; `programme/id` for ids unique within a programme
 * (an entry is then known as `<programme>/<id>`).
 */
export type RecordKey = 'singleton' | 'id' | 'programme/id';

/** The cross-checks (src/lib/content/checks/) that apply to a record type's entries. */
export interface RecordChecks {
  /** No two entries share an id within the scope of the type's key (unique-ids.ts). */
  uniqueIds: boolean;
  /** An entry filed in `programmes/<p>/` belongs to programme <p>, by its `programmeField` (unique-ids.ts). */
  programmeFolder: boolean;
  /** The programme an entry names, by its `programmeField`, exists (references.ts). */
  programmeExists: boolean;
  /** Every citation in an entry names an existing paragraph and quotes it word for word (citations.ts). */
  citations: boolean;
}

/**
 * One record type. `S` is the schema of its files; `D` that of the records the site reads, which
 * differs where the file holds more than its data (a source's MDX body becomes its paragraphs).
 */
export interface RecordType<S extends z.ZodType = z.ZodType, D extends z.ZodType = S, K extends RecordKey = RecordKey> {
  /** English noun for one entry, as messages name it (`duplicate project id`). */
  noun: string;
  place: RecordPlace;
  /** What one file must hold (for an MDX document: its front matter). */
  schema: S;
  /**
   * For documents: the schema of the record the site reads, and how the body becomes part of it.
   * `read` also says what in the body it refuses, by line of the file (the body starts on
   * `bodyLine`); the record it returns holds what could be read all the same, so that the
   * cross-checks still see it.
   */
  document?: {
    schema: D;
    // Method syntax, so that a registry entry's own record type widens to RecordType's.
    read(record: z.infer<S>, body: string, bodyLine: number): { record: z.infer<D>; problems: BodyProblem[] };
  };
  /** The schema of the type's collection: `document.schema` where there is one, else `schema`. */
  collectionSchema: D;
  key: K;
  /** The field naming the programme an entry belongs to (`id` for a programme itself), or null. */
  programmeField: 'id' | 'programme' | null;
  /** Whether an entry's file must be named after its id (`<id>.yaml`), so that an id is found by its file name. */
  idIsFileName: boolean;
  /** Order of the entries as the pages read them (src/data/content.ts); without it, the order of the files. */
  order?(a: z.infer<D>, b: z.infer<D>): number;
  checks: RecordChecks;
}

const NO_CHECKS: RecordChecks = { uniqueIds: false, programmeFolder: false, programmeExists: false, citations: false };

/** A registry entry, with its collection schema derived and its literal key kept for the derived types. */
function recordType<S extends z.ZodType, K extends RecordKey, D extends z.ZodType = S>(type: Omit<RecordType<S, D, K>, 'collectionSchema'>): RecordType<S, D, K> {
  // Without a document the collection holds what the file holds: D is S then.
  return { ...type, collectionSchema: (type.document?.schema ?? type.schema) as D };
}

/** Every record type, in the order messages and collections list them. */
export const RECORD_TYPES = {
  site: recordType({
    noun: 'site',
    place: { scope: 'site', file: 'site.yaml' },
    schema: siteSchema,
    key: 'singleton',
    programmeField: null,
    idIsFileName: false,
    checks: NO_CHECKS,
  }),
  programmes: recordType({
    noun: 'programme',
    place: { scope: 'programme', file: 'programme.yaml' },
    schema: programmeSchema,
    key: 'id',
    programmeField: 'id',
    idIsFileName: false,
    // Latest first: the home page shows the first.
    order: (a, b) => b.year - a.year || a.id.localeCompare(b.id),
    checks: { uniqueIds: true, programmeFolder: true, programmeExists: false, citations: true },
  }),
  projects: recordType({
    noun: 'project',
    place: { scope: 'programme', folder: 'projects', extension: '.yaml' },
    schema: projectSchema,
    key: 'programme/id',
    programmeField: 'programme',
    idIsFileName: true,
    checks: { uniqueIds: true, programmeFolder: true, programmeExists: true, citations: true },
  }),
  standards: recordType({
    noun: 'standard',
    place: { scope: 'programme', folder: 'standards', extension: '.yaml' },
    schema: standardSchema,
    key: 'programme/id',
    programmeField: 'programme',
    idIsFileName: true,
    checks: { uniqueIds: true, programmeFolder: true, programmeExists: true, citations: true },
  }),
  milestones: recordType({
    noun: 'milestone',
    place: { scope: 'programme', folder: 'milestones', extension: '.yaml' },
    schema: milestoneSchema,
    key: 'programme/id',
    programmeField: 'programme',
    idIsFileName: true,
    checks: { uniqueIds: true, programmeFolder: true, programmeExists: true, citations: true },
  }),
  oversight: recordType({
    noun: 'oversight',
    place: { scope: 'programme', folder: 'oversight', extension: '.yaml' },
    schema: oversightSchema,
    key: 'programme/id',
    programmeField: 'programme',
    idIsFileName: true,
    checks: { uniqueIds: true, programmeFolder: true, programmeExists: true, citations: true },
  }),
  sources: recordType({
    noun: 'source',
    place: { scope: 'site', folder: 'sources', extension: '.mdx' },
    schema: sourceSchema,
    // The site reads a notice as its anchored paragraphs (src/lib/content/notice.ts), never as MDX;
    // the body must be nothing else, or what the site would drop is reported.
    document: {
      schema: sourceDocumentSchema,
      read: (source, body, bodyLine) => {
        const { paragraphs, problems } = readNoticeBody(body, bodyLine);
        return { record: { ...source, paragraphs }, problems };
      },
    },
    key: 'id',
    programmeField: 'programme',
    idIsFileName: true,
    checks: { uniqueIds: true, programmeFolder: false, programmeExists: true, citations: false },
  }),
  corrections: recordType({
    noun: 'correction',
    place: { scope: 'site', folder: 'corrections', extension: '.yaml' },
    schema: correctionSchema,
    key: 'id',
    // Null for a correction of the whole site.
    programmeField: 'programme',
    idIsFileName: true,
    // Latest first, as the corrections log lists them.
    order: (a, b) => b.date.localeCompare(a.date),
    checks: { uniqueIds: true, programmeFolder: false, programmeExists: true, citations: false },
  }),
};

export type RecordTypes = typeof RECORD_TYPES;
/** The name of a record type, which is also the name of its collection. */
export type RecordTypeName = keyof RecordTypes;
/** The record types that have exactly one entry per tree. */
export type SingletonName = { [N in RecordTypeName]: RecordTypes[N]['key'] extends 'singleton' ? N : never }[RecordTypeName];
/** The schema of a type's collection (what getCollection() returns as `data`). */
export type CollectionSchema<N extends RecordTypeName> = RecordTypes[N]['collectionSchema'];
/** A validated record of a type, as the site reads it. */
export type RecordOf<N extends RecordTypeName> = z.infer<CollectionSchema<N>>;

/** Every record type's name, in registry order. */
export const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordTypeName[];

/** The registry entry of `name`, widened for code that handles every type alike. */
export function recordTypeOf(name: RecordTypeName): RecordType {
  return RECORD_TYPES[name];
}

/** Whether a type has exactly one entry per tree. */
export const isSingleton = (name: RecordTypeName): name is SingletonName => RECORD_TYPES[name].key === 'singleton';

/** The record types, each as its name and entry, for which `test` holds, in registry order. */
export function recordTypesWhere(test: (type: RecordType) => boolean): [RecordTypeName, RecordType][] {
  return RECORD_TYPE_NAMES.map((n): [RecordTypeName, RecordType] => [n, recordTypeOf(n)]).filter(([, type]) => test(type));
}

/** The record types a cross-check applies to, each as its name and entry, in registry order. */
export const typesChecked = (check: keyof RecordChecks): [RecordTypeName, RecordType][] => recordTypesWhere((type) => type.checks[check]);

/** The folders inside each programme's folder (`projects`, `standards` …), for scaffolding a programme. */
export const PROGRAMME_FOLDERS: readonly string[] = RECORD_TYPE_NAMES.flatMap((n) => {
  const { place } = RECORD_TYPES[n];
  return place.scope === 'programme' && 'folder' in place ? [place.folder] : [];
});

/** What places and keys a record: its id, and the programme it belongs to (any record of the registry). */
type Filed = object & { id?: string; programme?: string | null };

/** The programme `record` (of type `name`) belongs to, by its type's `programmeField`, or null. */
export function programmeOf(name: RecordTypeName, record: object): string | null {
  const field = RECORD_TYPES[name].programmeField;
  return field === null ? null : ((record as Filed)[field] ?? null);
}

/** The key of an entry in its collection: the type's name for a singleton, else `id` or `programme/id`. */
export function entryKey(name: RecordTypeName, record: object): string {
  const { key } = RECORD_TYPES[name];
  if (key === 'singleton') return name;
  const { id } = record as Filed;
  return key === 'programme/id' ? `${programmeOf(name, record)}/${id}` : String(id);
}

/** Where a record of type `name` is filed, relative to the content folder (forward slashes). */
export function filePathOf(name: RecordTypeName, record: object): string {
  const { place } = RECORD_TYPES[name];
  const dir = place.scope === 'programme' ? `${PROGRAMMES_FOLDER}/${programmeOf(name, record)}/` : '';
  return 'file' in place ? `${dir}${place.file}` : `${dir}${place.folder}/${(record as Filed).id}${place.extension}`;
}
