/**
 * The hidden search keywords of a project page: everyday words for what the project's own data
 * says, so that residents' wording finds the page (see synonyms.ts).
 */
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import { targetLabel } from '../open-data/target-label.ts';
import { GROUP_LABELS, TOPIC_LABELS } from '../../schemas/vocabulary.ts';
import { compareWords, searchSynonyms } from './synonyms.ts';

/**
 * Keywords for one project page, from its name, aliases, description, changes, standards,
 * targets and the names of the projects it absorbed or took over (`relatedNames`), plus the labels
 * of its editorial topics and groups (养老, 老年人) and their synonyms: a resident who types who they
 * are finds every project filed under that group.
 */
export function projectSearchKeywords(project: Project, standards: readonly Standard[], relatedNames: readonly string[]): string[] {
  const text = projectSearchText(project, standards, relatedNames);
  const labels = classificationLabels(project).filter((label) => !text.includes(label));
  const words = new Set([...labels, ...searchSynonyms([text, ...labels].join('\n'))]);
  return [...words].filter((w) => !text.includes(w)).sort(compareWords);
}

/**
 * The words a project page shows that its keywords are derived from (name, aliases, description,
 * changes, standards, targets, `relatedNames`), one per line; with {@link classificationLabels}, what
 * a search word must meet for the page to be found under it or under any word of its group.
 */
export function projectSearchText(project: Project, standards: readonly Standard[], relatedNames: readonly string[]): string {
  return [
    project.name,
    ...project.aliases.map((a) => a.name),
    project.description ?? '',
    project.exitNote ?? '',
    ...project.changes.map((c) => c.summary),
    ...standards.map((s) => (s.kind === 'coverage' ? `${s.name}${s.currentCoverage}` : s.name)),
    ...project.targets.map(targetLabel),
    ...relatedNames,
  ].join('\n');
}

/** The labels of a project's editorial topics and groups (养老, 老年人), which its page is indexed under. */
export function classificationLabels(project: Project): string[] {
  return [...project.topics.map((c) => TOPIC_LABELS[c]), ...project.groups.map((c) => GROUP_LABELS[c])];
}
