import { t } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import { levelLabel } from './levels.ts';
import { CHANGE_KINDS, CHANGE_LABELS, LEVEL_LABELS, LEVELS, STANDING_LABELS, STANDINGS } from '../../schemas/vocabulary.ts';

/** The filter dimensions of the project list (also URL segments: `projects/<kind>/<value>/`). */
export const FACET_KINDS = ['level', 'standing', 'change'] as const;
/** A filter dimension of the project list. */
export type FacetKind = (typeof FACET_KINDS)[number];

/** One value of a facet with its label and how many projects carry it. */
export interface FacetValue {
  kind: FacetKind;
  value: string;
  label: string;
  count: number;
}

/** Values of one project for each facet (a project may have several changes). */
export function facetValuesOf(p: Pick<Project, 'level' | 'standing' | 'changes'>): Record<FacetKind, string[]> {
  // A project without a level or a standing (the source states none) has no value in that facet.
  return { level: p.level === null ? [] : [p.level], standing: p.standing === null ? [] : [p.standing], change: [...new Set(p.changes.map((c) => c.kind))] };
}

/** True when the project matches the filter (an absent value matches everything). */
export function matchesFacet(p: Pick<Project, 'level' | 'standing' | 'changes'>, kind: FacetKind, value: string): boolean {
  return facetValuesOf(p)[kind].includes(value);
}

/** Every facet value that occurs in the projects, with counts, in vocabulary order. */
export function facetValues(projects: readonly Pick<Project, 'level' | 'standing' | 'changes'>[], levels: Pick<Programme, 'levels'> | null = null): FacetValue[] {
  const all: FacetValue[] = [
    ...LEVELS.map((v) => ({ kind: 'level' as const, value: v, label: (levels && levelLabel(levels, v)) ?? LEVEL_LABELS[v], count: 0 })),
    ...STANDINGS.map((v) => ({ kind: 'standing' as const, value: v, label: STANDING_LABELS[v], count: 0 })),
    ...CHANGE_KINDS.map((v) => ({ kind: 'change' as const, value: v, label: CHANGE_LABELS[v], count: 0 })),
  ];
  const byKey = new Map(all.map((f) => [`${f.kind}:${f.value}`, f]));
  for (const p of projects) {
    const values = facetValuesOf(p);
    for (const kind of ['level', 'standing', 'change'] as const) for (const v of values[kind]) byKey.get(`${kind}:${v}`)!.count += 1;
  }
  return all.filter((f) => f.count > 0);
}

/** Name of a facet dimension, as readers see it (also the project table's column heading). */
export const FACET_LABELS: Record<FacetKind, string> = { level: t('programme.facet.level'), standing: t('programme.facet.standing'), change: t('programme.facet.change') };
