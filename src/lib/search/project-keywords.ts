/**
 * The hidden search keywords of a project page: everyday words for what the project's own data
 * says, so that residents' wording finds the page (see synonyms.ts).
 */
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import { searchSynonyms } from './synonyms.ts';

/**
 * Keywords for one project page, from its name, aliases, description, changes, standards,
 * targets and the names of the projects it absorbed or took over (`relatedNames`).
 */
export function projectSearchKeywords(project: Project, standards: readonly Standard[], relatedNames: readonly string[]): string[] {
  const text = [
    project.name,
    ...project.aliases.map((a) => a.name),
    project.description ?? '',
    project.exitNote ?? '',
    ...project.changes.map((c) => c.summary),
    ...standards.map((s) => (s.kind === 'coverage' ? `${s.name}${s.currentCoverage}` : s.name)),
    ...project.targets.map((t) => `${t.action}${t.quantity}${t.unit}${t.item}`),
    ...relatedNames,
  ].join('\n');
  return searchSynonyms(text);
}
