import { describe, expect, it } from 'vitest';
import { batchCoverage, chineseTerms, missingTerms, queryTerms } from '../../../src/lib/search/whole-term.ts';

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

describe('batchCoverage', () => {
  const terms = queryTerms('医保');
  it('names what each hit of a batch lacks, in order, and calls the search partial only when every hit lacks a term', () => {
    expect(batchCoverage(['安保工程', '城乡居民医保'], terms, true, false)).toMatchObject({ missing: [['医保'], []], partialOnly: false });
    expect(batchCoverage(['安保工程', undefined], terms, true, false)).toMatchObject({ missing: [['医保'], ['医保']], partialOnly: true });
  });

  it('lets a later batch end a partial search but never start one', () => {
    expect(batchCoverage(['城乡居民医保'], terms, false, true).partialOnly).toBe(false);
    expect(batchCoverage(['安保工程'], terms, false, true).partialOnly).toBe(true);
    expect(batchCoverage(['安保工程'], terms, false, false).partialOnly).toBe(false);
  });

  it('does not call an empty batch partial', () => {
    expect(batchCoverage([], terms, true, true)).toEqual({ missing: [], partialOnly: false, order: [] });
  });

  it('lists the hits holding every term first, each part in Pagefind’s order', () => {
    expect(batchCoverage(['安保工程', '城乡居民医保', '保安', '医保报销'], terms, true, false).order).toEqual([1, 3, 0, 2]);
    expect(batchCoverage(['医保', '医保'], terms, true, false).order).toEqual([0, 1]);
  });
});
