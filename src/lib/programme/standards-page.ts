/** What a programme's standards page shows: the amounts raised and the coverage widened. */
import type { AmountStandard, Standard } from '../../schemas/standard.ts';
import { leadParagraph, projectLink, type CitedParagraph, type ProjectLink } from './page-links.ts';
import type { ProgrammeIndex } from './programme-index.ts';
import { amountChange, formatPercent, unitLabel } from './standards.ts';

type CoverageStandard = Extract<Standard, { kind: 'coverage' }>;

/** A row of the standards tables: the standard, its project and the paragraph that states it. */
interface StandardRow {
  /** The project the standard belongs to (its name, empty where the programme has no such project). */
  project: ProjectLink;
  source: CitedParagraph;
}

/** An amount standard with its change, formatted for the table. */
export interface AmountRow extends StandardRow {
  standard: AmountStandard;
  /** Display unit, e.g. 元/人/月. */
  unit: string;
  /** How much the amount rose (negative if it fell); null for an amount stated with no previous value. */
  absolute: number | null;
  /** The change in per cent, signed, e.g. +33.3%. */
  percent: string;
}

/** A coverage standard. */
export interface CoverageRow extends StandardRow {
  standard: CoverageStandard;
}

/** What the standards page of one programme renders. */
export interface StandardsPage {
  amounts: AmountRow[];
  coverage: CoverageRow[];
  /** Whether any project of the programme is raised (提标扩面) this year: the page's introduction then explains the word. */
  anyRaised: boolean;
}

/** The standards page of the index's programme, project by project in the index's order. */
export function standardsPage(index: ProgrammeIndex): StandardsPage {
  const programme = index.programme.id;
  const standards = [...index.standardsByProject.values()].flat();
  // A standard of a project the programme lacks keeps an empty name, as the table always showed it.
  const row = (s: Standard): StandardRow => ({ project: { ...projectLink(index, s.project), name: index.byId.get(s.project)?.name ?? '' }, source: leadParagraph(programme, s) });
  return {
    amounts: standards
      .filter((s): s is AmountStandard => s.kind === 'amount')
      .map((s) => {
        const change = amountChange(s);
        return { ...row(s), standard: s, unit: unitLabel(s), absolute: change.absolute, percent: formatPercent(change.percent) };
      }),
    coverage: standards.filter((s): s is CoverageStandard => s.kind === 'coverage').map((s) => ({ ...row(s), standard: s })),
    anyRaised: index.projects.some((p) => p.changes.some((c) => c.kind === 'raised')),
  };
}
