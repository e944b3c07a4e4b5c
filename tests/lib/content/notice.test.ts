import { describe, expect, it } from 'vitest';
import { classifyNoticeLine, noticeLinesToMdx, parseNoticeParagraphs, readNoticeBody } from '../../../src/lib/content/notice.ts';
import { CONTENT_LIMITS } from '../../../src/schemas/limits.ts';

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

describe('reading a notice body strictly', () => {
  const body = (...elements: string[]) => elements.join('\n\n');
  const problems = (text: string) => readNoticeBody(text).problems.map((p) => [p.line, p.field, p.message.split(/\s?\/ /)[1]]);

  it('reads anchored paragraphs in order, with nothing to report', () => {
    const { paragraphs, problems: found } = readNoticeBody(noticeLinesToMdx(['标题', '正文', '一、部分']));
    expect(found).toEqual([]);
    expect(paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('refuses a paragraph element with other attributes, and still reads its paragraph', () => {
    const { paragraphs, problems: found } = readNoticeBody(body('<h1 id="p1">标题</h1>', '<p id="p2" class="x">正文</p>'));
    expect(found).toEqual([{ line: 3, column: 1, field: 'p2', message: expect.stringContaining('exactly one attribute') }]);
    expect(paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p1', '标题'],
      ['p2', '正文'],
    ]);
  });

  it('refuses an element without its id, and text outside any element', () => {
    expect(problems(body('<h1 id="p1">标题</h1>', '<p>没有编号</p>', '散落的一段文字，不在任何元素中', '<p id="p2">正文</p>'))).toEqual([
      [3, '', 'a paragraph element takes exactly one attribute: <p id="pN">'],
      [5, '', 'text outside an anchored paragraph would be lost: put it in <p id="pN">…</p>'],
    ]);
    expect(readNoticeBody('散落的一段文字，不在任何元素中，而且很长很长很长').problems[0]!.message).toContain('“散落的一段文字，不在任何元素中，而且很长…”');
  });

  it('refuses a repeated id (publishing the first only) and ids out of order', () => {
    const repeated = readNoticeBody(body('<p id="p1">一</p>', '<p id="p2">二</p>', '<p id="p2">三</p>', '<p id="p4">四</p>'));
    expect(repeated.problems.map((p) => [p.line, p.field, p.message])).toEqual([[5, 'p2', '段落编号重复，第 3 行已使用 / duplicate paragraph id, already used on line 3']]);
    expect(repeated.paragraphs.map((p) => p.text)).toEqual(['一', '二', '四']);
    expect(problems(body('<p id="p1">一</p>', '<p id="p3">三</p>', '<p id="p2">二</p>'))).toEqual([
      [3, 'p3', 'paragraph ids run p1, p2, p3 … in order: p2 expected here'],
      [5, 'p2', 'paragraph ids run p1, p2, p3 … in order: p4 expected here'],
    ]);
    expect(problems('<p id="p01">一</p>')).toEqual([[1, 'p01', 'paragraph ids run p1, p2, p3 … in order: p1 expected here']]);
  });

  it('refuses markup inside a paragraph, an unclosed one, and an over-long one', () => {
    expect(problems('<p id="p1">一<b>粗</b></p>')).toEqual([[1, 'p1', 'markup or an unclosed paragraph inside the paragraph (missing </p>? write a literal < as &lt;)']]);
    expect(problems('<p id="p1">一\n\n<p id="p2">二</p>').map((p) => p[2])).toContain(
      'markup or an unclosed paragraph inside the paragraph (missing </p>? write a literal < as &lt;)',
    );
    expect(problems('<p id="p1">一')).toEqual([[1, 'p1', 'the paragraph is not closed with </p>']]);
    expect(problems(`<p id="p1">${'长'.repeat(CONTENT_LIMITS.paragraphLength + 1)}</p>`)).toEqual([
      [1, 'p1', `the paragraph has more than ${CONTENT_LIMITS.paragraphLength} characters: split it as the original does`],
    ]);
  });

  it('counts lines from where the body starts in its file', () => {
    expect(readNoticeBody('<p id="p1">一</p>\n\n<p id="p1">二</p>', 9).problems.map((p) => [p.line, p.message])).toEqual([
      [11, '段落编号重复，第 9 行已使用 / duplicate paragraph id, already used on line 9'],
    ]);
  });

  it('accepts Windows line ends between paragraphs', () => {
    expect(readNoticeBody('<h1 id="p1">标题</h1>\r\n\r\n<p id="p2">正文</p>\r\n').problems).toEqual([]);
  });
});
