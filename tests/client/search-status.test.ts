/** The status line of the search page, as its script words it from the one small message file it imports. */
import { expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { searchStatus } from '../../src/i18n/zh-CN/search-status.ts';

it('reports how many results were found, whether filtered, and how many are shown', () => {
  expect(t('search.status.found', { total: '12', q: '五保', filtered: false, shown: null })).toBe('找到 12 个与“五保”相关的结果。');
  expect(t('search.status.found', { total: '12', q: '五保', filtered: true, shown: '3' })).toBe('找到 12 个与“五保”相关的结果（已筛选），显示前 3 个。');
  expect(t('search.status.none', { q: '五保', filtered: true })).toBe('没有找到与“五保”相关的内容（已筛选）。请换个说法，或减少筛选条件。');
});

it('keeps the count where the search benchmark reads it (scripts/lib/bench/search-bytes.ts)', () => {
  const text = searchStatus['search.status.found']({ total: '47', q: '补助', filtered: false, shown: '3' });
  expect(/找到/.test(text)).toBe(true);
  expect(/找到 (\d+) 个/.exec(text)?.[1]).toBe('47');
});

it('is a file with no imports, so the script ships only these messages', async () => {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(new URL('../../src/i18n/zh-CN/search-status.ts', import.meta.url), 'utf8');
  expect(source).not.toMatch(/^\s*import\s/m);
  // The dictionary has the same messages, so a second locale must word them too.
  for (const [key, message] of Object.entries(searchStatus)) expect(zhCN[key as keyof typeof searchStatus]).toBe(message);
});
