import { describe, expect, it } from 'vitest';
import { splitBilingual } from '../../src/i18n/bilingual.ts';

describe('splitBilingual', () => {
  it('splits a description at the separator before its English part', () => {
    expect(splitBilingual('行政区简称，不含上级行政区 / Short jurisdiction name, e.g. 人')).toEqual({ zh: '行政区简称，不含上级行政区', en: 'Short jurisdiction name, e.g. 人' });
  });

  it('keeps the Chinese part’s own slashes, and a Chinese-only text whole', () => {
    expect(splitBilingual('补助周期，如 元/人/月 / Period')).toEqual({ zh: '补助周期，如 元/人/月', en: 'Period' });
    expect(splitBilingual('各年度计划的全部项目条目。')).toEqual({ zh: '各年度计划的全部项目条目。', en: null });
    expect(splitBilingual('甲 / 乙')).toEqual({ zh: '甲 / 乙', en: null });
    expect(splitBilingual('段落编号（从 1 开始） / 1-based paragraph number')).toEqual({ zh: '段落编号（从 1 开始）', en: '1-based paragraph number' });
  });
});
