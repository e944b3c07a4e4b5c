/** Bad content never produces a site, and never damages the one already published. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, runBuild } from '../support/build-site.ts';
import { copyLuyangExample, lineOf } from '../support/content-copy.ts';

function brokenBuild(breakContent: (contentDir: string) => void) {
  const contentDir = copyLuyangExample();
  breakContent(contentDir);
  const outDir = join(contentDir, '..', 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'previous-site.txt'), 'the site published before');
  const result = runBuild({ CONTENT_DIR: contentDir }, outDir);
  return { ...result, output: result.stdout + result.stderr, outDir };
}

const projectFile = (contentDir: string, id: string) => join(contentDir, 'programmes/luyang-2017/projects', `${id}.yaml`);

describe('a build from broken content', { timeout: BUILD_TIMEOUT }, () => {
  it('stops on a schema violation, names file, entry, field and line, and leaves dist/ untouched', () => {
    const r = brokenBuild((dir) => {
      const file = projectFile(dir, 'legal-aid');
      writeFileSync(file, readFileSync(file, 'utf8').replace('level: provincial', 'level: galactic'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/programmes\/luyang-2017\/projects\/legal-aid\.yaml:4:1 \[legal-aid\] level: /);
    // The content loader's failure, told apart from any other failure of Astro (exit code 3), and reported once.
    expect(r.output).toContain('content check failed (see above)');
    expect(r.output.split('内容校验失败').length - 1).toBe(1);
    expect(readFileSync(join(r.outDir, 'previous-site.txt'), 'utf8')).toBe('the site published before');
    expect(existsSync(join(r.outDir, 'index.html'))).toBe(false);
  });

  it('stops when the itemised projects disagree with the stated totals', () => {
    const r = brokenBuild((dir) => {
      const file = join(dir, 'programmes/luyang-2017/programme.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('all: 37', 'all: 38'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('programmes/luyang-2017/programme.yaml');
    expect(r.output).toContain('[luyang-2017] statedTotals.all');
    expect(r.output).toContain('通知载明 38 项，逐项录入 37 项');
    expect(existsSync(join(r.outDir, 'previous-site.txt'))).toBe(true);
  });

  it('stops on malformed YAML with the line of the error', () => {
    const r = brokenBuild((dir) => {
      writeFileSync(projectFile(dir, 'legal-aid'), 'id: legal-aid\nname: [不闭合\n');
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/projects\/legal-aid\.yaml:\d+:\d+ \[legal-aid\]: YAML 语法错误/);
  });
});

/** Each broken copy of the content, the file it breaks and the line the build must print. */
const BROKEN: { name: string; file: string; edit: (text: string) => string; expected: RegExp }[] = [
  {
    name: 'negative amount',
    file: 'programmes/luyang-2017/standards/graduate-internship-subsidy.yaml',
    edit: (t) => t.replace('value: 800', 'value: -800'),
    expected: /graduate-internship-subsidy\.yaml:\d+:\d+ \[graduate-internship-subsidy\] current\.value: 金额不能为负/,
  },
  {
    name: 'duplicate id',
    file: 'programmes/luyang-2017/projects/resident-pension.yaml',
    edit: (t) => t.replace('id: resident-pension', 'id: legal-aid'),
    expected: /resident-pension\.yaml:1:1 \[legal-aid\] id: project id 重复/,
  },
  {
    name: 'dangling reference',
    file: 'programmes/luyang-2017/standards/basic-public-health-subsidy.yaml',
    edit: (t) => t.replace('project: public-health-maternal-family-planning', 'project: no-such-project'),
    expected: /basic-public-health-subsidy\.yaml:\d+:\d+ \[basic-public-health-subsidy\] project: 引用的项目 “no-such-project” 不存在/,
  },
  {
    name: 'unknown level',
    file: 'programmes/luyang-2017/projects/legal-aid.yaml',
    edit: (t) => t.replace('level: provincial', 'level: national'),
    expected: /legal-aid\.yaml:4:1 \[legal-aid\] level: 无效选项/,
  },
];

describe.each(BROKEN)('a build with a $name', { timeout: BUILD_TIMEOUT }, ({ file, edit, expected }) => {
  it('exits non-zero, names file, entry and field, and leaves dist/ untouched', () => {
    const r = brokenBuild((dir) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8'))));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(expected);
    expect(readFileSync(join(r.outDir, 'previous-site.txt'), 'utf8')).toBe('the site published before');
  });
});

describe('markup in content', { timeout: BUILD_TIMEOUT }, () => {
  it('is refused with the file and entry named, never published', () => {
    const r = brokenBuild((dir) => {
      const file = projectFile(dir, 'legal-aid');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: 城乡困难群体法律援助', 'name: 城乡困难群体法律援助<script>alert(1)</script>'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/projects\/legal-aid\.yaml:3:1 \[legal-aid\] name: 不能包含 < 或 >/);
    expect(existsSync(join(r.outDir, 'previous-site.txt'))).toBe(true);
  });
});

describe('hostile and careless content', () => {
  // One build for all of them: the check reports every problem at once, each on its own line.
  it('is refused in one run, each on one line naming file, entry and field, never with a stack trace', () => {
    const P = 'programmes/luyang-2017';
    const edit = (dir: string, file: string, from: string, to: string) => {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
      writeFileSync(join(dir, file), text.replace(from, to));
    };
    const r = brokenBuild((dir) => {
      edit(dir, `${P}/projects/legal-aid.yaml`, 'name: 城乡困难群体法律援助', 'name: "=HYPERLINK(\\"http://example.com\\",\\"城乡困难群体法律援助\\")"');
      edit(dir, 'site.yaml', 'icpUrl: null', 'icpUrl: "javascript:alert(1)"');
      edit(dir, 'sources/luyang-2017-notice.mdx', '<p id="p35">', '<p id="p35" class="x">');
      renameSync(join(dir, `${P}/projects/urban-branch-roads.yaml`), join(dir, `${P}/projects/level.yaml`));
      edit(dir, `${P}/projects/level.yaml`, 'id: urban-branch-roads', 'id: level');
      edit(dir, `${P}/projects/small-water-works.yaml`, 'description: null', `description: ${'长'.repeat(17 * 1024 * 1024)}`);
      writeFileSync(join(dir, 'corrections/2018-03-01-fix.yml'), 'id: 2018-03-01-fix\ndate: 2018-03-01\nprogramme: null\nsummary: 更正。\n');
      writeFileSync(join(dir, `${P}/oversight/four-lists.yaml`), Buffer.from([...Buffer.from('id: four-lists\nname: '), 0xcb, 0xc4, 0xcf, 0xee, 0x0a]));
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
      writeFileSync(join(dir, 'corrections/bomb.yaml'), `${bomb.join('\n')}\n`);
      writeFileSync(join(dir, `${P}/milestones/deep.yaml`), `id: deep\ntitle: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
    });
    expect(r.status).not.toBe(0);
    for (const line of [
      /programmes\/luyang-2017\/projects\/legal-aid\.yaml:3:1 \[legal-aid\] name: 不能以 = \+ - @ 或制表符开头/,
      /site\.yaml:\d+:1 \[site\] icpUrl: 网址须以 https:\/\/ 或 http:\/\/ 开头/,
      new RegExp(
        `sources/luyang-2017-notice\\.mdx:${lineOf(readFileSync(join(copyLuyangExample(), 'sources/luyang-2017-notice.mdx'), 'utf8'), '<p id="p35"')}:1 \\[luyang-2017-notice\\] p35: 段落元素只能写成 <p id="p编号">`,
      ),
      /programmes\/luyang-2017\/projects\/level\.yaml:1:1 \[level\] id: 此编号已被网站自身的网址 \/<programme>\/projects\/level\/ 占用/,
      /programmes\/luyang-2017\/projects\/small-water-works\.yaml \[small-water-works\]: 文件过大（51 MB，上限 1 MB）/,
      /corrections\/2018-03-01-fix\.yml \[2018-03-01-fix\]: 扩展名不对，请把文件改名为 2018-03-01-fix\.yaml/,
      /programmes\/luyang-2017\/oversight\/four-lists\.yaml:2:1 \[four-lists\]: 文件不是 UTF-8 编码（第 2 行起，可能是 GBK）：请在 WPS 或记事本中“另存为”/,
      /corrections\/bomb\.yaml \[bomb\]: 别名（\*名称）展开后超过 100000 个值/,
      /programmes\/luyang-2017\/milestones\/deep\.yaml:2:\d+ \[deep\]: 嵌套超过 20 层/,
    ]) {
      expect(r.output).toMatch(line);
    }
    expect(r.output).toContain('内容校验失败，共 9 处问题');
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(r.outDir, 'previous-site.txt'), 'utf8')).toBe('the site published before');
    expect(existsSync(join(r.outDir, 'index.html'))).toBe(false);
  });
});
