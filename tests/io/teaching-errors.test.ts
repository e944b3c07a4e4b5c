/**
 * Errors that teach: each broken file of tests/fixtures/teaching-errors/, put in place of one
 * project file of a copy of the Luyang example, is reported on the line of the problem with what
 * to do (or, for Chinese vocabulary labels, accepted).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/io/read-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

const FILE = 'programmes/luyang-2017/projects/legal-aid.yaml';

/** The content check of the Luyang example with `fixture` as the legal-aid project's file. */
function checkWith(fixture: string) {
  const content = copyLuyangExample();
  copyFileSync(join(ROOT, 'tests', 'fixtures', 'teaching-errors', fixture), join(content, FILE));
  const tree = readContentTree(content);
  return validateContent(tree.records, tree.unplaced);
}

describe('errors that teach', () => {
  it('a quote typed with a half-width semicolon names the paragraph, the character and what to cite', () => {
    const { problems } = checkWith('quote-near.yaml');
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:12:51 [legal-aid] citations.0.quote: 引文不在 luyang-2017-notice#p19 原文中；最接近的是 p19 的“残疾人生活和护理补贴；城乡困难群体法律援助”，不同之处：第 11 字“;”应为“；”（原文为全角）。请照录原文，引用 p19 / quote not found verbatim; nearest is p19 (11: ";" → "；"): cite p19 and copy its words exactly`,
    ]);
  });

  it('an ASCII comma inside a one-line { … } is explained on its line, with the fix', () => {
    const { problems } = checkWith('flow-comma.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 12 });
    expect(problems[0]!.message).toContain('“小型水利工程改造提升”被当成了字段名');
    expect(problems[0]!.message).toContain('请给整段文字加双引号（quote: "…,小型水利工程改造提升"），或改用分行写法');
  });

  it('an unknown field lists the allowed ones, on the line of the unknown field', () => {
    const { problems } = checkWith('unknown-field.yaml');
    const unknown = problems.find((p) => p.message.startsWith('不认识的字段'))!;
    expect(unknown).toMatchObject({ file: FILE, line: 4, column: 1 });
    expect(unknown.message).toMatch(/^不认识的字段 levle：此处只能有 id、programme、name、/);
    for (const field of ['、level、', '、standing、', '、citations（']) expect(unknown.message).toContain(field);
  });

  it('takes the Chinese labels of the vocabularies for their codes (level: 省级, standing: 继续实施, topics: [法律援助])', () => {
    const { problems, content } = checkWith('chinese-labels.yaml');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.projects.find((p) => p.id === 'legal-aid')).toMatchObject({ level: 'provincial', standing: 'continued', topics: ['legal-aid'] });
  });

  it('a file saved as GBK is refused by name, with how to save it as UTF-8', () => {
    const { problems } = checkWith('gbk.yaml');
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:3:1 [legal-aid]: 文件不是 UTF-8 编码（第 3 行起，可能是 GBK）：请在 WPS 或记事本中“另存为”，编码选 UTF-8 / the file is not UTF-8 (from line 3; GBK?): save it again as UTF-8 (WPS or Notepad: Save As, encoding UTF-8)`,
    ]);
  });

  it.each([
    ['full-width-colon.yaml', 3, '字段名后的冒号是全角“：”，请改为英文冒号加空格（如 name: …）'],
    ['tab-indent.yaml', 12, '不能用 Tab 键缩进，请改用空格（每级两个空格）'],
    ['flow-colon.yaml', 12, '{ … } 中的文字含有英文冒号加空格“: ”或英文逗号“,”，会被当成分隔符：请给文字加双引号（quote: "…"），或改用分行写法（每个字段一行）'],
    // The parser finds the quote missing only where the file ends: the line named is the one it opens on.
    ['unclosed-quote.yaml', 3, '这一行的英文引号 " 没有配对：请在文字末尾补上 "，或删去开头的 "（原文里的引号请照录为中文引号“”）'],
  ])('a YAML slip (%s) is explained on its line, once', (fixture, line, hint) => {
    const { problems } = checkWith(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line });
    expect(problems[0]!.message).toMatch(new RegExp(`^YAML 语法错误：${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} / YAML syntax error: `));
  });
});
