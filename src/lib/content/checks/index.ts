import type { RawFile } from '../../../io/read-content.ts';
import type { RecordTypeName } from '../../../schemas/record-types.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';
import { checkCitations } from './citations.ts';
import { checkFigures } from './figures.ts';
import { checkIds, isNamedById } from './unique-ids.ts';
import { checkLineage } from './lineage.ts';
import { checkNoticeOrder } from './notice-order.ts';
import { checkReferences } from './references.ts';
import { checkReservedIds } from './reserved-ids.ts';
import { checkSourceWords } from './source-words.ts';
import { checkTotals } from './totals.ts';

/**
 * Entries that exist on disk but failed their schema. Cross-checks still run on everything else, so
 * an editor sees every problem at once; these entries only stop checks that would be noise: a
 * reference to them is not dangling, and a programme missing some of its projects is not counted.
 */
export interface Unreadable {
  /** `programme/id` of project files that failed their schema. */
  projects: ReadonlySet<string>;
  /** Programmes some of whose project files failed their schema. */
  programmes: ReadonlySet<string>;
  /** `programme/project` named by standard files that failed their schema. */
  standardProjects: ReadonlySet<string>;
  /** Programmes whose programme.yaml failed its schema (or could not be read), by their folder's name. */
  programmeFiles: ReadonlySet<string>;
  /** Sources whose file failed its schema (or could not be read), by their file's name. */
  sources: ReadonlySet<string>;
}

/** The files of each record type that failed their schema (their problems are reported already). */
export type Rejected = Readonly<Record<RecordTypeName, readonly RawFile[]>>;

/** What the checks below need to know of the rejected files. */
export function unreadableOf(rejected: Rejected): Unreadable {
  // Project files are programmes/<programme>/projects/<id>.yaml, so an unreadable one is still known by its path.
  const unreadableProjects = rejected.projects.map((f) => f.file.split('/'));
  return {
    projects: new Set(unreadableProjects.map((parts) => `${parts[1]}/${(parts.at(-1) ?? '').replace(/\.ya?ml$/, '')}`)),
    programmes: new Set(unreadableProjects.map((parts) => parts[1]!)),
    standardProjects: new Set(rejected.standards.map((f) => `${f.file.split('/')[1]}/${String((f.data as { project?: unknown } | undefined)?.project ?? '')}`)),
    // programmes/<programme>/programme.yaml and sources/<id>.mdx: known by their paths as well.
    programmeFiles: new Set(rejected.programmes.map((f) => f.file.split('/')[1]!)),
    sources: new Set(rejected.sources.map((f) => (f.file.split('/').pop() ?? '').replace(/\.(mdx?|ya?ml)$/, ''))),
  };
}

/**
 * The content set with each project once: a project file copied without a new id repeats its
 * original, which checkIds reports; the other checks see one of the two (the one whose file name
 * is its id, else the first), since the copy's totals and positions would only echo it (five
 * lines of 逐项录入 and a repeated 序号, for one file to rename).
 */
function withDistinctProjects(c: ContentSet): ContentSet {
  const kept = new Map<string, ContentSet['projects'][number]>();
  for (const p of c.projects) {
    const key = `${p.programme}/${p.id}`;
    const earlier = kept.get(key);
    if (!earlier || (!isNamedById(earlier) && isNamedById(p))) kept.set(key, p);
  }
  return kept.size === c.projects.length ? c : { ...c, projects: c.projects.filter((p) => kept.get(`${p.programme}/${p.id}`) === p) };
}

/** Every consistency check over the valid records of a content set; `rejected` (default none) only silences noise. */
export function runCrossChecks(content: ContentSet, rejected?: Rejected): Problem[] {
  const none = new Set<string>();
  const unreadable: Unreadable = rejected ? unreadableOf(rejected) : { projects: none, programmes: none, standardProjects: none, programmeFiles: none, sources: none };
  const c = withDistinctProjects(content);
  return [
    ...checkIds(content),
    ...checkReservedIds(c),
    ...checkReferences(c, unreadable.projects, unreadable.programmeFiles, unreadable.sources),
    ...checkCitations(c, unreadable.sources, unreadable.programmeFiles),
    ...checkSourceWords(c),
    ...checkLineage(c, unreadable.standardProjects, unreadable.projects),
    ...checkNoticeOrder(c),
    ...checkTotals(c, unreadable.programmes),
    ...checkFigures(c),
  ];
}
