import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import { LEVELS, type Standing } from '../../schemas/vocabulary.ts';

/**
 * Order of standings within a level in the lists and the tables, following the headings of an Anhui
 * notice: 新增实施, 提标扩面 (projects that continue), 整合归并 (the projects formed by a merger, then
 * those merged away), 继续实施, 退出实施 / 调整退出: the projects merged away come before the continued
 * ones, as the notice's 整合归并 heading comes before its 继续实施 heading. The vocabulary's own order
 * (STANDINGS: counts, filters, charts) is that of the codes, kept apart on purpose: those read
 * implemented standings first. The data dictionary names this order from here (notice_order).
 */
export const NOTICE_STANDING_ORDER: readonly Standing[] = ['new', 'formed-by-merger', 'merged-away', 'continued', 'implemented', 'withdrawn', 'adjusted-out'];

/** Position of a level or standing in its order; a project without one (the source states none) sorts first. */
const rank = <T>(order: readonly T[], value: T | null) => (value === null ? -1 : order.indexOf(value));

/**
 * Sort key that lists projects as the notice does: by level, then heading (standing), then position.
 * `categoryOrder` (a category's `order` by id), where the programme has categories, sorts by
 * category before the position.
 */
export function compareNoticeOrder(a: Project, b: Project, categoryOrder: ReadonlyMap<string, number> = new Map()): number {
  const category = (p: Project) => (p.category === null ? 0 : (categoryOrder.get(p.category) ?? 0));
  return (
    rank(LEVELS, a.level) - rank(LEVELS, b.level) ||
    rank(NOTICE_STANDING_ORDER, a.standing) - rank(NOTICE_STANDING_ORDER, b.standing) ||
    category(a) - category(b) ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

/** Order of one project's standards: amounts (the figures its page shows first) before coverage changes, each kind by id, so that no order depends on the files'. */
export function compareStandards(a: Standard, b: Standard): number {
  return a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'amount' ? -1 : 1;
}

/** One programme's projects with their relations resolved both ways, built in one pass. */
export interface ProgrammeIndex<P extends Project = Project, S extends Standard = Standard> {
  programme: Programme;
  /** Projects in notice order. */
  projects: P[];
  byId: Map<string, P>;
  /** Standards per project id, amount standards first, each kind by id: the one order every page and file lists them in. */
  standardsByProject: Map<string, S[]>;
  /** Projects moved into each project id (调整至…实施). */
  movedInto: Map<string, P[]>;
}

/** Indexes one programme's records; linear in the number of records. */
export function indexProgramme<P extends Project, S extends Standard>(programme: Programme, projects: readonly P[], standards: readonly S[]): ProgrammeIndex<P, S> {
  const categoryOrder = new Map(programme.categories.map((c) => [c.id, c.order]));
  const own = projects.filter((p) => p.programme === programme.id).sort((a, b) => compareNoticeOrder(a, b, categoryOrder));
  const byId = new Map(own.map((p) => [p.id, p]));
  const standardsByProject = new Map<string, S[]>();
  for (const s of standards) {
    if (s.programme !== programme.id) continue;
    const list = standardsByProject.get(s.project) ?? [];
    list.push(s);
    standardsByProject.set(s.project, list);
  }
  for (const list of standardsByProject.values()) list.sort(compareStandards);
  const movedInto = new Map<string, P[]>();
  for (const p of own) {
    if (!p.movedTo) continue;
    movedInto.set(p.movedTo.project, [...(movedInto.get(p.movedTo.project) ?? []), p]);
  }
  return { programme, projects: own, byId, standardsByProject, movedInto };
}
