import { t } from '../../../i18n/index.ts';
import { isImplemented } from '../../programme/counts.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';
import { nearestId, projectIdsByProgramme } from '../nearest.ts';

/**
 * Checks that standings, lineage and changes tell one consistent story: a merged-away project says
 * where it went and that project lists it; only departed projects carry an exit note; a raised
 * project has at least one standard and every standard belongs to a raised project.
 */
export function checkLineage(c: ContentSet, unreadableStandardProjects: ReadonlySet<string> = new Set(), unreadableProjects: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(c.projects.map((p) => [`${p.programme}/${p.id}`, p]));
  for (const p of c.projects) {
    const at = (field: string, message: string) => problems.push({ file: p.file, entry: p.id, field, message });
    const departed = p.standing === 'withdrawn' || p.standing === 'adjusted-out' || p.standing === 'merged-away';
    if (p.standing === 'merged-away' && !p.mergedInto) at('mergedInto', t('check.lineage.mergedAwayWithoutTarget'));
    if (p.standing !== 'merged-away' && p.mergedInto) at('mergedInto', t('check.lineage.mergedIntoNotMergedAway'));
    if (p.movedTo && p.standing !== 'adjusted-out') at('movedTo', t('check.lineage.movedToNotAdjustedOut'));
    if ((p.standing === 'withdrawn' || p.standing === 'adjusted-out') && !p.exitNote) at('exitNote', t('check.lineage.exitNoteMissing'));
    if (!departed && p.exitNote) at('exitNote', t('check.lineage.exitNoteNotDeparted'));
    if (p.standing === 'formed-by-merger' && p.mergedFrom.length < 2) at('mergedFrom', t('check.lineage.mergerTooFewPredecessors'));
    if (p.mergedInto) {
      const target = byKey.get(`${p.programme}/${p.mergedInto}`);
      if (target && !target.mergedFrom.includes(p.id)) at('mergedInto', t('check.lineage.targetOmitsProject', { target: p.mergedInto }));
      if (target && !isImplemented(target)) at('mergedInto', t('check.lineage.targetNotImplemented'));
    }
    p.mergedFrom.forEach((id, i) => {
      const source = byKey.get(`${p.programme}/${id}`);
      if (id === p.id) at(`mergedFrom.${i}`, t('check.lineage.mergedIntoSelf'));
      else if (source && source.mergedInto !== p.id) at(`mergedFrom.${i}`, t('check.lineage.predecessorPointsElsewhere', { predecessor: id }));
    });
    if (p.movedTo) {
      const target = byKey.get(`${p.programme}/${p.movedTo.project}`);
      if (target && !isImplemented(target)) at('movedTo.project', t('check.lineage.receiverNotImplemented'));
    }
  }
  const standardsByProject = new Map<string, number>();
  for (const s of c.standards) standardsByProject.set(`${s.programme}/${s.project}`, (standardsByProject.get(`${s.programme}/${s.project}`) ?? 0) + 1);
  // A standard whose project is misspelt is reported by the reference check with the id it most
  // likely meant (nearest.ts); that project's missing standard is the same mistake, not a second one.
  // A project whose file failed its own check exists all the same: its standard is no slip.
  let idsByProgramme: Map<string, string[]> | undefined;
  for (const s of c.standards) {
    if (byKey.has(`${s.programme}/${s.project}`) || unreadableProjects.has(`${s.programme}/${s.project}`)) continue;
    idsByProgramme ??= projectIdsByProgramme(c.projects);
    const meant = nearestId(s.project, idsByProgramme.get(s.programme) ?? []);
    if (meant !== null) standardsByProject.set(`${s.programme}/${meant}`, (standardsByProject.get(`${s.programme}/${meant}`) ?? 0) + 1);
  }
  for (const p of c.projects) {
    const key = `${p.programme}/${p.id}`;
    if (p.changes.some((ch) => ch.kind === 'raised') && !standardsByProject.get(key) && !unreadableStandardProjects.has(key)) {
      problems.push({ file: p.file, entry: p.id, field: 'changes', message: t('check.lineage.raisedWithoutStandard') });
    }
  }
  for (const s of c.standards) {
    const project = byKey.get(`${s.programme}/${s.project}`);
    if (project && !project.changes.some((ch) => ch.kind === 'raised')) {
      problems.push({ file: s.file, entry: s.id, field: 'project', message: t('check.lineage.standardWithoutRaise', { project: s.project }) });
    }
    if (s.kind === 'amount' && s.previous !== null && s.previous.year !== null && s.current.year !== null && s.previous.year >= s.current.year) {
      problems.push({ file: s.file, entry: s.id, field: 'current.year', message: t('check.lineage.standardYearOrder') });
    }
  }
  return problems;
}
