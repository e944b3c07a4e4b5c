// Imported as `text`: `t` names each level's tally below.
import { t as text } from '../../../i18n/index.ts';
import type { Programme } from '../../../schemas/programme.ts';
import type { Project } from '../../../schemas/project.ts';
import { LEVEL_LABELS } from '../../../schemas/vocabulary.ts';
import type { ContentSet, Located } from '../content-set.ts';
import { tallyProgramme } from '../../programme/counts.ts';
import type { Problem } from '../problems.ts';

/**
 * Reconciles the itemised projects of one programme with the totals its notice states: per level
 * the number carried out and every sub-total, the grand total, the headline's parts, and that no
 * level carries out or drops more than its government decided.
 */
export function reconcileTotals(programme: Located<Programme>, projects: readonly Project[]): Problem[] {
  const problems: Problem[] = [];
  const tally = tallyProgramme(projects);
  const mismatch = (field: string, label: string, stated: number, counted: number) =>
    problems.push({
      file: programme.file,
      entry: programme.id,
      field,
      message: text('check.totals.mismatch', { what: label, stated, counted }),
    });
  if (tally.implemented !== programme.statedTotals.all) {
    mismatch('statedTotals.all', text('check.totals.all'), programme.statedTotals.all, tally.implemented);
  }
  for (const t of tally.levels) {
    const stated = programme.statedTotals[t.level];
    const label = LEVEL_LABELS[t.level];
    if (!stated) {
      if (t.implemented > 0) mismatch(`statedTotals.${t.level}`, text('check.totals.levelImplemented', { level: label }), 0, t.implemented);
      continue;
    }
    if (stated.implemented !== t.implemented)
      mismatch(`statedTotals.${t.level}.implemented`, text('check.totals.levelImplemented', { level: label }), stated.implemented, t.implemented);
    for (const [key, value] of Object.entries(stated.breakdown)) {
      const counted = key === 'raised' ? t.raised : t.byStanding[key as keyof typeof t.byStanding];
      if (value !== counted) mismatch(`statedTotals.${t.level}.breakdown.${key}`, text('check.totals.breakdown', { level: label, heading: key }), value, counted);
    }
    const departed = t.byStanding.withdrawn + t.byStanding['adjusted-out'];
    if (stated.decided !== null && stated.decided < t.implemented + departed) {
      mismatch(`statedTotals.${t.level}.decided`, text('check.totals.decided', { level: label }), stated.decided, t.implemented + departed);
    }
  }
  programme.headlineParts.forEach((part, i) => {
    const counted = part.levels.reduce((n, l) => n + (tally.levels.find((t) => t.level === l)?.implemented ?? 0), 0);
    if (counted !== part.count) mismatch(`headlineParts.${i}.count`, text('check.totals.headline', { levels: part.levels.map((l) => LEVEL_LABELS[l]) }), part.count, counted);
  });
  return problems;
}

/** Reconciles every programme of the content set. */
export function checkTotals(c: ContentSet, incompleteProgrammes: ReadonlySet<string> = new Set()): Problem[] {
  // Counting a programme with unreadable projects would report differences that are not there.
  return c.programmes
    .filter((p) => !incompleteProgrammes.has(p.id))
    .flatMap((p) =>
      reconcileTotals(
        p,
        c.projects.filter((x) => x.programme === p.id),
      ),
    );
}
