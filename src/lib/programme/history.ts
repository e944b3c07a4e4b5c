import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';

/** One year of a project's history: the programme, the entry in it, and its standards that year. */
export interface HistoryStep<P extends Project = Project, S extends Standard = Standard> {
  programme: Programme;
  project: P;
  standards: S[];
}

/**
 * Lines up the same project (same slug) across programmes, by jurisdiction and then year. Only
 * slugs found in at least two programmes have a history worth showing. Linear in the input.
 */
export function projectHistories<P extends Project, S extends Standard>(
  programmes: readonly Programme[],
  projects: readonly P[],
  standards: readonly S[],
): Map<string, HistoryStep<P, S>[]> {
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const standardsByKey = new Map<string, S[]>();
  for (const s of standards) {
    const key = `${s.programme}/${s.project}`;
    standardsByKey.set(key, [...(standardsByKey.get(key) ?? []), s]);
  }
  const byKey = new Map<string, HistoryStep<P, S>[]>();
  for (const project of projects) {
    const programme = programmeById.get(project.programme);
    if (!programme) continue;
    const key = project.id;
    byKey.set(key, [...(byKey.get(key) ?? []), { programme, project, standards: standardsByKey.get(`${project.programme}/${project.id}`) ?? [] }]);
  }
  const histories = new Map<string, HistoryStep<P, S>[]>();
  for (const [key, steps] of byKey) {
    if (steps.length < 2) continue;
    histories.set(
      key,
      steps.sort((a, b) => a.programme.jurisdiction.localeCompare(b.programme.jurisdiction) || a.programme.year - b.programme.year || a.programme.id.localeCompare(b.programme.id)),
    );
  }
  return histories;
}
