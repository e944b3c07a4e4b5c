import { describe, expect, it } from 'vitest';
import { searchExamples, searchExamplesByProgramme } from '../../../src/lib/search/examples.ts';
import { fixtureAmount, fixtureProject } from '../../support/records.ts';

const GROUPS = [
  ['补助', '补贴', '发钱'],
  ['最低生活保障', '低保', '低保户'],
  ['教育', '上学'],
  ['学生', '上学'],
  ['糖尿病', '血糖高'],
  ['秸秆', '稻草'],
];

describe('searchExamples', () => {
  const pages = ['就业见习补助', '城乡最低生活保障补助', '高血压、Ⅱ型糖尿病患者免费药物治疗', '义务教育学生书本费'];

  it('offers one word of each group a page holds, the groups that find fewest pages first, in vocabulary order among equals', () => {
    // 补助 finds two pages, so it comes after the groups that find one; 秸秆 finds none.
    expect(searchExamples(pages, 10, GROUPS)).toEqual(['低保', '教育', '学生', '糖尿病', '补助']);
  });

  it("takes each group's shortest word, never one word twice, and at most `count`", () => {
    expect(searchExamples(pages, 3, GROUPS)).toEqual(['低保', '教育', '学生']);
    // Both groups' shortest word is 上学: the second gives its next one.
    expect(
      searchExamples(['上学', '学生'], 10, [
        ['上学', '教育'],
        ['上学', '学生'],
      ]),
    ).toEqual(['上学', '学生']);
    // Of words of one length, the one the pages show.
    expect(searchExamples(['城镇道路畅通工程'], 10, [['支路', '道路', '修路']])).toEqual(['道路']);
  });

  it('offers nothing where no page holds a vocabulary word', () => {
    expect(searchExamples(['城镇道路畅通工程'], 3, GROUPS)).toEqual([]);
    expect(searchExamples([], 3, GROUPS)).toEqual([]);
  });

  it("uses the locale's vocabulary by default", () => {
    expect(searchExamples(['高血压、Ⅱ型糖尿病患者免费药物治疗补助']).length).toBe(3);
  });
});

describe('searchExamplesByProgramme', () => {
  it("gives each programme the words its own projects are found under, standards' names and classification labels included", () => {
    const examples = searchExamplesByProgramme({
      projects: [
        fixtureProject('roads', { name: '城镇道路畅通工程' }),
        fixtureProject('textbooks', { name: '免费教科书' }),
        fixtureProject('elderly', { programme: 'other-2018', name: '居家服务', groups: ['elderly'] }),
      ],
      standards: [fixtureAmount('internship', 'roads', { name: '见习补助标准' })],
    });
    expect([...examples.keys()].sort()).toEqual(['other-2018', 'testarea-2018']);
    // 补助 and 见习 from the standard's name; 课本 for 教科书; 道路 too, but only three are offered.
    expect(examples.get('testarea-2018')).toEqual(['补助', '课本', '见习']);
    expect(examples.get('other-2018')).toContain('老人');
    expect(examples.get('other-2018')).not.toContain('课本');
  });
});
