import { describe, expect, it } from 'vitest';
import { searchPageType } from '../../../src/lib/search/page-types.ts';

const programmes = new Set(['luyang-2017']);

describe('searchPageType', () => {
  it.each([
    ['luyang-2017/projects/employment-support/', '项目'],
    ['luyang-2017/notice/', '通知原文'],
    ['luyang-2017/standards/', '补助标准'],
    ['luyang-2017/oversight/', '时间节点与督查'],
    ['about/', '关于与方法'],
    ['data/dictionary/', '开放数据'],
    ['history/employment-support/', '历年对比'],
    ['something-new/', '其他页面'],
  ])('indexes %s as %s', (path, type) => {
    expect(searchPageType(path, programmes)).toBe(type);
  });

  it.each(['', 'luyang-2017/', 'luyang-2017/projects/', 'data/', 'data/luyang-2017/', 'history/'])('leaves the overview page “%s” out', (path) => {
    expect(searchPageType(path, programmes)).toBeNull();
  });
});
