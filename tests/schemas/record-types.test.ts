/**
 * The registry of record types (src/schemas/record-types.ts) is the only list of them: a content
 * tree with one record of every type is read, validated, loaded into the collections and reaches
 * the pages' content, type by type; and every output derived from the registry names every type
 * (at run time here, and at compile time through the expectTypeOf lines, which tsc checks).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Collections } from '../../src/content.config.ts';
import { isContentInvalid } from '../../src/io/content-invalid.ts';
import { validatedContentLoader } from '../../src/io/content-loader.ts';
import { readContent, type RawContent, type RawFile } from '../../src/io/read-content.ts';
import { entriesOf, type ContentSet, type Located, type PublishableContent, type SourceDocument } from '../../src/lib/content/content-set.ts';
import { sourceDocumentMdx } from '../../src/lib/content/notice.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Project } from '../../src/schemas/project.ts';
import { RECORD_COUNTS_COLLECTION, RECORD_COUNTS_ENTRY } from '../../src/schemas/record-counts.ts';
import { entryKey, filePathOf, isSingleton, RECORD_TYPE_NAMES, RECORD_TYPES, type RecordTypeName } from '../../src/schemas/record-types.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import { ROOT } from '../support/build-site.ts';

// The collections' data store, as the loader fills it and Astro's getCollection() reads it.
const stores = vi.hoisted(() => new Map<string, Map<string, { id: string; data: Record<string, unknown>; filePath?: string | undefined }>>());
vi.mock('astro:content', () => ({
  defineCollection: (config: unknown) => config,
  getCollection: async (name: string) => [...(stores.get(name)?.values() ?? [])].map((entry) => ({ ...entry, collection: name })),
}));

const PROGRAMME = 'testland-2020';
const SOURCE = 'testland-2020-notice';
const LINES = [
  '测试区2020年实施1项民生工程的通知（测试数据）',
  '区政府决定2020年实施1项民生工程。',
  '城市公园建设：提高公园管护补助标准。',
  '工程类项目在6月中旬前全部完工。',
  '实行一旬一督查。',
];
// Whole lines: a quote states the figures of what cites it (checks/figures.ts).
const cite = (paragraph: number) => [{ source: SOURCE, paragraph: `p${paragraph}`, quote: LINES[paragraph - 1]! }];

/** One valid record of every record type; `satisfies` makes a new type without a fixture fail to compile. */
const FIXTURE = {
  site: { name: '测试站点', description: '用于测试的站点。', dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
  programmes: {
    id: PROGRAMME,
    year: 2020,
    jurisdiction: '测试市测试区',
    jurisdictionShort: '测试区',
    title: LINES[0],
    terms: { programmeKind: '民生工程', localArea: '本区' },
    jurisdictionKind: 'district',
    document: { type: 'notice', issuer: null, issuerKind: null, citations: cite(1) },
    levels: [{ code: 'district', label: '区级' }],
    headline: null,
    addressees: null,
    issuedOn: null,
    documentNumber: null,
    source: SOURCE,
    basisDocuments: [],
    statedTotals: { all: 1, allCitations: cite(2), provincial: null, municipal: null, district: { decided: 1, implemented: 1, breakdown: {}, citations: cite(2) } },
    citations: cite(1),
  },
  projects: {
    id: 'urban-parks',
    programme: PROGRAMME,
    name: '城市公园建设',
    level: 'district',
    standing: 'implemented',
    order: 1,
    description: null,
    changes: [{ kind: 'raised', summary: '提高公园管护补助标准。', citations: cite(3) }],
    citations: cite(3),
  },
  standards: {
    id: 'park-upkeep',
    programme: PROGRAMME,
    project: 'urban-parks',
    name: '公园管护补助标准',
    kind: 'coverage',
    fundingBasis: null,
    rationale: null,
    previousCoverage: null,
    currentCoverage: '全区公园',
    year: null,
    citations: cite(3),
  },
  milestones: { id: 'works-complete', programme: PROGRAMME, title: '工程类项目全部完工', appliesTo: '工程类项目', month: 6, monthPart: 'mid', before: true, citations: cite(4) },
  oversight: { id: 'ten-day-inspection', programme: PROGRAMME, name: '一旬一督查', purpose: null, order: 1, citations: cite(5) },
  sources: { id: SOURCE, title: LINES[0], programme: PROGRAMME, provenance: '为测试编写的合成通知', url: null },
  corrections: { id: 'park-name', date: '2020-05-01', programme: PROGRAMME, project: 'urban-parks', summary: '更正项目名称。' },
} satisfies { [N in RecordTypeName]: Record<string, unknown> };

/** Writes the fixture tree, each record where the registry files its type. */
function writeFixtureTree(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-record-types-')), 'content');
  for (const name of RECORD_TYPE_NAMES) {
    const path = join(dir, filePathOf(name, FIXTURE[name]));
    mkdirSync(dirname(path), { recursive: true });
    // A document (MDX) is its record as front matter, and a body: the notice's anchored paragraphs.
    writeFileSync(path, path.endsWith('.mdx') ? sourceDocumentMdx(FIXTURE[name], LINES) : stringify(FIXTURE[name]));
  }
  return dir;
}

type StoredEntry = { id: string; data: Record<string, unknown>; filePath?: string | undefined };

/** A build's loader context (no watcher) over a fresh store for collection `name`, which getCollection() reads. */
function loaderContextOf(name: string): LoaderContext {
  const store = new Map<string, StoredEntry>();
  stores.set(name, store);
  return {
    store: { clear: () => store.clear(), set: (entry: StoredEntry) => (store.set(entry.id, entry), true) },
    config: { root: pathToFileURL(`${ROOT}/`) },
    watcher: undefined,
    logger: { error: () => {}, warn: () => {}, info: () => {} },
  } as unknown as LoaderContext;
}

const contentDir = writeFixtureTree();
let raw: RawContent;
let validated: ContentSet;
let collections: Collections;
let loaded: PublishableContent;
const printed: unknown[] = [];

beforeAll(async () => {
  raw = readContent(contentDir);
  const { content, problems } = validateContent(readContent(contentDir));
  expect(problems.map(formatProblem)).toEqual([]);
  validated = content;
  // The collections and the pages' content of this tree, as a build sees them.
  process.env.CONTENT_DIR = contentDir;
  vi.spyOn(console, 'log').mockImplementation((...args) => void printed.push(args.join(' ')));
  collections = (await import('../../src/content.config.ts')).collections;
  for (const [name, collection] of Object.entries(collections)) await collection.loader.load(loaderContextOf(name));
  loaded = await (await import('../../src/data/content.ts')).loadContent();
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(RECORD_TYPE_NAMES)('record type %s', (name) => {
  const file = () => filePathOf(name, FIXTURE[name]);

  it('is read from where the registry files it', () => {
    const files: RawFile[] = [raw[name]].flat().filter((f): f is RawFile => f !== null);
    expect(files.map((f) => f.file)).toEqual([file()]);
  });

  it('is validated into the content set', () => {
    const entries = entriesOf(validated, name);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ file: file() });
    if (!isSingleton(name)) expect(entries[0]).toMatchObject({ id: (FIXTURE[name] as { id: string }).id });
  });

  it('has a collection, whose loader stores the record under its key', () => {
    expect(collections[name].schema).toBe(RECORD_TYPES[name].collectionSchema);
    const entry = [...stores.get(name)!.values()];
    expect(entry.map((e) => [e.id, e.filePath])).toEqual([[entryKey(name, FIXTURE[name]), file()]]);
    expect(entry[0]!.data).not.toHaveProperty('file');
  });

  it('reaches the pages’ content (loadContent)', () => {
    const value: unknown = loaded[name];
    const records = isSingleton(name) ? [value] : (value as unknown[]);
    expect(records).toHaveLength(1);
    expect(records[0]).toEqual(entriesOf(validated, name)[0]);
  });
});

describe('the outputs derived from the registry', () => {
  it('name every record type, and nothing else', () => {
    const names = [...RECORD_TYPE_NAMES];
    expect(Object.keys(RECORD_TYPES)).toEqual(names);
    expect(Object.keys(raw)).toEqual(names);
    expect(Object.keys(validated)).toEqual(names);
    expect(Object.keys(collections)).toEqual([...names, RECORD_COUNTS_COLLECTION]);
    expect(Object.keys(loaded)).toEqual(names);
    expect(Object.keys(FIXTURE).sort()).toEqual([...names].sort());
  });

  it('count every type’s records in the counts collection, which the pages read to skip empty collections', () => {
    const [entry, ...others] = [...stores.get(RECORD_COUNTS_COLLECTION)!.values()];
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ id: RECORD_COUNTS_ENTRY, data: Object.fromEntries(RECORD_TYPE_NAMES.map((n) => [n, 1])) });
  });

  it('have the registry’s names as their keys, and its records as their entries (checked by tsc)', () => {
    expectTypeOf<keyof RawContent>().toEqualTypeOf<RecordTypeName>();
    expectTypeOf<keyof ContentSet>().toEqualTypeOf<RecordTypeName>();
    expectTypeOf<keyof PublishableContent>().toEqualTypeOf<RecordTypeName>();
    expectTypeOf<keyof Collections>().toEqualTypeOf<RecordTypeName>();
    expectTypeOf<ContentSet['projects']>().toEqualTypeOf<Located<Project>[]>();
    expectTypeOf<ContentSet['sources'][number]>().toExtend<Located<SourceDocument>>();
    expectTypeOf<ContentSet['site']>().toEqualTypeOf<Located<SiteConfig> | null>();
    expectTypeOf<PublishableContent['site']>().toEqualTypeOf<Located<SiteConfig>>();
    expectTypeOf<RawContent['site']>().toEqualTypeOf<RawFile | null>();
    expectTypeOf<RawContent['projects']>().toEqualTypeOf<RawFile[]>();
  });

  it('a build’s loaders print the check’s report once, for all collections', () => {
    expect(printed).toEqual([`内容校验通过 / content OK: 1 programme(s), 1 project entries, 1 standards (${contentDir})`]);
  });
});

describe('the registry', () => {
  it('is consistent: keys, places, programme fields and checks agree', () => {
    for (const name of RECORD_TYPE_NAMES) {
      const type = RECORD_TYPES[name];
      const where = `${name}: `;
      if (type.key === 'singleton') {
        expect('file' in type.place && type.place.scope === 'site', `${where}a singleton is one file of the tree`).toBe(true);
        expect(Object.values(type.checks).some(Boolean), `${where}a singleton has no id to check`).toBe(false);
      }
      if (type.key === 'programme/id') expect(type.place.scope === 'programme' && type.programmeField === 'programme', `${where}keyed within its programme`).toBe(true);
      if (type.idIsFileName) expect('folder' in type.place, `${where}only files in a folder are named after their ids`).toBe(true);
      if (type.checks.programmeFolder) expect(type.place.scope === 'programme' && type.programmeField !== null, `${where}filed in a programme`).toBe(true);
      if (type.checks.programmeExists) expect(type.programmeField, `${where}names its programme`).toBe('programme');
    }
  });
});

describe('a build from invalid content', () => {
  it('fails in the loader with an error the build script recognises, holding the check’s report', async () => {
    const broken = writeFixtureTree();
    writeFileSync(join(broken, filePathOf('projects', FIXTURE.projects)), stringify({ ...FIXTURE.projects, level: 'galactic' }));
    const error = await validatedContentLoader(broken, 'projects')
      .load(loaderContextOf('projects'))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isContentInvalid(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^内容校验失败，共 1 处问题 \/ content check failed with 1 problem\(s\) in .*:\n {2}programmes\/testland-2020\/projects\/urban-parks\.yaml:\d+:1 \[urban-parks\] level: /,
    );
    // Recognised by name: the build script's copy of the class is not the loader's (Vite's module runner).
    expect(isContentInvalid(Object.assign(new Error('x'), { name: 'ContentInvalidError' }))).toBe(true);
    expect(isContentInvalid(new Error('x'))).toBe(false);
  });
});
