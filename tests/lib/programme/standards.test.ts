import { expect, it } from 'vitest';
import { amountChange, formatAmountChange, formatPercent, percentChange, standardsOf, unitLabel } from '../../../src/lib/programme/standards.ts';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { fixtureAmount, fixtureCoverage, fixtureProgramme, fixtureProject } from '../../support/records.ts';

it('computes the changes of the three raised amounts of 2017', () => {
  expect([percentChange(600, 800), percentChange(420, 450), percentChange(45, 50)]).toEqual([33.3, 7.1, 11.1]);
  expect(formatPercent(33.3)).toBe('+33.3%');
  expect(formatPercent(percentChange(50, 45))).toBe('-10.0%');
  expect(formatPercent(percentChange(0, 5))).toBe('—');
});

it('writes units only as far as the source states them', () => {
  expect(unitLabel({ unit: '元', per: '人', period: 'month' })).toBe('元/人/月');
  expect(unitLabel({ unit: '元', per: '人', period: null })).toBe('元/人');
  const s = { previous: { value: 600, year: 2016 }, current: { value: 800, year: 2017 } } as Parameters<typeof amountChange>[0];
  expect(amountChange(s)).toEqual({ absolute: 200, percent: 33.3 });
});

it('states a change of amounts with decimals in their own decimals, signed and with its unit', () => {
  const s = { previous: { value: 0.1, year: 2016 }, current: { value: 0.3, year: 2017 } } as Parameters<typeof amountChange>[0];
  expect(amountChange(s).absolute).toBe(0.2);
  expect([formatAmountChange(200, '元/人/月'), formatAmountChange(-5, '元/人'), formatAmountChange(0, '元')]).toEqual(['+200元/人/月', '-5元/人', '0元']);
});

it('lists one project’s standards as its programme’s index orders them: amounts first, then by id, whatever the files’ order', () => {
  const files = [fixtureCoverage('c-1', 'p1'), fixtureAmount('b-2', 'p1'), fixtureCoverage('a-3', 'p1'), fixtureAmount('a-1', 'p1'), fixtureAmount('z', 'p2')];
  const index = indexProgramme(fixtureProgramme(), [fixtureProject('p1'), fixtureProject('p2')], files);
  expect(standardsOf(index, 'p1').map((x) => x.id)).toEqual(['a-1', 'b-2', 'a-3', 'c-1']);
  expect(standardsOf(index, 'p2').map((x) => x.id)).toEqual(['z']);
  expect(standardsOf(index, 'p3')).toEqual([]);
});
