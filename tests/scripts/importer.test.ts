/**
 * `npm run new:programme -- … --notice notice.txt` as an editor runs it: its arguments checked
 * before anything is written, the drafted files block-style YAML with quoted strings, each marked for
 * review, and `npm run check` listing what remains to review.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_INVALID_EXIT_CODE, USAGE_EXIT_CODE } from '../../scripts/lib/exit-codes.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { REVIEW_MARKER } from '../../src/lib/import/review.ts';
import { ROOT } from '../support/build-site.ts';
import { CANGNAN_EXAMPLE, exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';

const LUYANG = join(ROOT, '../shared/seed/luyang-2017-minsheng-notice.txt');
const CANGNAN = join(ROOT, '../shared/real-notices/cangnan-2017-minsheng-shishi.txt');

function contentFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-importer-')), 'content');
  mkdirSync(dir);
  cpSync(join(exampleDir(LUYANG_EXAMPLE), 'site.yaml'), join(dir, 'site.yaml'));
  return dir;
}

function run(script: string, args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const newProgramme = (contentDir: string, args: Record<string, string>) =>
  run(
    'new-programme.ts',
    Object.entries(args).flatMap(([k, v]) => [`--${k}`, v]),
    contentDir,
  );
const luyang = { id: 'luyang-2017', year: '2017', jurisdiction: '合肥市庐阳区', short: '庐阳区', notice: LUYANG };

/** Every file and folder under `dir`, hidden ones included. */
const everything = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);

describe('new:programme with a notice', () => {
  it('checks every argument before writing anything, and names each problem', () => {
    const contentDir = contentFolder();
    const gbk = join(contentDir, '..', 'gbk.txt');
    // 民生 in GBK: not UTF-8.
    writeFileSync(gbk, Buffer.from([0xc3, 0xf1, 0xc9, 0xfa, 0x0a]));
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...luyang, id: 'Luyang_2017' }, /--id Luyang_2017 不是合法的 id/],
      [{ ...luyang, year: '17' }, /--year 17 不是 1949–2100 之间的年份/],
      [{ ...luyang, id: 'luyang-2018' }, /应以年份 2017 结尾/],
      [{ ...luyang, notice: join(contentDir, 'missing.txt') }, /找不到通知文件 .*missing\.txt/],
      [{ ...luyang, notice: gbk }, /gbk\.txt 不是 UTF-8 编码.*另存为/],
      [{ ...luyang, short: ' ' }, /--short 不能为空/],
    ];
    for (const [args, message] of cases) {
      const r = newProgramme(contentDir, args);
      expect(r.status, r.output).toBe(USAGE_EXIT_CODE);
      expect(r.output).toMatch(message);
      expect(everything(contentDir)).toEqual(['site.yaml']);
    }
    // Several problems at once are all named.
    const both = newProgramme(contentDir, { ...luyang, year: 'x', notice: gbk });
    expect(both.output).toMatch(/--year x.*gbk\.txt 不是 UTF-8/);
  });

  it('refuses a programme or a notice that already exists, changing nothing', () => {
    const contentDir = contentFolder();
    expect(newProgramme(contentDir, luyang).status).toBe(0);
    const programmeFile = join(contentDir, 'programmes/luyang-2017/programme.yaml');
    const before = [everything(contentDir), readFileSync(programmeFile, 'utf8')];
    const again = newProgramme(contentDir, luyang);
    expect(again.status).toBe(USAGE_EXIT_CODE);
    expect(again.output).toContain('已存在');
    expect([everything(contentDir), readFileSync(programmeFile, 'utf8')]).toEqual(before);
  });

  it('drafts the Luyang notice: block-style YAML with quoted strings, every file marked for review, listed by check', () => {
    const contentDir = contentFolder();
    const r = newProgramme(contentDir, luyang);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/已起草 \/ drafted 47 个项目、5 条标准、0 个分类 \(\d+ ms\)/);
    expect(r.output).toContain('p35 p36 p37 p38 p39 p40');
    const programmeDir = join(contentDir, 'programmes/luyang-2017');
    const files = filesUnder(programmeDir).filter((f) => f.endsWith('.yaml'));
    expect(files.filter((f) => f.startsWith('projects/'))).toHaveLength(47);
    expect(files.filter((f) => f.startsWith('standards/'))).toHaveLength(5);
    for (const f of files) {
      const text = readFileSync(join(programmeDir, f), 'utf8');
      expect(text.split('\n')[0], f).toBe(`# ${REVIEW_MARKER}`);
      const doc = parseDocument(text);
      expect(doc.errors, f).toEqual([]);
      // No text in flow style, and every string quoted.
      visit(doc, {
        Scalar(key, node) {
          if (key !== 'key' && typeof node.value === 'string') expect(node.type, `${f}: ${node.value}`).toBe('QUOTE_DOUBLE');
        },
        Map(_, node) {
          if (node.flow) expect(node.items, f).toEqual([]);
        },
        Seq(_, node) {
          if (node.flow) expect(node.items, f).toEqual([]);
        },
      });
    }
    // The programme is a draft, and no hidden staging folder is left behind.
    expect(readFileSync(join(programmeDir, 'programme.yaml'), 'utf8')).toContain('status: "draft"');
    expect(everything(join(contentDir, 'programmes')).filter((f) => f.split('/').some((p) => p.startsWith('.') && p !== '.gitkeep'))).toEqual([]);
    expect(existsSync(join(contentDir, 'sources/luyang-2017-notice.mdx'))).toBe(true);

    // The draft is valid content: check passes, and lists every drafted file as still to review.
    const check = run('check.ts', [], contentDir);
    expect(check.output).toContain('内容校验通过');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('待审核的草稿记录 / drafted records still to review: 53 个文件');
    expect(check.output).toMatch(/^ {2}programmes\/luyang-2017\/projects\/project-01\.yaml$/m);
    // Deleting the marker line is the review: the file leaves the list.
    const first = join(programmeDir, 'projects/project-01.yaml');
    writeFileSync(first, readFileSync(first, 'utf8').split('\n').slice(1).join('\n'));
    const after = run('check.ts', [], contentDir);
    expect(after.output).toContain('52 个文件');
    expect(after.output).not.toMatch(/^ {2}programmes\/luyang-2017\/projects\/project-01\.yaml$/m);
  });

  it('without a notice, scaffolds an empty programme that check lists field by field, with nothing to review', () => {
    const contentDir = contentFolder();
    const { notice: _, ...args } = luyang;
    const r = newProgramme(contentDir, args);
    expect(r.status, r.output).toBe(0);
    const text = readFileSync(join(contentDir, 'programmes/luyang-2017/programme.yaml'), 'utf8');
    expect(text).not.toContain(REVIEW_MARKER);
    expect(text).toContain('title: ""');
    const check = run('check.ts', [], contentDir);
    expect(check.status).toBe(CONTENT_INVALID_EXIT_CODE);
    expect(check.output).toMatch(/programmes\/luyang-2017\/programme\.yaml:\d+:1 \[luyang-2017\] title: 不能为空/);
    expect(check.output).not.toContain('待审核');
  });

  it('drafts the 苍南 公告: 10 items, no levels', () => {
    const contentDir = contentFolder();
    const r = newProgramme(contentDir, { id: 'cangnan-2017', year: '2017', jurisdiction: '苍南县', short: '苍南县', notice: CANGNAN });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/drafted 10 个项目、0 条标准、0 个分类/);
    const programme = readFileSync(join(contentDir, 'programmes/cangnan-2017/programme.yaml'), 'utf8');
    expect(programme).toContain('levels: []');
    expect(programme).toContain('jurisdictionKind: "county"');
    expect(programme).toContain('issuer: "苍南县第十届人民代表大会第一次会议主席团"');
    const check = run('check.ts', [], contentDir);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('11 个文件');
  });
});

describe('a notice’s provenance, and import-notice.ts for a programme made without one', () => {
  it('publishes the notice file’s name only, never the folder it was on the editor’s computer', () => {
    const contentDir = contentFolder();
    const r = newProgramme(contentDir, luyang);
    expect(r.status, r.output).toBe(0);
    const source = readFileSync(join(contentDir, 'sources/luyang-2017-notice.mdx'), 'utf8');
    expect(source).toContain('provenance: 由本站编辑从纯文本文件“luyang-2017-minsheng-notice.txt”导入原文；原文从何处取得待补充。');
    expect(source).not.toContain(join(ROOT, '..'));
    expect(r.output).toContain('provenance 中写明原文从何处取得');
  });

  it('checks the notice and the ids as new:programme does, refuses to overwrite, and imports a UTF-8 notice', () => {
    const contentDir = contentFolder();
    mkdirSync(join(contentDir, 'sources'));
    const gbk = join(contentDir, '..', 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xc3, 0xf1, 0xc9, 0xfa, 0x0a]));
    const out = join(contentDir, 'sources', 'cangnan-2017-notice.mdx');
    const importNotice = (notice: string, output: string, id: string, programme: string) =>
      run('import-notice.ts', [notice, output, '--id', id, '--programme', programme], contentDir);
    const cases: [Parameters<typeof importNotice>, RegExp][] = [
      [[gbk, out, 'cangnan-2017-notice', 'cangnan-2017'], /gbk\.txt 不是 UTF-8 编码.*另存为/],
      [[join(contentDir, 'missing.txt'), out, 'cangnan-2017-notice', 'cangnan-2017'], /找不到通知文件 .*missing\.txt/],
      [[CANGNAN, out, 'Cangnan_Notice', 'cangnan-2017'], /--id Cangnan_Notice 不是合法的 id/],
      [[CANGNAN, out, 'cangnan-2017-notice', 'Cangnan_2017'], /--programme Cangnan_2017 不是合法的计划 id/],
      [[CANGNAN, out, 'other-notice', 'cangnan-2017'], /应为 other-notice\.mdx/],
      [[CANGNAN, join(contentDir, 'nowhere', 'cangnan-2017-notice.mdx'), 'cangnan-2017-notice', 'cangnan-2017'], /找不到文件夹 .*nowhere/],
    ];
    for (const [args, message] of cases) {
      const r = importNotice(...args);
      expect(r.status, r.output).toBe(USAGE_EXIT_CODE);
      expect(r.output).toMatch(message);
      expect(r.output).not.toMatch(/at .*\.ts:\d+/);
      expect(everything(contentDir)).toEqual(['site.yaml', 'sources']);
    }
    const r = importNotice(CANGNAN, out, 'cangnan-2017-notice', 'cangnan-2017');
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('15 段');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('title: 苍南县第十届人民代表大会第一次会议公告(第8号)');
    expect(written).toContain('“cangnan-2017-minsheng-shishi.txt”');
    const again = importNotice(CANGNAN, out, 'cangnan-2017-notice', 'cangnan-2017');
    expect(again.status).toBe(USAGE_EXIT_CODE);
    expect(again.output).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe(written);
  });
});

describe('new:project', () => {
  const newProject = (contentDir: string, id: string) => run('new-project.ts', ['--programme', 'cangnan-2017', '--id', id], contentDir);
  const cangnanCopy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-new-project-')), 'content');
    cpSync(exampleDir(CANGNAN_EXAMPLE), dir, { recursive: true });
    return dir;
  };

  it('refuses an id the content check would, before writing anything', () => {
    const contentDir = cangnanCopy();
    const before = everything(contentDir);
    const cases: [string, RegExp][] = [
      ['Safety_Centre', /--id Safety_Centre 不是合法的项目 id/],
      ['安全中心', /--id 安全中心 不是合法的项目 id/],
      ['level', /已被网站自身的网址 <programme>\/projects\/level\/ 占用/],
    ];
    for (const [id, message] of cases) {
      const r = newProject(contentDir, id);
      expect(r.status, r.output).toBe(USAGE_EXIT_CODE);
      expect(r.output).toMatch(message);
    }
    expect(everything(contentDir)).toEqual(before);
  });

  it('refuses an id a project of the programme has, as a wrong argument (exit 2) saying what to do, and leaves its file as it was', () => {
    const contentDir = cangnanCopy();
    const before = everything(contentDir);
    const taken = readdirSync(join(contentDir, 'programmes/cangnan-2017/projects'))[0]!.replace(/\.yaml$/, '');
    const r = newProject(contentDir, taken);
    expect(r.status, r.output).toBe(USAGE_EXIT_CODE);
    expect(r.output).toContain('请换一个编号，或直接编辑该文件');
    expect(everything(contentDir)).toEqual(before);
  });

  it('leaves level and standing null, as the guide says, in a programme without levels: check lists only what is to be filled in', () => {
    const contentDir = cangnanCopy();
    expect(newProject(contentDir, 'safety-centre').status).toBe(0);
    const text = readFileSync(join(contentDir, 'programmes/cangnan-2017/projects/safety-centre.yaml'), 'utf8');
    expect(text).toContain('本计划不分层级，保持 null');
    expect(text).toMatch(/^level: null$/m);
    expect(text).toMatch(/^standing: null$/m);
    expect(text).toContain('order（序号）：本项目在通知所列项目中的序号');
    const check = run('check.ts', [], contentDir);
    expect(check.status).toBe(CONTENT_INVALID_EXIT_CODE);
    const fields = [...check.output.matchAll(/\[safety-centre\] ([\w.]+):/g)].map((m) => m[1]);
    expect(fields.sort()).toEqual(['citations.0.paragraph', 'citations.0.quote', 'name', 'order']);
  });
});
