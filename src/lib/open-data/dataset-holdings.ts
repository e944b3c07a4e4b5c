/**
 * What the projects and programmes data sets of a site hold, as catalog.jsonld describes them: only
 * the kinds of information some record states. A 公告 with no levels, standings, merger history
 * or basis documents must not be catalogued as holding them (every list has its source paragraphs
 * and its stated total).
 */
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';

/** A kind of information the projects data set may hold, in the order its description names them. */
export type ProjectsHolding = 'descriptions' | 'levels' | 'standings' | 'changes' | 'lineage' | 'units' | 'citations';

/** A kind of information the programmes data set may hold, in the order its description names them. */
export type ProgrammesHolding = 'paragraphs' | 'basis' | 'totals' | 'milestones' | 'oversight';

/** What the site's project entries state: each kind where at least one entry states it; their source paragraphs always. */
export function projectsHoldings(
  projects: readonly Pick<Project, 'description' | 'level' | 'standing' | 'changes' | 'mergedFrom' | 'mergedInto' | 'movedTo' | 'units'>[],
): ProjectsHolding[] {
  const holds: Record<ProjectsHolding, boolean> = {
    descriptions: projects.some((p) => p.description !== null),
    levels: projects.some((p) => p.level !== null),
    standings: projects.some((p) => p.standing !== null),
    changes: projects.some((p) => p.changes.length > 0),
    lineage: projects.some((p) => p.mergedFrom.length > 0 || p.mergedInto !== null || p.movedTo !== null),
    units: projects.some((p) => p.units.length > 0),
    citations: true,
  };
  return (Object.keys(holds) as ProjectsHolding[]).filter((h) => holds[h]);
}

/** What the site's programmes state: their paragraphs and totals always; basis documents, milestones and oversight where some programme has them. */
export function programmesHoldings(content: {
  programmes: readonly Pick<Programme, 'basisDocuments'>[];
  milestones: readonly unknown[];
  oversight: readonly unknown[];
}): ProgrammesHolding[] {
  const holds: Record<ProgrammesHolding, boolean> = {
    paragraphs: true,
    basis: content.programmes.some((p) => p.basisDocuments.length > 0),
    totals: true,
    milestones: content.milestones.length > 0,
    oversight: content.oversight.length > 0,
  };
  return (Object.keys(holds) as ProgrammesHolding[]).filter((h) => holds[h]);
}
