/**
 * The editors' guide, followed as a new user would: scaffold a programme, see what remains to fill
 * in, fill it, check it, review it in a spreadsheet and import it back, build it, and find its pages
 * and data. The commands come from the guide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPagefindInto, search } from '../search/pagefind-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { BUILD_TIMEOUT, ROOT, buildOrThrow } from '../support/build-site.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';
import { serveDist } from '../support/static-server.ts';

const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** `npm run …` command lines of the guide's sh blocks. */
const guideCommands = [...guide.matchAll(/```sh\n([^]*?)```/g)].flatMap((m) =>
  m[1]!
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('npm run')),
);

function npmRun(command: string, contentDir: string, cwd: string) {
  // `npm run x -- args` runs `node scripts/…` with those args; call it the same way npm would.
  const [, name, rest = ''] = /npm run ([\w:]+)(?: -- (.*))?/.exec(command)!;
  const [bin, ...args] = scripts[name!]!.split(' ');
  const argv = [...args, ...(rest.match(/\S+/g) ?? [])];
  const r = spawnSync(
    bin === 'node' ? process.execPath : bin!,
    argv.map((a) => (a.startsWith('scripts/') ? join(ROOT, a) : a)),
    {
      cwd,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the editors’ guide', () => {
  it('names only commands that exist', () => {
    expect(guideCommands.length).toBeGreaterThanOrEqual(7);
    expect(guideCommands.filter((c) => /npm run (export|import):xlsx/.test(c))).toHaveLength(2);
    for (const c of guideCommands) expect(Object.keys(scripts)).toContain(/npm run ([\w:]+)/.exec(c)![1]);
  });

  it('takes a new user from a notice to a published programme', { timeout: BUILD_TIMEOUT }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'editor-'));
    const contentDir = join(work, 'content');
    mkdirSync(contentDir);
    cpSync(join(exampleDir(LUYANG_EXAMPLE), 'site.yaml'), join(contentDir, 'site.yaml'));
    // A synthetic notice, one paragraph per line, as step 一.1 asks.
    writeFileSync(
      join(work, 'notice-2018.txt'),
      [
        '测试区2018年实施“2+1”项民生工程的通知（合成测试数据）',
        '区政府决定2018年实施3项民生工程。',
        '一、省级项目',
        '城乡困难群体法律援助；农村居民最低生活保障等2个项目继续实施。',
        '二、区级项目',
        '区政府确定实施1项：城市公园建设。',
      ].join('\n'),
    );
    const step = (prefix: string) => guideCommands.find((c) => c.startsWith(prefix))!;

    const created = npmRun(
      step('npm run new:programme').replace('luyang-2018', 'testdistrict-2018').replace('合肥市庐阳区', '合成市测试区').replace('庐阳区', '测试区'),
      contentDir,
      work,
    );
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('已起草 / drafted 3 个项目');
    expect(existsSync(join(contentDir, 'sources/testdistrict-2018-notice.mdx'))).toBe(true);
    const programmeDir = join(contentDir, 'programmes/testdistrict-2018');
    const projectFile = (id: string) => join(programmeDir, 'projects', `${id}.yaml`);

    // 四、检查 on the fresh draft: valid, a warning for the province's totals the notice leaves
    // unstated, and every drafted file listed as still to review.
    let check = npmRun('npm run check', contentDir, work);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('statedTotals.provincial');
    expect(check.output).toContain('待审核的草稿记录 / drafted records still to review: 4 个文件');
    expect(check.output).toContain('  programmes/testdistrict-2018/projects/project-03.yaml');

    // 三、逐项审核, as the guide says: each file against the notice, its id made meaningful (file
    // renamed), the marker line deleted; the programme's totals completed and published.
    const reviewed = (file: string, change: (data: Record<string, unknown>) => Record<string, unknown>, to = file) => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toContain('待审核');
      // The marker is the first line; any note after it is a comment too.
      const body = text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n');
      rmSync(file);
      writeFileSync(to, stringify(change(parse(body) as Record<string, unknown>)));
    };
    const cite = (paragraph: string, quote: string) => [{ source: 'testdistrict-2018-notice', paragraph, quote }];
    reviewed(join(programmeDir, 'programme.yaml'), (programme) => {
      expect(programme).toMatchObject({ title: '测试区2018年实施“2+1”项民生工程的通知（合成测试数据）', status: 'draft', jurisdictionKind: 'district' });
      const totals = programme.statedTotals as Record<string, unknown>;
      expect(totals).toMatchObject({ all: 3, provincial: null, district: { decided: 1, implemented: 1 } });
      return {
        ...programme,
        status: 'published',
        document: { type: 'notice', issuer: '区政府', issuerKind: 'government', citations: cite('p2', '区政府决定') },
        statedTotals: { ...totals, provincial: { decided: null, implemented: 2, breakdown: { continued: 2 }, citations: cite('p4', '等2个项目继续实施') } },
      };
    });
    const drafted = [
      { from: 'project-02', id: 'rural-minimum-living', name: '农村居民最低生活保障', level: 'provincial', standing: 'continued' },
      { from: 'project-03', id: 'urban-parks', name: '城市公园建设', level: 'district', standing: 'implemented' },
    ];
    for (const d of drafted) {
      reviewed(
        projectFile(d.from),
        (data) => {
          expect(data).toMatchObject({ name: d.name, level: d.level, standing: d.standing });
          return { ...data, id: d.id };
        },
        projectFile(d.id),
      );
    }
    // A project the importer missed (here: one deleted) is added with new:project and filled in.
    rmSync(projectFile('project-01'));
    const made = npmRun(step('npm run new:project').replace('luyang-2018', 'testdistrict-2018'), contentDir, work);
    expect(made.status, made.output).toBe(0);
    const legalAid = parse(readFileSync(projectFile('legal-aid'), 'utf8'));
    writeFileSync(projectFile('legal-aid'), stringify({ ...legalAid, level: 'provincial', standing: 'continued', order: 1, citations: cite('p4', '城乡困难群体法律援助') }));

    check = npmRun('npm run check', contentDir, work);
    expect(check.output).toContain('内容校验通过');
    expect(check.output).not.toContain('待审核');
    expect(check.output).not.toContain('warning');
    expect(check.status).toBe(0);

    // 用电子表格审核: export the workbook, edit a cell as an editor would in Excel, and import it back.
    const exportStep = npmRun(step('npm run export:xlsx').replace('luyang-2018', 'testdistrict-2018'), contentDir, work);
    expect(exportStep.status, exportStep.output).toBe(0);
    const xlsx = join(work, 'testdistrict-2018.xlsx');
    expect(existsSync(xlsx), exportStep.output).toBe(true);
    const unedited = npmRun(step('npm run import:xlsx').replaceAll('luyang-2018', 'testdistrict-2018'), contentDir, work);
    expect(unedited.status, unedited.output).toBe(0);
    expect(unedited.output).toContain('0 file(s) written');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('项目')!;
    const keys = new Map<string, number>();
    sheet.getRow(2).eachCell((cell, n) => keys.set(String(cell.value), n));
    sheet.eachRow((row) => {
      if (row.getCell(keys.get('id')!).value === 'urban-parks') row.getCell(keys.get('description')!).value = '区政府确定实施1项：城市公园建设。';
    });
    await workbook.xlsx.writeFile(xlsx);
    const imported = npmRun(step('npm run import:xlsx').replaceAll('luyang-2018', 'testdistrict-2018'), contentDir, work);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('1 file(s) written');
    expect(parse(readFileSync(projectFile('urban-parks'), 'utf8'))).toMatchObject({ id: 'urban-parks', description: '区政府确定实施1项：城市公园建设。' });
    check = npmRun('npm run check', contentDir, work);
    expect(check.status, check.output).toBe(0);

    // 五、生成网站
    const dist = buildOrThrow({ CONTENT_DIR: contentDir });
    const page = readFileSync(join(dist, 'testdistrict-2018/projects/urban-parks/index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toContain('城市公园建设');
    expect(readFileSync(join(dist, 'testdistrict-2018/notice/index.html'), 'utf8')).toContain('id="p6"');
    // Its data files…
    const projectsJson = JSON.parse(readFileSync(join(dist, 'data/projects.json'), 'utf8')) as { records: { id: string; programme: string }[] };
    expect(
      projectsJson.records
        .filter((r) => r.programme === 'testdistrict-2018')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['legal-aid', 'rural-minimum-living', 'urban-parks']);
    expect(readFileSync(join(dist, 'data/projects.csv'), 'utf8')).toContain('城市公园建设');
    // …and its search entries, queried in Chromium like a visitor.
    const [browser, server] = await Promise.all([launchBrowser(), serveDist(dist)]);
    try {
      const page = await browser.newPage();
      await loadPagefindInto(page, server.url);
      const hits = await search(page, '城市公园');
      expect(hits.map((h) => h.url)).toContain('/testdistrict-2018/projects/urban-parks/');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
