/**
 * Chart inputs derived from a programme's content. Every number drawn comes from here, so charts
 * and tables on the page can never disagree.
 */
import type { DecisionFunnelData } from '../../charts/decisionFunnel.ts';
import type { LevelStandingData } from '../../charts/levelStandingBars.ts';
import type { LineageFlowData } from '../../charts/lineageFlow.ts';
import type { ProgrammeTimelineData } from '../../charts/programmeTimeline.ts';
import type { StandardDumbbellData } from '../../charts/standardDumbbell.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import { GAP_EXPLAINING_STANDINGS, IMPLEMENTED_STANDINGS, LEVEL_LABELS, STANDING_LABELS, STANDINGS } from '../../schemas/vocabulary.ts';
import { tallyProgramme } from '../programme/counts.ts';
import { levelLabel } from '../programme/levels.ts';
import type { ProgrammeIndex } from '../programme/programme-index.ts';
import { unitLabel } from '../programme/standards.ts';

/** Projects per level, split by standing (every entry, departed ones included, marked as not counted among those carried out). */
export function levelStandingData(index: ProgrammeIndex): LevelStandingData {
  const tally = tallyProgramme(index.projects);
  return {
    rows: tally.levels
      .filter((t) => STANDINGS.some((s) => t.byStanding[s] > 0))
      .map((t) => ({
        label: levelLabel(index.programme, t.level) ?? LEVEL_LABELS[t.level],
        segments: STANDINGS.map((s) => ({ key: s, label: STANDING_LABELS[s], value: t.byStanding[s], counted: IMPLEMENTED_STANDINGS.includes(s) })).filter((seg) => seg.value > 0),
      })),
  };
}

/**
 * Decided vs carried out per level. Only what the notice explains is labelled
 * (GAP_EXPLAINING_STANDINGS: withdrawn); the chart labels the rest as not carried out for reasons
 * not stated.
 */
export function decisionFunnelData(index: ProgrammeIndex): DecisionFunnelData {
  const tally = tallyProgramme(index.projects);
  return {
    rows: tally.levels
      .filter((t) => index.programme.statedTotals[t.level])
      .map((t) => ({
        label: levelLabel(index.programme, t.level) ?? LEVEL_LABELS[t.level],
        decided: index.programme.statedTotals[t.level]!.decided,
        implemented: t.implemented,
        explained: GAP_EXPLAINING_STANDINGS.filter((s) => t.byStanding[s] > 0).map((s) => ({ key: s, label: STANDING_LABELS[s], value: t.byStanding[s] })),
      })),
  };
}

/** Amount standards, old → new. */
export function standardDumbbellData(index: ProgrammeIndex): StandardDumbbellData {
  return {
    items: [...index.standardsByProject.values()]
      .flat()
      .filter((s) => s.kind === 'amount')
      // An amount stated alone (no previous value) has no before-and-after to draw.
      .flatMap((s) => (s.previous === null ? [] : [{ ...s, previous: s.previous }]))
      .map((s) => ({ label: s.name, previous: s.previous.value, current: s.current.value, unit: unitLabel(s), previousYear: s.previous.year, currentYear: s.current.year })),
  };
}

/** Deadlines and recurring oversight on the programme year's calendar. */
export function timelineData(year: number, milestones: readonly Milestone[], oversight: readonly Oversight[]): ProgrammeTimelineData {
  return {
    year,
    deadlines: milestones.map((m) => ({ label: m.title, month: m.month, monthPart: m.monthPart, before: m.before })),
    rhythms: oversight.filter((o) => o.frequency).map((o) => ({ label: o.name, every: { count: o.frequency!.count, unit: o.frequency!.unit } })),
  };
}

/** Merged and moved projects as predecessor → successor flows. */
export function lineageData(index: ProgrammeIndex): LineageFlowData {
  const merged = index.projects
    .filter((p) => p.mergedFrom.length > 0)
    .map((p) => ({ kind: 'merged' as const, successor: { label: p.name }, predecessors: p.mergedFrom.map((id) => ({ label: index.byId.get(id)?.name ?? id })) }));
  const moved = [...index.movedInto.entries()].map(([target, sources]) => ({
    kind: 'moved' as const,
    successor: { label: index.byId.get(target)?.name ?? target },
    predecessors: sources.map((p) => ({ label: p.name })),
  }));
  return { flows: [...merged, ...moved] };
}
