import { describe, expect, it } from 'vitest';
import { chineseTerms, missingTerms, queryTerms } from '../../../src/lib/search/whole-term.ts';

describe('missingTerms', () => {
  it('names the Chinese words a hit does not hold, though it holds their characters', () => {
    expect(missingTerms('档案存档保存；安保工程', queryTerms('医保'))).toEqual(['医保']);
    expect(missingTerms('城乡居民基本医疗保险（医保）', queryTerms('医保'))).toEqual([]);
    expect(missingTerms('养老服务补贴', queryTerms('养老 补贴 路灯'))).toEqual(['路灯']);
  });

  it('takes a term typed without spaces as its words, and punctuation and quotes as separators', () => {
    expect(missingTerms('残疾人生活和护理补贴', queryTerms('残疾人补贴'))).toEqual([]);
    expect(missingTerms('农村五保供养', queryTerms('"五保"'))).toEqual([]);
    expect(missingTerms('养老服务补贴', queryTerms('医保，养老'))).toEqual(['医保']);
    expect(chineseTerms('“五保”　低保')).toEqual(['五保', '低保']);
  });

  it('does not judge Latin words, which Pagefind stems', () => {
    expect(chineseTerms('subsidies 补贴')).toEqual(['补贴']);
    expect(missingTerms('subsidy', queryTerms('subsidies'))).toEqual([]);
  });
});
