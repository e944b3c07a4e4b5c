import { expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.ts';
import { FILTER_KEYS } from '../../../src/client/search-state.ts';
import { searchFilterControls } from '../../../src/lib/search/filter-controls.ts';
import { SEARCH_TYPES } from '../../../src/lib/site/routes.ts';
import { CHANGE_KINDS, LEVELS, STANDINGS } from '../../../src/schemas/vocabulary.ts';

it('offers one control per filter key, in the script’s order, each value a code shown by its label', () => {
  const controls = searchFilterControls();
  expect(controls.map((c) => c.key)).toEqual([...FILTER_KEYS]);
  expect(controls.map((c) => c.label)).toEqual(['页面类型', '层级', '本年情况', '本年变化']);
  expect(controls.map((c) => c.options.map((o) => o.value))).toEqual([[...SEARCH_TYPES], [...LEVELS], [...STANDINGS], [...CHANGE_KINDS]]);
  expect(controls[0]!.options[0]).toEqual({ value: 'project', label: '项目' });
  expect(controls[2]!.options.find((o) => o.value === 'merged-away')!.label).toBe('已整合归并');
});

it('words the labels by the translator it is given, never the values', () => {
  const own = searchFilterControls(translator(undefined, { 'search.filter.level': '级别', 'vocab.level.district': '县级' }));
  expect(own[1]).toEqual({
    key: 'level',
    label: '级别',
    options: [
      { value: 'provincial', label: '省级' },
      { value: 'municipal', label: '市级' },
      { value: 'district', label: '县级' },
    ],
  });
});
