/**
 * The one place pages read content: Astro's collections, one per record type of the registry
 * (src/schemas/record-types.ts), turned into the plain {@link PublishableContent} that the pure
 * functions in src/lib work on, each list in its type's order. Memoised, because every page of a
 * build asks.
 */
import { getCollection } from 'astro:content';
import type { PublishableContent } from '../lib/content/content-set.ts';
import type { ChartInputs } from '../lib/charts/charts-catalogue.ts';
import { historyKeysByEntry, projectHistories } from '../lib/programme/history.ts';
import { indexProgramme, type ProgrammeIndex } from '../lib/programme/programme-index.ts';
import { searchExamplesByProgramme } from '../lib/search/examples.ts';
import { RECORD_COUNTS_COLLECTION, type RecordCounts } from '../schemas/record-counts.ts';
import { RECORD_TYPE_NAMES, recordTypeOf } from '../schemas/record-types.ts';

let cached: Promise<PublishableContent> | undefined;

async function load(): Promise<PublishableContent> {
  // Astro warns for an empty collection (src/schemas/record-counts.ts); were the counts missing, every collection would be asked.
  const counts: RecordCounts | undefined = (await getCollection(RECORD_COUNTS_COLLECTION))[0]?.data;
  const loaded = await Promise.all(
    RECORD_TYPE_NAMES.map(async (name) => {
      const type = recordTypeOf(name);
      const entries: { data: object; filePath?: string | undefined }[] = counts?.[name] === 0 ? [] : await getCollection(name);
      const records = entries.map((e) => ({ ...e.data, file: e.filePath ?? '' }));
      if (type.order) records.sort((a, b) => type.order!(a, b));
      if (type.key !== 'singleton') return [name, records];
      // A build never gets here without it (the loader refuses the tree); a dev server previewing a tree without it does.
      if (!records[0]) throw new Error(`${'file' in type.place ? type.place.file : name} is missing or invalid (see the content check's messages)`);
      return [name, records[0]];
    }),
  );
  return Object.fromEntries(loaded) as PublishableContent;
}

/** All validated content of the current content tree. */
export function loadContent(): Promise<PublishableContent> {
  cached ??= load();
  return cached;
}

let indexes: Promise<Map<string, ProgrammeIndex>> | undefined;

/** Every programme's index (projects in notice order, relations resolved), built once per build. */
export function loadIndexes(): Promise<Map<string, ProgrammeIndex>> {
  indexes ??= loadContent().then((c) => new Map(c.programmes.map((p) => [p.id, indexProgramme(p, c.projects, c.standards)])));
  return indexes;
}

/** What a programme's charts are built from. */
export async function chartInputs(programme: string): Promise<ChartInputs> {
  const [content, indexes] = await Promise.all([loadContent(), loadIndexes()]);
  return {
    index: indexes.get(programme)!,
    milestones: content.milestones.filter((m) => m.programme === programme),
    oversight: content.oversight.filter((o) => o.programme === programme),
  };
}

let histories: Promise<ReturnType<typeof projectHistories>> | undefined;

/** Year-on-year histories of projects found in two or more programmes of one jurisdiction, by key, built once per build. */
export function loadHistories(): Promise<ReturnType<typeof projectHistories>> {
  histories ??= loadContent().then((c) => projectHistories(c.programmes, c.projects, c.standards, c.site));
  return histories;
}

let historyKeys: Promise<Map<string, string>> | undefined;

/** The history key of a programme's project (`<programme>/<slug>` → key), for those that have a history. */
export function loadHistoryKeys(): Promise<Map<string, string>> {
  historyKeys ??= loadHistories().then(historyKeysByEntry);
  return historyKeys;
}

let searchExamples: Promise<Map<string, string[]>> | undefined;

/** The search boxes' example words of each programme (programme id → words), found once per build. */
export function loadSearchExamples(): Promise<Map<string, string[]>> {
  searchExamples ??= loadContent().then(searchExamplesByProgramme);
  return searchExamples;
}
