import { expect, it } from 'vitest';
import { amountChange, formatPercent, percentChange, standardsOf, unitLabel } from '../../../src/lib/programme/standards.ts';
import type { Standard } from '../../../src/schemas/standard.ts';

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

it('lists one project’s standards from its programme’s index, amounts first, then by id', () => {
  const s = (id: string, kind: 'amount' | 'coverage', project = 'p1') => ({ id, kind, project, programme: 'x' }) as unknown as Standard;
  const standardsByProject = new Map([
    ['p1', [s('c-1', 'coverage'), s('b-2', 'amount'), s('a-3', 'coverage'), s('a-1', 'amount')]],
    ['p2', [s('z', 'amount', 'p2')]],
  ]);
  expect(standardsOf({ standardsByProject }, 'p1').map((x) => x.id)).toEqual(['a-1', 'b-2', 'a-3', 'c-1']);
  expect(standardsOf({ standardsByProject }, 'p3')).toEqual([]);
  // The index's own list keeps its order: pages that show it are not reordered by a lookup.
  expect(standardsByProject.get('p1')!.map((x) => x.id)).toEqual(['c-1', 'b-2', 'a-3', 'a-1']);
});
