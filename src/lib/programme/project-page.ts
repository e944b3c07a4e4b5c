/**
 * Everything a project's page shows, derived from its programme's index: its relations to other
 * projects as links, its standards, its data files, the paragraph to cite, the citations of every
 * fact on the page and the hidden search keywords.
 */
import type { Citation } from '../../schemas/citation.ts';
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import type { Standing } from '../../schemas/vocabulary.ts';
import { projectCitations } from '../content/citations.ts';
import { projectFile } from '../open-data/catalogue.ts';
import { absoluteUrl, dataPath } from '../open-data/links.ts';
import { projectSearchKeywords } from '../search/project-keywords.ts';
import { historyPath, projectPath } from '../site/routes.ts';
import { leadParagraph, projectLink, type CitedParagraph, type ProjectLink } from './page-links.ts';
import type { Coordinator } from './consultation.ts';
import { isImplemented } from './counts.ts';
import type { ProgrammeIndex } from './programme-index.ts';
import { programmeHasStandards, standardsOf } from './standards.ts';

/** What one project page renders. */
export interface ProjectPage<P extends Project = Project, S extends Standard = Standard> {
  project: P;
  /** Projects merged into this one this year. */
  predecessors: ProjectLink[];
  /** For a merged-away project, the project that carries it on. */
  mergedInto: ProjectLink | null;
  /** For an adjusted-out project, the project it was moved into. */
  movedTo: ProjectLink | null;
  /** Projects moved into this one this year. */
  movedIn: ProjectLink[];
  /**
   * For a project that leaves the programme this year with no project here to carry it on
   * (withdrawn, or adjusted out to a department's routine work): leaving is its change this year,
   * told by its standing and the notice's exit note (which the content check requires of both).
   */
  departure: { standing: Standing; exitNote: string } | null;
  /** True when the notice states no change of any kind: no change, departure, merger or move either way. */
  noChanges: boolean;
  /** The project's standards, as the programme's index lists them. */
  standards: readonly S[];
  /**
   * For a project without standards of its own that is carried on by another (merged into it, or
   * moved into it) with a standard whose quote names it: that project. The notice states such a
   * standard under the project that carries it on (将基本公共卫生服务财政补助标准…提高到50元, under
   * 公共卫生服务及妇幼健康、计生特扶), so the page points there rather than saying the notice states
   * none. Only where the quote names it: the other projects merged into the same one
   * (妇女儿童健康水平提升工程) have no standard the notice states.
   */
  standardsAt: ProjectLink | null;
  /**
   * Whether the page has a 补助标准 section: only where the programme states standards at all. A
   * list that states none (Cangnan's 民生实事) would otherwise say 未载明本项目的补助标准 on every
   * page, as if a subsidy existed that the notice left out.
   */
  standardsSection: boolean;
  /** Site path of the page. */
  path: string;
  /** Absolute URL of the page, as a citation gives it. */
  url: string;
  /** Site paths of the project's own data files. */
  files: { json: string; csv: string };
  /**
   * The paragraph to cite: the one that holds the figure the page shows (its first amount
   * standard's, else its first target's), else the one that states the project.
   */
  lead: CitedParagraph;
  /** Site path of the project's year-on-year page, or null when it has none. */
  historyPath: string | null;
  /** Everyday words for the project, indexed for search but not shown. */
  searchKeywords: string[];
  /** Every citation of a fact on the page (the project's own, its changes', targets' and standards'), in paragraph order. */
  citations: Citation[];
  /** The programme's coordinators, which its 如何咨询 section names (./consultation.ts). */
  coordinators: readonly Coordinator[];
}

/** Options of {@link projectPage}. */
export interface ProjectPageOptions {
  /** Site base, e.g. https://example.gov.cn/minsheng/, or a preview's site-relative /minsheng/ (src/lib/site/origin.ts). */
  siteBase: string;
  /** The key of the project's year-on-year page (found in two or more programmes of its jurisdiction: ./history.ts), or null for none. */
  historyKey: string | null;
  /** The programme's coordinators (programmeCoordinators in ./consultation.ts); none when not given. */
  coordinators?: readonly Coordinator[];
}

/**
 * The record whose citation a reader checks first: the figure the page shows (the amount of its
 * first amount standard, else the quantity of its first target) sits in that record's paragraph,
 * which is often not the one that merely names the project in a list.
 */
function figureRecord(project: Project, standards: readonly Standard[]): { citations: Project['citations'] } {
  return standards.find((s) => s.kind === 'amount') ?? project.targets[0] ?? project;
}

/** The page of project `projectId` of the index's programme; throws for a project the programme does not have. */
export function projectPage<P extends Project, S extends Standard>(index: ProgrammeIndex<P, S>, projectId: string, options: ProjectPageOptions): ProjectPage<P, S> {
  const { programme } = index;
  const project = index.byId.get(projectId);
  if (!project) throw new Error(`programme ${programme.id} has no project ${projectId}`);
  const link = (id: string) => projectLink(index, id);
  const predecessors = project.mergedFrom.map(link);
  const mergedInto = project.mergedInto ? link(project.mergedInto) : null;
  const movedTo = project.movedTo ? link(project.movedTo.project) : null;
  const movedIn = (index.movedInto.get(project.id) ?? []).map((p) => link(p.id));
  // A merged-away or moved project's change names where it went (mergedInto, movedTo) instead.
  const departure = !isImplemented(project) && !mergedInto && !movedTo && project.exitNote ? { standing: project.standing!, exitNote: project.exitNote } : null;
  const standards = standardsOf(index, project.id);
  const carriedOnBy = mergedInto ?? movedTo;
  const names = [project.name, ...project.aliases.map((a) => a.name)];
  const namesProject = (s: Standard) => s.citations.some((c) => names.some((name) => c.quote.includes(name)));
  const standardsAt = standards.length === 0 && carriedOnBy && standardsOf(index, carriedOnBy.id).some(namesProject) ? carriedOnBy : null;
  const path = projectPath(programme.id, project.id);
  return {
    project,
    predecessors,
    mergedInto,
    movedTo,
    movedIn,
    departure,
    noChanges: project.changes.length === 0 && predecessors.length === 0 && !mergedInto && !movedTo && movedIn.length === 0 && !departure,
    standards,
    standardsAt,
    standardsSection: programmeHasStandards(index),
    path,
    url: absoluteUrl(options.siteBase, path),
    files: {
      json: dataPath(projectFile('project-json', programme.id, project.id)),
      csv: dataPath(projectFile('project-csv', programme.id, project.id)),
    },
    lead: leadParagraph(programme.id, figureRecord(project, standards)),
    historyPath: options.historyKey === null ? null : historyPath(options.historyKey),
    // The projects it absorbed or took over are named too: residents may still search by their names.
    searchKeywords: projectSearchKeywords(
      project,
      standards,
      [...predecessors, ...movedIn].map((p) => p.name),
    ),
    citations: projectCitations(project, standards),
    coordinators: options.coordinators ?? [],
  };
}
