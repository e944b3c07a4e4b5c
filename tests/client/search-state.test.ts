import { describe, expect, it } from 'vitest';
import { readSearchState, searchQueryString } from '../../src/client/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query and the chosen filters', () => {
    expect(readSearchState('?q=%E4%BA%94%E4%BF%9D&level=%E7%9C%81%E7%BA%A7&standing=&foo=1')).toEqual({ q: '五保', filters: { level: '省级' } });
    expect(readSearchState('')).toEqual({ q: '', filters: {} });
  });

  it('writes back only what is set, in a stable order', () => {
    expect(searchQueryString({ q: '补助', filters: { change: '提标扩面', type: '项目' } })).toBe(`?q=${encodeURIComponent('补助')}&type=${encodeURIComponent('项目')}&change=${encodeURIComponent('提标扩面')}`);
    expect(searchQueryString({ q: '', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: '见习 补贴', filters: { level: '区级' } };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });
});
