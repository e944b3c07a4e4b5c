import { describe, expect, it } from 'vitest';
import { listSplit, tallyLevel, tallyProgramme } from '../../../src/lib/programme/counts.ts';
import type { Project } from '../../../src/schemas/project.ts';

const p = (level: Project['level'], standing: Project['standing'], raised = false) =>
  ({ level, standing, changes: raised ? [{ kind: 'raised', summary: 'x', citations: [] }] : [] }) as Pick<Project, 'level' | 'standing' | 'changes'>;

it('counts standing and changes separately: a continued project can also be raised', () => {
  const t = tallyLevel(
    [
      p('provincial', 'new'),
      p('provincial', 'continued', true),
      p('provincial', 'formed-by-merger', true),
      p('provincial', 'merged-away'),
      p('provincial', 'withdrawn'),
      p('district', 'implemented'),
    ],
    'provincial',
  );
  expect(t.implemented).toBe(3);
  expect(t.raised).toBe(2);
  expect(t.byStanding).toMatchObject({ new: 1, continued: 1, 'formed-by-merger': 1, 'merged-away': 1, withdrawn: 1, implemented: 0 });
});

it('tallies every level and the total, with empty input giving zeros', () => {
  expect(tallyProgramme([]).implemented).toBe(0);
  const all = tallyProgramme([p('district', 'implemented'), p('municipal', 'adjusted-out'), p('municipal', 'new')]);
  expect(all.levels.map((l) => [l.level, l.implemented])).toEqual([
    ['provincial', 0],
    ['municipal', 1],
    ['district', 1],
  ]);
  expect(all.implemented).toBe(2);
});

describe('listSplit', () => {
  it('counts the listed projects carried out this year, and the others by standing in the standings’ order', () => {
    const list = [{ standing: 'merged-away' }, { standing: 'continued' }, { standing: 'withdrawn' }, { standing: 'merged-away' }, { standing: null }] as const;
    expect(listSplit(list)).toEqual({
      listed: 5,
      implemented: 2,
      departed: [
        { standing: 'withdrawn', count: 1 },
        { standing: 'merged-away', count: 2 },
      ],
    });
    expect(listSplit([{ standing: 'new' }]).departed).toEqual([]);
  });
});
