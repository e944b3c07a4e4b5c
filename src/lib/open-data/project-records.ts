import type { ProgrammeIndex } from '../programme/programme-index.ts';
import { standardsOf } from '../programme/standards.ts';
import { projectPath } from '../site/urls.ts';
import type { PublishedProject } from '../../schemas/open-data.ts';
import type { Project } from '../../schemas/project.ts';
import { STANDING_LABELS } from '../../schemas/vocabulary.ts';
import { isImplemented } from '../programme/counts.ts';
import { levelLabel } from '../programme/levels.ts';
import { oncePerContext, type OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { withoutFile } from './strip-file.ts';

/** One project entry as published: content fields, labels, lineage both ways, standards and page URL. */
export function publishedProject(siteBase: string, index: ProgrammeIndex, project: Project): PublishedProject {
  return {
    ...withoutFile(project),
    levelLabel: levelLabel(index.programme, project.level),
    standingLabel: project.standing === null ? null : STANDING_LABELS[project.standing],
    // What the source's totals count (src/lib/programme/counts.ts): a reader counting rows needs it, since merged-away and withdrawn entries are rows too.
    implemented: isImplemented(project),
    categoryName: index.programme.categories.find((c) => c.id === project.category)?.name ?? null,
    movedFrom: (index.movedInto.get(project.id) ?? []).map((p) => p.id),
    standards: standardsOf(index, project.id).map((s) => s.id),
    url: absoluteUrl(siteBase, projectPath(project.programme, project.id)),
  };
}

/** Every programme (newest first) with its projects in notice order: the order of every project file. */
export function projectEntries(ctx: OpenDataContext): { index: ProgrammeIndex; project: Project }[] {
  return ctx.content.programmes.flatMap((programme) => {
    const index = ctx.indexes.get(programme.id);
    if (!index) throw new Error(`no index for programme ${programme.id}`);
    return index.projects.map((project) => ({ index, project }));
  });
}

/**
 * Records of projects.json, in {@link projectEntries} order. Made once per context: the CSV rows,
 * projects.json, every project's own file and the dictionary all read them.
 */
export const projectRecords: (ctx: OpenDataContext) => readonly PublishedProject[] = oncePerContext((ctx) =>
  Object.freeze(projectEntries(ctx).map(({ index, project }) => publishedProject(ctx.siteBase, index, project))),
);
