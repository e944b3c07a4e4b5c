import type { Programme } from '../../../schemas/programme.ts';
import type { Project } from '../../../schemas/project.ts';
import { CHANGE_LABELS, GAP_EXPLAINING_STANDINGS, PROGRAMME_STATUS_LABELS, STANDING_LABELS } from '../../../schemas/vocabulary.ts';
import type { ContentSet, Located } from '../content-set.ts';
import { tallyProgramme } from '../../programme/counts.ts';
import { levelLabel } from '../../programme/levels.ts';
import { programmeT } from '../../programme/wording.ts';
import type { Problem } from '../problems.ts';

/**
 * Reconciles the itemised projects of one programme with the totals its source states: per level
 * the number carried out and every sub-total, the grand total, the headline's parts, each
 * category's stated count, and that no level carries out or drops more than its government decided.
 * A published programme must agree; a draft or consultation one (entry in progress, or a 征求意见
 * list) has each disagreement reported as a warning, 已录入 N 项，来源载明 M 项, never silently passed.
 */
export function reconcileTotals(programme: Located<Programme>, projects: readonly Project[]): Problem[] {
  // Worded in the programme's terms (通知载明 / 公告载明 …); named `text`: `t` names each level's tally below.
  const text = programmeT(programme);
  const problems: Problem[] = [];
  const tally = tallyProgramme(projects);
  const draft = programme.status !== 'published';
  const mismatch = (field: string, label: string, stated: number, counted: number) =>
    problems.push({
      file: programme.file,
      entry: programme.id,
      field,
      ...(draft
        ? { severity: 'warning' as const, message: text('check.totals.entered', { what: label, stated, counted, status: PROGRAMME_STATUS_LABELS[programme.status] }) }
        : { message: text('check.totals.mismatch', { what: label, stated, counted }) }),
    });
  const label = (level: Project['level']) => levelLabel(programme, level) ?? '';
  if (tally.implemented !== programme.statedTotals.all) {
    mismatch('statedTotals.all', text('check.totals.all'), programme.statedTotals.all, tally.implemented);
  }
  for (const t of tally.levels) {
    const stated = programme.statedTotals[t.level];
    if (!stated) {
      if (t.implemented > 0) mismatch(`statedTotals.${t.level}`, text('check.totals.levelImplemented', { level: label(t.level) }), 0, t.implemented);
      continue;
    }
    if (stated.implemented !== t.implemented)
      mismatch(`statedTotals.${t.level}.implemented`, text('check.totals.levelImplemented', { level: label(t.level) }), stated.implemented, t.implemented);
    for (const [key, value] of Object.entries(stated.breakdown)) {
      const counted = key === 'raised' ? t.raised : t.byStanding[key as keyof typeof t.byStanding];
      // Named by its label (新增实施, 提标扩面), not by its code.
      const heading = key === 'raised' ? CHANGE_LABELS.raised : STANDING_LABELS[key as keyof typeof STANDING_LABELS];
      if (value !== counted) mismatch(`statedTotals.${t.level}.breakdown.${key}`, text('check.totals.breakdown', { level: label(t.level), heading }), value, counted);
    }
    // The level still has its withdrawn projects (GAP_EXPLAINING_STANDINGS); adjusted-out ones left its list.
    const departed = GAP_EXPLAINING_STANDINGS.reduce((n, s) => n + t.byStanding[s], 0);
    if (stated.decided !== null && stated.decided < t.implemented + departed) {
      mismatch(
        `statedTotals.${t.level}.decided`,
        text('check.totals.decided', { level: label(t.level), departed: GAP_EXPLAINING_STANDINGS.map((s) => STANDING_LABELS[s]) }),
        stated.decided,
        t.implemented + departed,
      );
    }
  }
  programme.headlineParts.forEach((part, i) => {
    const counted = part.levels.reduce((n, l) => n + (tally.levels.find((t) => t.level === l)?.implemented ?? 0), 0);
    if (counted !== part.count) mismatch(`headlineParts.${i}.count`, text('check.totals.headline', { levels: part.levels.map(label) }), part.count, counted);
  });
  programme.categories.forEach((category, i) => {
    if (category.statedCount === null) return;
    const counted = projects.filter((p) => p.category === category.id).length;
    if (counted !== category.statedCount) mismatch(`categories.${i}.statedCount`, text('check.totals.category', { name: category.name }), category.statedCount, counted);
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
