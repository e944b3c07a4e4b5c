import { describe, expect, it } from 'vitest';
import { readSearchState, searchQueryString } from '../../src/client/search-state.ts';
import { boundedQuery, MAX_QUERY_LENGTH } from '../../src/lib/search/query-length.ts';

const NO_SCOPE = { year: '', programme: '' };

describe('search state in the URL', () => {
  it('reads the query and the chosen filters', () => {
    expect(readSearchState('?q=%E4%BA%94%E4%BF%9D&level=provincial&standing=&foo=1')).toEqual({ q: '五保', filters: { level: 'provincial' }, scope: NO_SCOPE });
    expect(readSearchState('')).toEqual({ q: '', filters: {}, scope: NO_SCOPE });
  });

  it('reads a label from an older link as its code, and leaves other values alone', () => {
    const labels = {
      type: new Map([
        ['project', '项目'],
        ['notice', '通知原文'],
      ]),
      level: new Map([['provincial', '省级']]),
    };
    expect(readSearchState(`?q=x&type=${encodeURIComponent('通知原文')}&level=${encodeURIComponent('省级')}`, labels)).toEqual({
      q: 'x',
      filters: { type: 'notice', level: 'provincial' },
      scope: NO_SCOPE,
    });
    expect(readSearchState('?q=x&type=project&level=unknown', labels)).toEqual({ q: 'x', filters: { type: 'project', level: 'unknown' }, scope: NO_SCOPE });
  });

  it('writes back only what is set, in a stable order', () => {
    expect(searchQueryString({ q: '补助', filters: { change: 'raised', type: 'project' }, scope: NO_SCOPE })).toBe(`?q=${encodeURIComponent('补助')}&type=project&change=raised`);
    expect(searchQueryString({ q: '', filters: {}, scope: NO_SCOPE })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: '见习 补贴', filters: { level: 'district' }, scope: NO_SCOPE };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
    const scoped = { q: '低保', filters: {}, scope: { year: '2017', programme: 'luyang-2017' } };
    expect(searchQueryString(scoped)).toBe(`?q=${encodeURIComponent('低保')}&year=2017&programme=luyang-2017`);
    expect(readSearchState(searchQueryString(scoped))).toEqual(scoped);
  });

  it('reads no more of ?q= than the search box takes', () => {
    const state = readSearchState(`?q=${encodeURIComponent('五保'.repeat(2500))}&level=district`);
    expect(state.q).toBe('五保'.repeat(MAX_QUERY_LENGTH / 2));
    expect(state.filters).toEqual({ level: 'district' });
    expect(readSearchState(`?q=${encodeURIComponent(`  ${'x'.repeat(MAX_QUERY_LENGTH)}  `)}`).q).toBe('x'.repeat(MAX_QUERY_LENGTH));
    expect(searchQueryString(readSearchState(`?q=${'a'.repeat(5000)}`)).length).toBeLessThan(MAX_QUERY_LENGTH + 10);
  });
});

describe('boundedQuery', () => {
  it('trims, and cuts a long query without splitting a character written as two code units', () => {
    expect(boundedQuery('  五保  ')).toBe('五保');
    const rare = '𠀀'; // U+20000, a surrogate pair
    expect(rare.length).toBe(2);
    const cut = boundedQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}${rare}`);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(boundedQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 2)}${rare}b`)).toBe(`${'a'.repeat(MAX_QUERY_LENGTH - 2)}${rare}`);
    expect(boundedQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} b`)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});
