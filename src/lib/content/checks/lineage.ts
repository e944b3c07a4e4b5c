import { IMPLEMENTED_STANDINGS } from '../../../schemas/vocabulary.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

/**
 * Checks that standings, lineage and changes tell one consistent story: a merged-away project says
 * where it went and that project lists it; only departed projects carry an exit note; a raised
 * project has at least one standard and every standard belongs to a raised project.
 */
export function checkLineage(c: ContentSet, unreadableStandardProjects: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(c.projects.map((p) => [`${p.programme}/${p.id}`, p]));
  for (const p of c.projects) {
    const at = (field: string, message: string) => problems.push({ file: p.file, entry: p.id, field, message });
    const departed = p.standing === 'withdrawn' || p.standing === 'adjusted-out' || p.standing === 'merged-away';
    if (p.standing === 'merged-away' && !p.mergedInto) at('mergedInto', '已整合归并的项目必须写明并入哪个项目 / a merged-away project needs mergedInto');
    if (p.standing !== 'merged-away' && p.mergedInto) at('mergedInto', '只有“已整合归并”的项目才能有 mergedInto / only merged-away projects have mergedInto');
    if (p.movedTo && p.standing !== 'adjusted-out') at('movedTo', '只有“调整退出”的项目才能有 movedTo / only adjusted-out projects have movedTo');
    if ((p.standing === 'withdrawn' || p.standing === 'adjusted-out') && !p.exitNote) at('exitNote', '退出或调整退出的项目须引用通知说明的去向或原因 / withdrawn and adjusted-out projects need exitNote');
    if (!departed && p.exitNote) at('exitNote', '仍在实施的项目不应有 exitNote / only departed projects have exitNote');
    if (p.standing === 'formed-by-merger' && p.mergedFrom.length < 2) at('mergedFrom', '整合归并后实施的项目须列出至少两个被合并项目 / formed-by-merger needs at least two predecessors');
    if (p.mergedInto) {
      const target = byKey.get(`${p.programme}/${p.mergedInto}`);
      if (target && !target.mergedFrom.includes(p.id)) at('mergedInto', `“${p.mergedInto}” 的 mergedFrom 未列出本项目 / the target does not list this project in mergedFrom`);
      if (target && !IMPLEMENTED_STANDINGS.includes(target.standing)) at('mergedInto', '并入的项目必须是本年实施的项目 / the target must be implemented this year');
    }
    p.mergedFrom.forEach((id, i) => {
      const source = byKey.get(`${p.programme}/${id}`);
      if (id === p.id) at(`mergedFrom.${i}`, '项目不能并入自身 / a project cannot merge into itself');
      else if (source && source.mergedInto !== p.id) at(`mergedFrom.${i}`, `“${id}” 的 mergedInto 不是本项目 / that project’s mergedInto does not point here`);
    });
    if (p.movedTo) {
      const target = byKey.get(`${p.programme}/${p.movedTo.project}`);
      if (target && !IMPLEMENTED_STANDINGS.includes(target.standing)) at('movedTo.project', '调入的项目必须是本年实施的项目 / the receiving project must be implemented this year');
    }
  }
  const standardsByProject = new Map<string, number>();
  for (const s of c.standards) standardsByProject.set(`${s.programme}/${s.project}`, (standardsByProject.get(`${s.programme}/${s.project}`) ?? 0) + 1);
  for (const p of c.projects) {
    const key = `${p.programme}/${p.id}`;
    if (p.changes.some((ch) => ch.kind === 'raised') && !standardsByProject.get(key) && !unreadableStandardProjects.has(key)) {
      problems.push({ file: p.file, entry: p.id, field: 'changes', message: '提标扩面的项目须至少有一项标准（standards/）/ a raised project needs at least one standard' });
    }
  }
  for (const s of c.standards) {
    const project = byKey.get(`${s.programme}/${s.project}`);
    if (project && !project.changes.some((ch) => ch.kind === 'raised')) {
      problems.push({ file: s.file, entry: s.id, field: 'project', message: `项目 “${s.project}” 没有“提标扩面”变化 / the project has no raised change` });
    }
    if (s.kind === 'amount' && s.previous.year !== null && s.current.year !== null && s.previous.year >= s.current.year) {
      problems.push({ file: s.file, entry: s.id, field: 'current.year', message: '新标准的年份须晚于原标准 / the new value’s year must follow the previous one' });
    }
  }
  return problems;
}
