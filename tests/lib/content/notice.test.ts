import { expect, it } from 'vitest';
import { classifyNoticeLine, noticeLinesToMdx, parseNoticeParagraphs } from '../../../src/lib/content/notice.ts';

it('round-trips lines through anchored MDX, escaping what MDX would read as code', () => {
  const lines = ['标题', '各单位：', '一、第一部分', '（一）新增实施3项。', '正文 {不是代码} <也不是标签> & 符号'];
  const paragraphs = parseNoticeParagraphs(noticeLinesToMdx(lines));
  expect(paragraphs.map((p) => p.text)).toEqual(lines);
  expect(paragraphs.map((p) => [p.id, p.number, p.kind])).toEqual([
    ['p1', 1, 'h1'],
    ['p2', 2, 'p'],
    ['p3', 3, 'h2'],
    ['p4', 4, 'h3'],
    ['p5', 5, 'p'],
  ]);
  expect(noticeLinesToMdx(lines)).not.toMatch(/[{}]/);
});

it('treats a long （一） line as body text, not a heading', () => {
  expect(classifyNoticeLine('（一）细化目标任务，压实主体责任。对照全年目标任务，区政府与各单位签订民生工程目标责任书。', 5)).toBe('p');
});
