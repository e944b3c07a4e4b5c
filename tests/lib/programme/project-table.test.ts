/** The project list's table (src/lib/programme/project-table.ts): its columns and its standards cell. */
import { expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { projectTableColumns, standardLines } from '../../../src/lib/programme/project-table.ts';
import { fixtureAmount, fixtureCoverage, fixtureProgramme, fixtureProject } from '../../support/records.ts';

it('has every column for a list with levels, standings, lineage and standards', () => {
  const index = indexProgramme(fixtureProgramme(), [fixtureProject('p1'), fixtureProject('p2', { mergedInto: 'p1', standing: 'merged-away' })], [fixtureAmount('a', 'p1')]);
  expect(projectTableColumns(index)).toEqual({ level: true, standing: true, change: true, standards: true, count: 5 });
});

it('drops the columns a list has nothing for, as a congress 公告 without levels, standings, changes or standards', () => {
  const index = indexProgramme(fixtureProgramme({ levels: [] }), [fixtureProject('p1', { level: null, standing: null })], []);
  expect(projectTableColumns(index)).toEqual({ level: false, standing: false, change: false, standards: false, count: 1 });
});

it('writes a project’s standards one line each: a rise with its percentage, said to be computed, an amount alone, a widened coverage', () => {
  const index = indexProgramme(
    fixtureProgramme(),
    [fixtureProject('p1'), fixtureProject('p2'), fixtureProject('p3')],
    [
      fixtureAmount('a', 'p1'),
      fixtureAmount('b', 'p1', { previous: null, current: { value: 45, year: 2018 }, period: null }),
      fixtureCoverage('c', 'p1'),
      fixtureAmount('d', 'p3', { previous: { value: 0, year: 2017 }, current: { value: 45, year: 2018 }, period: null }),
    ],
  );
  expect(standardLines(index, 'p1', t)).toEqual(['600→800 元/人/月（+33.3%，本站计算）', '45 元/人', '扩大覆盖范围']);
  expect(standardLines(index, 'p2', t)).toEqual([]);
  // A change from 0 has no percentage, so nothing computed to mark.
  expect(standardLines(index, 'p3', t)).toEqual(['0→45 元/人']);
});
