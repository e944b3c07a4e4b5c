import { describe, expect, it } from 'vitest';
import { hasLevels } from '../../../src/lib/programme/levels.ts';
import { overviewPlan } from '../../../src/lib/programme/overview.ts';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { fixtureAmount, fixtureMilestone, fixtureProgramme, fixtureProject } from '../../support/records.ts';

const programme = fixtureProgramme();
const inputs = (projects = [fixtureProject('a'), fixtureProject('b')], standards = [fixtureAmount('a-amount', 'a')], milestones = [fixtureMilestone('done')]) => ({
  index: indexProgramme(programme, projects, standards),
  milestones,
  oversight: [],
});

describe('overviewPlan', () => {
  it('shows the charts that have something to draw, and leaves the empty ones out', () => {
    const plan = overviewPlan(inputs());
    expect(plan.charts.raised).toEqual(['standards']);
    expect(plan.charts.deadlines).toEqual(['calendar']);
    // No project was merged or moved: no lineage chart saying 暂无数据.
    expect(plan.charts.glance).not.toContain('lineage');
    expect(plan.raised).toBe(true);
    expect(plan.deadlines).toBe(true);
  });

  it('leaves out the raised-standards and deadline sections of a programme without standards or deadlines', () => {
    const plan = overviewPlan(inputs(undefined, [], []));
    expect(plan).toMatchObject({ raised: false, deadlines: false, charts: { raised: [], deadlines: [] } });
  });

  it('shows no level counts or level charts for a list without levels', () => {
    const withoutLevels = { ...programme, levels: [] };
    expect(hasLevels(withoutLevels)).toBe(false);
    const plan = overviewPlan({ ...inputs(), index: indexProgramme(withoutLevels, [fixtureProject('a')], []) });
    expect(plan.levels).toBe(false);
    expect(plan.charts.glance).toEqual([]);
  });
});
