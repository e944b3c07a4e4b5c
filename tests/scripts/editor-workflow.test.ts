/**
 * The editors' guide, followed as a new user would: scaffold a programme, see what remains to fill
 * in, fill it, check it, build it, and find its pages and data. The commands come from the guide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_INVALID_EXIT_CODE } from '../../scripts/lib/exit-codes.ts';
import { loadPagefindInto, search } from '../search/pagefind-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { BUILD_TIMEOUT, ROOT, buildOrThrow } from '../support/build-site.ts';
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
    expect(guideCommands.length).toBeGreaterThanOrEqual(5);
    for (const c of guideCommands) expect(Object.keys(scripts)).toContain(/npm run ([\w:]+)/.exec(c)![1]);
  });

  it('takes a new user from a notice to a published programme', { timeout: BUILD_TIMEOUT }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'editor-'));
    const contentDir = join(work, 'content');
    mkdirSync(contentDir);
    cpSync(join(ROOT, 'content/site.yaml'), join(contentDir, 'site.yaml'));
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
    expect(existsSync(join(contentDir, 'sources/testdistrict-2018-notice.mdx'))).toBe(true);

    // `check` lists what remains, with the right line.
    let check = npmRun('npm run check', contentDir, work);
    expect(check.status).toBe(CONTENT_INVALID_EXIT_CODE);
    expect(check.output).toContain('programmes/testdistrict-2018/programme.yaml:6:1 [testdistrict-2018] title: 不能为空');

    const programmeFile = join(contentDir, 'programmes/testdistrict-2018/programme.yaml');
    const programme = parse(readFileSync(programmeFile, 'utf8'));
    const cite = (paragraph: string, quote: string) => [{ source: 'testdistrict-2018-notice', paragraph, quote }];
    Object.assign(programme, {
      title: '测试区2018年实施“2+1”项民生工程的通知（合成测试数据）',
      citations: cite('p1', '测试区2018年实施'),
      terms: { programmeKind: '民生工程', localArea: null },
      jurisdictionKind: 'district',
      document: { type: 'notice', issuer: '区政府', issuerKind: 'government', citations: cite('p2', '区政府决定') },
      levels: [
        { code: 'provincial', label: '省级', citations: cite('p3', '省级项目') },
        { code: 'district', label: '区级', citations: cite('p5', '区级项目') },
      ],
      statedTotals: {
        all: 3,
        allCitations: cite('p2', '区政府决定2018年实施3项民生工程'),
        provincial: { decided: null, implemented: 2, breakdown: { continued: 2 }, citations: cite('p4', '等2个项目继续实施') },
        municipal: null,
        district: { decided: 1, implemented: 1, breakdown: {}, citations: cite('p6', '区政府确定实施1项') },
      },
    });
    writeFileSync(programmeFile, stringify(programme));

    const projects = [
      { id: 'legal-aid', name: '城乡困难群体法律援助', level: 'provincial', standing: 'continued', paragraph: 'p4' },
      { id: 'rural-minimum-living', name: '农村居民最低生活保障', level: 'provincial', standing: 'continued', paragraph: 'p4' },
      { id: 'urban-parks', name: '城市公园建设', level: 'district', standing: 'implemented', paragraph: 'p6' },
    ];
    projects.forEach((p, i) => {
      const made = npmRun(`npm run new:project -- --programme testdistrict-2018 --id ${p.id} --name ${p.name}`, contentDir, work);
      expect(made.status, made.output).toBe(0);
      const file = join(contentDir, 'programmes/testdistrict-2018/projects', `${p.id}.yaml`);
      const data = parse(readFileSync(file, 'utf8'));
      writeFileSync(file, stringify({ ...data, level: p.level, standing: p.standing, order: i + 1, citations: cite(p.paragraph, p.name) }));
    });

    check = npmRun('npm run check', contentDir, work);
    expect(check.output).toContain('内容校验通过');
    expect(check.status).toBe(0);

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
