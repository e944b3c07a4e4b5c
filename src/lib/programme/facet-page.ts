/** What a pre-built filtered project list shows: the projects carrying one facet value. */
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import { facetValues, matchesFacet, type FacetKind } from './facets.ts';

/** One filtered list: the value's label and the projects that carry it, in the list's order. */
export interface FacetPage<P extends Project = Project> {
  label: string;
  projects: P[];
}

/** The list of `projects` whose facet `kind` has `value`; throws for a value none of them carries. */
export function facetPage<P extends Project>(projects: readonly P[], kind: FacetKind, value: string, levels: Pick<Programme, 'levels'> | null = null): FacetPage<P> {
  const facet = facetValues(projects, levels).find((f) => f.kind === kind && f.value === value);
  if (!facet) throw new Error(`no project has ${kind} ${value}`);
  return { label: facet.label, projects: projects.filter((p) => matchesFacet(p, kind, value)) };
}
