/** Bad content never produces a site, and never damages the one already published. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, runBuild } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';

function brokenBuild(breakContent: (contentDir: string) => void) {
  const contentDir = copyContent();
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
  { name: 'negative amount', file: 'programmes/luyang-2017/standards/graduate-internship-subsidy.yaml', edit: (t) => t.replace('value: 800', 'value: -800'), expected: /graduate-internship-subsidy\.yaml:\d+:\d+ \[graduate-internship-subsidy\] current\.value: 金额不能为负/ },
  { name: 'duplicate id', file: 'programmes/luyang-2017/projects/resident-pension.yaml', edit: (t) => t.replace('id: resident-pension', 'id: legal-aid'), expected: /resident-pension\.yaml:1:1 \[legal-aid\] id: project id 重复/ },
  { name: 'dangling reference', file: 'programmes/luyang-2017/standards/basic-public-health-subsidy.yaml', edit: (t) => t.replace('project: public-health-maternal-family-planning', 'project: no-such-project'), expected: /basic-public-health-subsidy\.yaml:\d+:\d+ \[basic-public-health-subsidy\] project: 引用的项目 “no-such-project” 不存在/ },
  { name: 'unknown level', file: 'programmes/luyang-2017/projects/legal-aid.yaml', edit: (t) => t.replace('level: provincial', 'level: national'), expected: /legal-aid\.yaml:4:1 \[legal-aid\] level: 无效选项/ },
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
