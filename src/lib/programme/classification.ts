/**
 * The site's editorial classification of projects (topics and groups, src/schemas/vocabulary.ts):
 * which codes a programme's projects carry, with counts, and the list of one code. Editorial, not
 * the notice's: every page that shows it says so.
 */
import type { Project } from '../../schemas/project.ts';
import { GROUP_LABELS, GROUPS, TOPIC_LABELS, TOPICS } from '../../schemas/vocabulary.ts';

/** The two dimensions of the classification: what a project is about, and who it is for. */
export const CLASSIFICATION_KINDS = ['topic', 'group'] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];

/** One code of a dimension, with its label and how many of the projects carry it. */
export interface ClassificationValue {
  kind: ClassificationKind;
  code: string;
  label: string;
  count: number;
}

type Classified = Pick<Project, 'topics' | 'groups'>;

const codesOf = (p: Classified, kind: ClassificationKind): readonly string[] => (kind === 'topic' ? p.topics : p.groups);

/** Every code of `kind` that occurs in the projects, in vocabulary order, with counts. */
export function classificationValues(projects: readonly Classified[], kind: ClassificationKind): ClassificationValue[] {
  const vocabulary: readonly string[] = kind === 'topic' ? TOPICS : GROUPS;
  const labels: Record<string, string> = kind === 'topic' ? TOPIC_LABELS : GROUP_LABELS;
  return vocabulary.map((code) => ({ kind, code, label: labels[code]!, count: projects.filter((p) => codesOf(p, kind).includes(code)).length })).filter((v) => v.count > 0);
}

/** The list of one code: its label and the projects that carry it, in the projects' order; throws for a code none carries. */
export function classificationPage<P extends Project>(projects: readonly P[], kind: ClassificationKind, code: string): { label: string; projects: P[] } {
  const value = classificationValues(projects, kind).find((v) => v.code === code);
  if (!value) throw new Error(`no project has ${kind} ${code}`);
  return { label: value.label, projects: projects.filter((p) => codesOf(p, kind).includes(code)) };
}
