import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, searchSynonyms } from '../../../src/lib/search/synonyms.ts';

describe('searchSynonyms', () => {
  it('adds the everyday word for an official one', () => {
    expect(searchSynonyms('将高校毕业生就业见习省级财政补助标准提高到800元')).toEqual(expect.arrayContaining(['补贴', '实习']));
    expect(searchSynonyms('农村居民最低生活保障')).toEqual(['低保', '低保户']);
    expect(searchSynonyms('城乡居民基本医疗保险')).toContain('医保');
    expect(searchSynonyms('农贸市场改造提升工程')).toEqual(expect.arrayContaining(['菜市场', '菜场']));
  });

  it('adds the official word for an everyday one', () => {
    expect(searchSynonyms('残疾人生活和护理补贴')).toContain('补助');
    expect(searchSynonyms('免收义务教育阶段学生书本费')).toEqual(expect.arrayContaining(['教科书', '课本']));
  });

  it('never repeats a word the text already has, and adds nothing for unrelated text', () => {
    expect(searchSynonyms('补助和补贴')).not.toContain('补助');
    expect(searchSynonyms('补助和补贴')).not.toContain('补贴');
    expect(searchSynonyms('时间节点与督查机制')).toEqual([]);
    expect(searchSynonyms('')).toEqual([]);
  });

  it('is deterministic: sorted, without duplicates', () => {
    const words = searchSynonyms('高血压、Ⅱ型糖尿病患者免费药物治疗补助');
    expect(words).toEqual([...new Set(words)]);
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(searchSynonyms('高血压、Ⅱ型糖尿病患者免费药物治疗补助')).toEqual(words);
  });

  it('accepts another vocabulary', () => {
    expect(searchSynonyms('甲', [['甲', '乙']])).toEqual(['乙']);
  });

  it('holds general words only: no group names a particular project or place', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThan(1);
      for (const word of group) {
        expect(word.length, word).toBeGreaterThan(1);
        expect(word).not.toMatch(/庐阳|合肥|安徽|\d{4}年/);
      }
    }
  });
});
