/**
 * Recall and filters of the built search index, queried in real Chromium through Pagefind's own
 * browser API, on the root build and on the sub-path build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';
import { isolatedContext, launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { loadPagefindInto, search } from './pagefind-api.ts';
import { RECALL_CASES, projectUrl } from './queries.ts';

const { projects } = validateContent(readContent(exampleDir(LUYANG_EXAMPLE))).content;
const BUILDS = [
  { name: 'root', dist: inject('distRoot'), base: '/' },
  { name: 'sub-path', dist: inject('distSubpath'), base: '/minsheng/' },
] as const;
/** Rank (1-based, 0 = not in the first ten) of each query's expected page, per build, for the report. */
const ranks = new Map<string, Record<string, number>>();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const rows = RECALL_CASES.map(
    (c) =>
      `| ${c.query} | ${c.kind} | ${projects.find((p) => p.id === c.expected)?.name ?? c.expected} | ${ranks.get(c.query)?.root ?? '-'} | ${ranks.get(c.query)?.['sub-path'] ?? '-'} |`,
  );
  console.log(['| 查询 | 类型 | 期望项目 | 排名（根路径） | 排名（/minsheng/） |', '|---|---|---|---|---|', ...rows].join('\n'));
});

describe.each(BUILDS)('search index of the $name build', ({ name, dist, base }) => {
  let server: RunningServer;
  let page: Page;
  let external: string[];

  beforeAll(async () => {
    server = await serveDist(dist, base);
    const isolated = await isolatedContext(browser, server.origin);
    external = isolated.external;
    page = await isolated.context.newPage();
    await loadPagefindInto(page, server.url);
  });
  afterAll(async () => {
    await page?.context().close();
    await server?.close();
  });

  it.each(RECALL_CASES)('“$query” brings up $expected in the first three', async ({ query, expected }) => {
    const urls = (await search(page, query, {}, 10)).map((h) => h.url);
    const rank = urls.indexOf(projectUrl(base, expected)) + 1;
    ranks.set(query, { ...ranks.get(query), [name]: rank });
    expect(urls.slice(0, 3), `results for “${query}”`).toContain(projectUrl(base, expected));
  });

  it('finds every project filed under a group by the group’s everyday name (老年人, 老人), not just one', async () => {
    for (const query of ['老年人', '老人']) {
      const urls = (await search(page, query, { type: 'project' }, 20)).map((h) => h.url);
      expect(urls.length, query).toBeGreaterThan(1);
      for (const id of ['elderly-care-system', 'home-elderly-care-services']) expect(urls, query).toContain(projectUrl(base, id));
    }
  });

  it('finds the medical projects by 看病 and the schooling ones by 上学', async () => {
    const sick = (await search(page, '看病', { type: 'project' }, 20)).map((h) => h.url);
    for (const id of ['medical-assistance', 'resident-medical-insurance']) expect(sick).toContain(projectUrl(base, id));
    const school = (await search(page, '上学', { type: 'project' }, 20)).map((h) => h.url);
    for (const id of ['compulsory-education-funding', 'student-financial-aid']) expect(school).toContain(projectUrl(base, id));
  });

  it('restricts a query to district projects with the level filter', async () => {
    const district = 'district';
    const hits = await search(page, '补助', { level: district }, 100);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.filters.level, hit.url).toEqual([district]);
    expect(hits.map((h) => h.url)).toContain(projectUrl(base, 'hypertension-diabetes-free-medicine'));
    // Filter alone: exactly the district projects of the content.
    const all = await search(page, null, { level: district }, 100);
    const expected = projects.filter((p) => p.level === 'district').map((p) => projectUrl(base, p.id, p.programme));
    expect(all.map((h) => h.url).sort()).toEqual(expected.sort());
  });

  it('finds exactly the raised projects with the 提标扩面 filter', async () => {
    const hits = await search(page, null, { change: 'raised' }, 100);
    const raised = projects.filter((p) => p.changes.some((c) => c.kind === 'raised'));
    expect(raised.filter((p) => p.programme === 'luyang-2017')).toHaveLength(5);
    expect(hits.map((h) => h.url).sort()).toEqual(raised.map((p) => projectUrl(base, p.id, p.programme)).sort());
  });

  it('tells project pages from other pages with the type filter', async () => {
    const onlyProjects = await search(page, '五保', { type: 'project' }, 100);
    expect(onlyProjects.length).toBeGreaterThan(0);
    for (const hit of onlyProjects) expect(hit.url).toMatch(new RegExp(`^${base}[^/]+/projects/[^/]+/$`));
    const notice = await search(page, '五保', { type: 'notice' }, 100);
    expect(notice.map((h) => h.url)).toEqual([`${base}luyang-2017/notice/`]);
    // The notice, standards, oversight and about pages are searchable, each with its own type.
    const types = new Map((await search(page, null, {}, 200)).map((h) => [h.url, h.filters.type?.[0]]));
    expect(types.get(`${base}luyang-2017/standards/`)).toBe('standards');
    expect(types.get(`${base}luyang-2017/oversight/`)).toBe('oversight');
    expect(types.get(`${base}about/`)).toBe('about');
  });

  it('labels every project page with its programme and standing', async () => {
    const hits = await search(page, null, { programme: 'luyang-2017' }, 200);
    expect(hits).toHaveLength(projects.filter((p) => p.programme === 'luyang-2017').length);
    for (const hit of hits) {
      expect(hit.filters.standing, hit.url).toHaveLength(1);
      expect(hit.filters.level, hit.url).toHaveLength(1);
      expect(hit.title, hit.url).not.toBe('');
    }
  });

  it('finds a project page for every example word the search boxes offer', async () => {
    const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const quoted = (label: string) => [...label.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    const home = quoted(/<label for="home-search"[^>]*>([^<]*)<\/label>/.exec(html(''))![1]!);
    const searchPage = quoted(/<label for="search-page-input"[^>]*>([^<]*)<\/label>/.exec(html('search'))![1]!);
    const header = /id="site-search"[^>]*placeholder="搜索，如：([^"]+)"/.exec(html('luyang-2017/projects'))?.[1];
    expect(home.length).toBeGreaterThan(0);
    expect(searchPage).toEqual(home);
    expect(header).toBe(home[0]);
    for (const word of home) {
      const hits = await search(page, word, { type: 'project' }, 5);
      expect(hits.length, `results for the example “${word}”`).toBeGreaterThan(0);
    }
  });

  it('loads nothing from outside the site', () => {
    expect(external).toEqual([]);
  });
});
