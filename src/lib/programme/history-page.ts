/**
 * What the history pages show: one project year by year (history/<id>/), and the index of the
 * projects found in more than one programme (history/).
 */
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import type { Standing } from '../../schemas/vocabulary.ts';
import { historyPath, programmePath, projectPath } from '../site/routes.ts';
import type { HistoryStep } from './history.ts';
import { amountChange, formatPercentOrNull, unitLabel } from './standards.ts';

/** A standard in one year, its numbers formatted for a table cell. */
export type HistoryStandard =
  | {
      kind: 'amount';
      name: string;
      previous: number | null;
      current: number;
      /** e.g. 元/人/月 */
      unit: string;
      /** e.g. +33.3%; null for a change from 0, which has none */
      percent: string | null;
    }
  | { kind: 'coverage'; name: string; coverage: string };

/** One year of a project's history, as a row of its table. */
export interface HistoryRow<P extends Project = Project> {
  programme: Programme;
  /** Site path of the programme's overview. */
  programmePath: string;
  /** The project's entry in that programme. */
  project: P;
  /** Site path of the project's page in that programme. */
  projectPath: string;
  standards: HistoryStandard[];
}

/** What a project's history page shows. */
export interface HistoryPage<P extends Project = Project> {
  /** The latest entry: the project's current name heads the page. */
  latest: P;
  /** One row per programme, in the history's order. */
  rows: HistoryRow<P>[];
}

/** A standard as the history table states it. */
function historyStandard(s: Standard): HistoryStandard {
  if (s.kind === 'coverage') return { kind: 'coverage', name: s.name, coverage: s.currentCoverage };
  return { kind: 'amount', name: s.name, previous: s.previous?.value ?? null, current: s.current.value, unit: unitLabel(s), percent: formatPercentOrNull(amountChange(s).percent) };
}

/** The history page of a project from its steps (oldest first, as projectHistories lines them up); throws for no steps. */
export function historyPage<P extends Project, S extends Standard>(steps: readonly HistoryStep<P, S>[]): HistoryPage<P> {
  const latest = steps[steps.length - 1];
  if (!latest) throw new Error('a history has at least one step');
  return {
    latest: latest.project,
    rows: steps.map((s) => ({
      programme: s.programme,
      programmePath: programmePath(s.programme.id),
      project: s.project,
      projectPath: projectPath(s.programme.id, s.project.id),
      standards: s.standards.map(historyStandard),
    })),
  };
}

/** One project of the history index: its current name and its standing in each programme of its jurisdiction. */
export interface HistoryIndexRow {
  /** The history's key (the project's slug, or `<jurisdiction>/<slug>`: ./history.ts). */
  id: string;
  /** The project's name in its latest programme. */
  name: string;
  /** Site path of its history page. */
  path: string;
  /** Its standing in each of the section's programmes, in their order; null where it is not in that programme. */
  standings: (Standing | null)[];
}

/** One jurisdiction's part of the history index: a column per programme, a row per project. */
export interface HistoryIndexSection {
  jurisdiction: string;
  /** Every programme of the jurisdiction any of its histories passes through, oldest first. */
  programmes: Programme[];
  rows: HistoryIndexRow[];
}

/** What the history index shows: one table per jurisdiction (histories never cross jurisdictions), in the order their first history comes. */
export interface HistoryIndex {
  sections: HistoryIndexSection[];
}

/** The history index from every project's history, in the order of the map. */
export function historyIndex(histories: ReadonlyMap<string, readonly HistoryStep[]>): HistoryIndex {
  const byJurisdiction = new Map<string, [string, readonly HistoryStep[]][]>();
  for (const [id, steps] of histories) {
    const jurisdiction = steps[0]!.programme.jurisdiction;
    byJurisdiction.set(jurisdiction, [...(byJurisdiction.get(jurisdiction) ?? []), [id, steps]]);
  }
  return {
    sections: [...byJurisdiction].map(([jurisdiction, entries]) => {
      const programmes = [...new Map(entries.flatMap(([, steps]) => steps.map((s) => [s.programme.id, s.programme]))).values()].sort(
        (a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      return {
        jurisdiction,
        programmes,
        rows: entries.map(([id, steps]) => ({
          id,
          name: steps[steps.length - 1]!.project.name,
          path: historyPath(id),
          standings: programmes.map((p) => steps.find((s) => s.programme.id === p.id)?.project.standing ?? null),
        })),
      };
    }),
  };
}
