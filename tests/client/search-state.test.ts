import { describe, expect, it } from 'vitest';
import { readSearchState, searchQueryString } from '../../src/client/search-state.ts';

describe('search state in the URL', () => {
  it('reads the query and the chosen filters', () => {
    expect(readSearchState('?q=%E4%BA%94%E4%BF%9D&level=provincial&standing=&foo=1')).toEqual({ q: '五保', filters: { level: 'provincial' } });
    expect(readSearchState('')).toEqual({ q: '', filters: {} });
  });

  it('reads a label from an older link as its code, and leaves other values alone', () => {
    const labels = { type: new Map([['project', '项目'], ['notice', '通知原文']]), level: new Map([['provincial', '省级']]) };
    expect(readSearchState(`?q=x&type=${encodeURIComponent('通知原文')}&level=${encodeURIComponent('省级')}`, labels)).toEqual({ q: 'x', filters: { type: 'notice', level: 'provincial' } });
    expect(readSearchState('?q=x&type=project&level=unknown', labels)).toEqual({ q: 'x', filters: { type: 'project', level: 'unknown' } });
  });

  it('writes back only what is set, in a stable order', () => {
    expect(searchQueryString({ q: '补助', filters: { change: 'raised', type: 'project' } })).toBe(`?q=${encodeURIComponent('补助')}&type=project&change=raised`);
    expect(searchQueryString({ q: '', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: '见习 补贴', filters: { level: 'district' } };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });
});
