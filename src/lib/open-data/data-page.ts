/**
 * What the data pages show, derived from the catalogue (catalogue.ts) and the described files: the
 * data page's sections of site-wide files, its list of programmes, and each programme's per-project
 * downloads. The pages only render these.
 */
import { t, type Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { ProgrammeIndex } from '../programme/programme-index.ts';
import { programmeT } from '../programme/wording.ts';
import { CATALOGUE, DATA_PAGE_SECTIONS, fileNote, type FileKind, type ProjectFileKind } from './catalogue.ts';
import type { OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { formatSize } from './format-size.ts';
import { publishedPattern } from './split.ts';

/** One row of a data page table. */
export interface ListedFile {
  /** Path inside data/; for a table split by programme, the pattern of its parts' paths. */
  path: string;
  /**
   * For a site-wide table split by programme (split.ts): how many files it is published as. The
   * data page gives it one row, its parts' pattern and total size; each part, with its checksum,
   * is listed on its programme's data page.
   */
  split?: { files: number };
  /** What the file holds, with its number of records where it has them. */
  description: string;
  formatLabel: string;
  size: string;
  sha256: string;
}

/** One section of the data page: a table of files. */
export interface DataPageSection {
  /** Anchor of the section's heading. */
  id: string;
  title: string;
  files: ListedFile[];
}

const isOnDataPage = (kind: FileKind) => DATA_PAGE_SECTIONS.some((s) => s.id === kind.listing);

const listed =
  (translate: Translate) =>
  (f: DescribedDataFile): ListedFile => ({
    path: f.path,
    description: `${fileNote(f, translate) ?? f.title}${f.records === undefined ? '' : translate('data.page.records', { n: f.records })}`,
    formatLabel: f.kind.formatLabel,
    size: formatSize(f.size),
    sha256: f.sha256,
  });

/**
 * The one row of a site-wide table split by programme: its parts' pattern, what it holds, why it is
 * split and into how many files, and their total size and records. Listing every part (and its
 * checksum) made the data page grow with the site: 66.0 KB gzip at 250 programmes, past its 60 KB
 * budget.
 */
function splitRow(kind: FileKind, parts: readonly DescribedDataFile[], translate: Translate): ListedFile {
  const first = parts[0]!;
  const records = parts.every((f) => f.records !== undefined) ? parts.reduce((n, f) => n + f.records!, 0) : undefined;
  return {
    path: publishedPattern(kind, parts, translate)!,
    split: { files: parts.length },
    description: `${fileNote(first, translate) ?? first.title}${translate('data.page.part', { limit: formatSize(first.part!.limit) })}${translate('data.page.splitFiles', { files: parts.length, chunked: parts.some((f) => f.part?.chunk) })}${records === undefined ? '' : translate('data.page.records', { n: records })}`,
    formatLabel: kind.formatLabel,
    size: formatSize(parts.reduce((n, f) => n + f.size, 0)),
    sha256: '',
  };
}

/** The rows of some files, in order: one per whole file, one per split table (at its first part). */
function rows(files: readonly DescribedDataFile[], translate: Translate): ListedFile[] {
  return files.flatMap((f, i) => {
    if (!f.part) return [listed(translate)(f)];
    if (files.findIndex((g) => g.kind === f.kind) !== i) return [];
    return [
      splitRow(
        f.kind,
        files.filter((g) => g.kind === f.kind),
        translate,
      ),
    ];
  });
}

/** The data page's sections, in page order, each with its files in catalogue order, worded by `translate` (the site's: contextT). */
export function dataPageSections(files: readonly DescribedDataFile[], translate: Translate = t): DataPageSection[] {
  return DATA_PAGE_SECTIONS.map((s) => ({
    id: s.id,
    title: translate(s.title),
    files: rows(
      files.filter((f) => f.kind.listing === s.id),
      translate,
    ),
  }));
}

/**
 * Every whole file the data page lists, in catalogue order, for its list of checksums. The parts
 * of a split table are not among them: their checksums are in SHA256SUMS and on their
 * programme's data page ({@link programmeParts}).
 */
export function dataPageFiles(files: readonly DescribedDataFile[], translate: Translate = t): ListedFile[] {
  return files.filter((f) => isOnDataPage(f.kind) && !f.part).map(listed(translate));
}

/**
 * A programme's parts of the site-wide tables split by programme (split.ts), in catalogue order,
 * with their checksums: listed on its data page, so that the data page lists each split table once.
 */
export function programmeParts(files: readonly DescribedDataFile[], programme: string, translate: Translate = t): ListedFile[] {
  return (partsByProgramme(files).get(programme) ?? []).map((f) => ({
    path: f.path,
    description: `${f.title}${f.records === undefined ? '' : translate('data.page.partRecords', { n: f.records })}`,
    formatLabel: f.kind.formatLabel,
    size: formatSize(f.size),
    sha256: f.sha256,
  }));
}

/**
 * The parts of split tables grouped by programme, once per list of files: every programme's data
 * page asks for its own, and filtering the whole list (per-project files included, hundreds of
 * thousands at 100 000 projects) once per programme would make the pages quadratic.
 */
const partsCache = new WeakMap<readonly DescribedDataFile[], Map<string, DescribedDataFile[]>>();
function partsByProgramme(files: readonly DescribedDataFile[]): Map<string, DescribedDataFile[]> {
  let grouped = partsCache.get(files);
  if (!grouped) {
    grouped = new Map();
    for (const f of files) {
      if (!f.part) continue;
      const list = grouped.get(f.part.programme);
      if (list) list.push(f);
      else grouped.set(f.part.programme, [f]);
    }
    partsCache.set(files, grouped);
  }
  return grouped;
}

/** A programme with the number of its project entries and of their files (listed on its own data page). */
export interface ProgrammeFiles {
  programme: Programme;
  projects: number;
  files: number;
}

/**
 * Every programme with how many per-project files its data page lists. Those files are not on the
 * data page itself: listed there, the page grew with the whole site (3.7 MB at 4 000 projects, past
 * its own page-weight budget).
 */
export function programmeFiles(ctx: OpenDataContext, files: readonly DescribedDataFile[]): ProgrammeFiles[] {
  const count = new Map<string, number>();
  for (const f of files) if (f.kind.listing === 'programme' && f.project) count.set(f.project.programme, (count.get(f.project.programme) ?? 0) + 1);
  return ctx.content.programmes.map((programme) => ({ programme, projects: ctx.indexes.get(programme.id)?.projects.length ?? 0, files: count.get(programme.id) ?? 0 }));
}

/** The kinds of file each project has, in catalogue order (JSON, then CSV). */
export const PROJECT_FILE_KINDS: readonly ProjectFileKind[] = CATALOGUE.filter((k): k is Extract<(typeof CATALOGUE)[number], { scope: 'project' }> => k.scope === 'project');

/** One project's downloads on its programme's data page. */
export interface ProjectDownloads {
  project: Project;
  files: ListedFile[];
}

/** Each project of a programme, in notice order, with its own files; throws if one was not made. */
export function projectDownloads(index: ProgrammeIndex, byPath: ReadonlyMap<string, DescribedDataFile>): ProjectDownloads[] {
  return index.projects.map((project) => ({
    project,
    files: PROJECT_FILE_KINDS.map((kind) => {
      const path = kind.path(index.programme.id, project.id);
      const file = byPath.get(path);
      if (!file) throw new Error(`data page: no data file ${path}`);
      return listed(programmeT(index.programme))(file);
    }),
  }));
}
