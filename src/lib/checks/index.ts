import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';
import { checkCitations } from './citations.ts';
import { checkIds } from './unique-ids.ts';
import { checkLineage } from './lineage.ts';
import { checkReferences } from './references.ts';
import { checkTotals } from './totals.ts';

/** Every consistency check over a schema-valid content set. */
export function runCrossChecks(c: ContentSet): Problem[] {
  return [...checkIds(c), ...checkReferences(c), ...checkCitations(c), ...checkLineage(c), ...checkTotals(c)];
}
