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
import { partNote } from './split.ts';

/** One row of a data page table. */
export interface ListedFile {
  /** Path inside data/. */
  path: string;
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
    description: `${f.part ? translate('data.page.partTitle', { title: f.title }) : ''}${fileNote(f, translate) ?? f.title}${partNote(f.part, translate)}${f.records === undefined ? '' : translate('data.page.records', { n: f.records })}`,
    formatLabel: f.kind.formatLabel,
    size: formatSize(f.size),
    sha256: f.sha256,
  });

/** The data page's sections, in page order, each with its files in catalogue order, worded by `translate` (the site's: contextT). */
export function dataPageSections(files: readonly DescribedDataFile[], translate: Translate = t): DataPageSection[] {
  return DATA_PAGE_SECTIONS.map((s) => ({ id: s.id, title: translate(s.title), files: files.filter((f) => f.kind.listing === s.id).map(listed(translate)) }));
}

/** Every file the data page lists, in catalogue order, for its list of checksums. */
export function dataPageFiles(files: readonly DescribedDataFile[], translate: Translate = t): ListedFile[] {
  return files.filter((f) => isOnDataPage(f.kind)).map(listed(translate));
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
