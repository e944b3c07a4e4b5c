/** Reading content files: the fast parser must read exactly what the positional one reads; what cannot be read safely is refused by name. */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeContentFile, exceedsValues, openingQuoteLine, parseYaml, parseYamlWithPositions, readContentTree } from '../../src/io/read-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { CONTENT_LIMITS } from '../../src/schemas/limits.ts';
import { copyLuyangExample, lineOf } from '../support/content-copy.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';

const CONTENT = exampleDir(LUYANG_EXAMPLE);
const yamlFiles = (readdirSync(CONTENT, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).map((f) => join(CONTENT, f));

describe('parseYaml', () => {
  it('reads every file of the real content as the positional parser does, positions included', () => {
    expect(yamlFiles.length).toBeGreaterThan(40);
    for (const path of yamlFiles) {
      const text = readFileSync(path, 'utf8');
      const file = relative(CONTENT, path);
      const fast = parseYaml(text, file);
      const slow = parseYamlWithPositions(text, file);
      expect(fast.data, file).toEqual(slow.data);
      expect(fast.syntaxErrors).toEqual([]);
      expect(fast.positions, file).toEqual(slow.positions);
    }
  });

  it('keeps the core schema: dates and yes/no stay strings, an empty file is null', () => {
    expect(parseYaml('issuedOn: 2017-03-01\nflag: yes\nn: ~\nv: 0o14\n', 'a.yaml').data).toEqual({ issuedOn: '2017-03-01', flag: 'yes', n: null, v: 12 });
    expect(parseYaml('', 'a.yaml').data).toBeNull();
  });

  it('reports syntax errors, duplicate keys among them, in the positional parser’s words and places', () => {
    for (const text of ['id: a\nname: [unclosed\n', 'id: a\nid: b\n', 'a:\n\t- 1\n']) {
      const fast = parseYaml(text, 'x.yaml');
      expect(fast.data).toBeUndefined();
      expect(fast.syntaxErrors.length).toBeGreaterThan(0);
      expect(fast.syntaxErrors).toEqual(parseYamlWithPositions(text, 'x.yaml').syntaxErrors);
    }
  });

  it('reports only a file’s first slip: a tab throws the lines after it out too, and those are no slips of their own', () => {
    const text = 'id: a\nunits:\n\t- name: 区民政局\n\t  role: lead\n\t  citations:\n\t    - { source: s, paragraph: p1, quote: 民政 }\nname: b\n';
    const { syntaxErrors } = parseYamlWithPositions(text, 'x.yaml');
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]).toMatchObject({ line: 3 });
    expect(syntaxErrors[0]!.message).toContain('不能用 Tab 键缩进');
  });

  it('names the line a quoted value opens on when its closing quote is missing, not the end of the file', () => {
    const line = (text: string, mark: '"' | "'" = '"') => openingQuoteLine(text.split('\n'), mark);
    expect(line('id: a\nname: "甲 # not a comment\nb: 1')).toBe(2);
    // A mark inside plain text, a closed value over two lines, an escaped mark and a comment open nothing.
    expect(line('id: a\ndescription: 5" 管道\nname: "城乡\nb: 1')).toBe(3);
    expect(line('a: "甲\n  乙"\nname: "丙\nb: 1')).toBe(3);
    expect(line('q: "say \\"hi\\""\n# a "\nr: "乙')).toBe(3);
    // An apostrophe in a comment or inside a double-quoted value is no single quote left open.
    expect(line("id: a # notice's\nd: \"it's\"\nr: '乙", "'")).toBe(3);
    expect(line("q: 'it''s'\nr: '乙", "'")).toBe(2);
    expect(line('a: "甲"\nb: 1')).toBe(null);
    const { syntaxErrors } = parseYamlWithPositions('id: a\nname: "城乡困难群体法律援助\nlevel: provincial\norder: 4\n', 'x.yaml');
    expect(syntaxErrors).toEqual([expect.objectContaining({ line: 2, column: 1 })]);
    expect(syntaxErrors[0]!.message).toMatch(/^YAML 语法错误：这一行的英文引号 " 没有配对/);
  });
});

/** The one-line problems a check of the tree at `dir` reports (as `npm run check` and a build print them). */
function checkLines(dir: string): string[] {
  const { records, unplaced } = readContentTree(dir);
  return sortProblems(validateContent(records, unplaced).problems).map(formatProblem);
}

describe('files refused as a whole, each with one line naming it and what to do', () => {
  const P = 'programmes/luyang-2017';

  it('a file not saved as UTF-8: GBK, UTF-16; a UTF-8 byte order mark is accepted', () => {
    const dir = copyLuyangExample();
    const site = readFileSync(join(dir, 'site.yaml'), 'utf8');
    // 民生 in GBK, on line 2.
    writeFileSync(join(dir, 'site.yaml'), Buffer.concat([Buffer.from('# site\nname: '), Buffer.from([0xc3, 0xf1, 0xc9, 0xfa]), Buffer.from('\n')]));
    writeFileSync(join(dir, 'corrections/utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: utf16\n', 'utf16le')]));
    writeFileSync(join(dir, `${P}/projects/legal-aid.yaml`), `\uFEFF${readFileSync(join(dir, `${P}/projects/legal-aid.yaml`), 'utf8')}`);
    expect(checkLines(dir)).toEqual([
      'corrections/utf16.yaml [utf16]: 文件是 UTF-16 编码：请在 WPS 或记事本中“另存为”，编码选 UTF-8 / the file is UTF-16: save it again as UTF-8 (WPS or Notepad: Save As, encoding UTF-8)',
      'site.yaml:2:1 [site]: 文件不是 UTF-8 编码（第 2 行起，可能是 GBK）：请在 WPS 或记事本中“另存为”，编码选 UTF-8 / the file is not UTF-8 (from line 2; GBK?): save it again as UTF-8 (WPS or Notepad: Save As, encoding UTF-8)',
    ]);
    expect(decodeContentFile(Buffer.from(`\uFEFF${site}`))).toEqual({ text: site });
  });

  it('a file over the size limit, before it is read (a 50 MB description)', () => {
    const dir = copyLuyangExample();
    const file = join(dir, `${P}/projects/legal-aid.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/description: .*/, `description: ${'x'.repeat(50 * 1024 * 1024)}`));
    expect(checkLines(dir)).toEqual([
      `${P}/projects/legal-aid.yaml [legal-aid]: 文件过大（50 MB，上限 1 MB），内容文件只录入通知原文的相关语句 / the file is too large (50 MB, at most 1 MB)`,
    ]);
  });

  it('YAML nested beyond the limit (3 000 levels, flow or block) and an alias bomb, without a stack trace', () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    expect(parseYaml(`id: a\nname: ${deep}\n`, 'a.yaml').refused).toEqual([
      {
        message: `嵌套超过 ${CONTENT_LIMITS.yamlDepth} 层，请检查缩进和括号 / nested deeper than ${CONTENT_LIMITS.yamlDepth} levels: check the indentation and brackets`,
        line: 2,
        column: expect.any(Number),
      },
    ]);
    const block = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(parseYaml(`${block} 1\n`, 'a.yaml').refused?.[0]?.message).toContain('nested deeper');
    // A syntax error before the deep part sends the text to the positional parser, which must not overflow either.
    expect(parseYaml(`id: a\nname: [bad\n}: x\nz: ${deep}\n`, 'a.yaml').refused?.[0]?.message).toContain('nested deeper');
    expect(parseYamlWithPositions(`z: ${deep}\n`, 'a.yaml').refused?.[0]?.message).toContain('nested deeper');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
    const bomb = parseYaml(`${levels.join('\n')}\n`, 'a.yaml');
    expect(bomb.refused).toEqual([
      {
        message: `别名（*名称）展开后超过 ${CONTENT_LIMITS.yamlValues} 个值，请直接写出内容，不要用 & 和 * 复制 / aliases (*name) expand to more than ${CONTENT_LIMITS.yamlValues} values: write the values out instead`,
      },
    ]);
    expect(parseYaml('a: &x [1, 2]\nb: *x\n', 'a.yaml').data).toEqual({ a: [1, 2], b: [1, 2] });
    expect(exceedsValues({ a: [1, 2, 3] }, 5)).toBe(false);
  });

  it('deep nesting in a notice’s front matter, at its line in the file', () => {
    const dir = copyLuyangExample();
    const file = join(dir, 'sources/luyang-2017-notice.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: null', `url: null\nx: ${'['.repeat(3000)}${']'.repeat(3000)}`));
    // One line: the records citing the notice add nothing.
    const line = lineOf(readFileSync(file, 'utf8'), 'x: [[');
    expect(checkLines(dir)).toEqual([expect.stringMatching(new RegExp(`^sources/luyang-2017-notice\\.mdx:${line}:\\d+ \\[luyang-2017-notice\\]: 嵌套超过 20 层`))]);
  });
});

describe('files and folders outside the registry’s places, refused by name', () => {
  it('a correction or a project saved as .yml, a stray file, a misspelt folder; hidden files are skipped', () => {
    const dir = copyLuyangExample();
    const P = 'programmes/luyang-2017';
    writeFileSync(join(dir, 'corrections/2018-03-01-fix.yml'), 'id: 2018-03-01-fix\n');
    renameSync(join(dir, `${P}/projects/legal-aid.yaml`), join(dir, `${P}/projects/legal-aid.yml`));
    writeFileSync(join(dir, 'notes.txt'), '备忘');
    mkdirSync(join(dir, `${P}/project`));
    writeFileSync(join(dir, `${P}/project/x.yaml`), 'id: x\n');
    writeFileSync(join(dir, `${P}/.DS_Store`), '');
    // The project saved as .yml is refused by name, not reported as a totals mismatch.
    expect(checkLines(dir)).toEqual([
      'corrections/2018-03-01-fix.yml [2018-03-01-fix]: 扩展名不对，请把文件改名为 2018-03-01-fix.yaml / wrong file extension: rename the file to 2018-03-01-fix.yaml',
      'notes.txt [notes]: 不是内容文件，此处只能有 site.yaml、sources/、corrections/、programmes/，请移走或改名 / not a content file: only site.yaml, sources/, corrections/, programmes/ belong here; move or rename it',
      `${P}/project/ [project]: 不是内容文件夹，此处只能有 programme.yaml、projects/、standards/、milestones/、oversight/，请移走或改名 / not a content folder: only programme.yaml, projects/, standards/, milestones/, oversight/ belong here; move or rename it`,
      `${P}/projects/legal-aid.yml [legal-aid]: 扩展名不对，请把文件改名为 legal-aid.yaml / wrong file extension: rename the file to legal-aid.yaml`,
    ]);
  });

  it('reads the Luyang example whole, refusing nothing', () => {
    expect(readContentTree(CONTENT).unplaced).toEqual([]);
  });
});
