import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';
import { checkCitations } from './citations.ts';
import { checkIds } from './unique-ids.ts';
import { checkLineage } from './lineage.ts';
import { checkReferences } from './references.ts';
import { checkTotals } from './totals.ts';

/**
 * Entries that exist on disk but failed their schema. Cross-checks still run on everything else, so
 * an editor sees every problem at once; these entries only stop checks that would be noise: a
 * reference to them is not dangling, and a programme missing some of its projects is not counted.
 */
export interface Unreadable {
  /** `programme/id` of project files that failed their schema. */
  projects: ReadonlySet<string>;
  /** Programmes some of whose project files failed their schema. */
  programmes: ReadonlySet<string>;
  /** `programme/project` named by standard files that failed their schema. */
  standardProjects: ReadonlySet<string>;
}

const NONE: Unreadable = { projects: new Set(), programmes: new Set(), standardProjects: new Set() };

/** Every consistency check over the valid records of a content set. */
export function runCrossChecks(c: ContentSet, unreadable: Unreadable = NONE): Problem[] {
  return [...checkIds(c), ...checkReferences(c, unreadable.projects), ...checkCitations(c), ...checkLineage(c, unreadable.standardProjects), ...checkTotals(c, unreadable.programmes)];
}
