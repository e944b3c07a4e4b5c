import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { CHART_NAMES } from '../../../src/lib/charts/charts-catalogue.ts';
import {
  allRoutes,
  CLOSED_PARAMETERS,
  ID_PARAMETERS,
  reservedIds,
  isCurrent,
  navigation,
  pageRoute,
  ROUTES,
  routeExists,
  routePath,
  SEARCH_TYPES,
  searchTypes,
  sitemapPaths,
  staticPaths,
  type PageRouteKey,
  type RouteContent,
  type RouteKey,
} from '../../../src/lib/site/routes.ts';
import { navScope } from '../../../src/lib/site/navigation.ts';
import type { Programme } from '../../../src/schemas/programme.ts';
import type { Project } from '../../../src/schemas/project.ts';
import { fixtureAmount, fixtureMilestone, fixtureOversight, fixtureProgramme, fixtureProject } from '../../support/records.ts';

// A list with levels (the level charts are built only for one that has them).
const programme = (id: string, year: number) => fixtureProgramme({ id, year, jurisdiction: '测试区', levels: [{ code: 'district', label: '区级' }] });
const project = (programmeId: string, id: string, level: Project['level'] = 'district', classification: Pick<Project, 'topics' | 'groups'> = { topics: [], groups: [] }) =>
  fixtureProject(id, { programme: programmeId, level, standing: 'continued', ...classification });
/** A raised standard, a deadline and a mechanism of a programme: what its standards and oversight pages show. */
const ownRecords = (programmeId: string, project: string) => ({
  standards: [fixtureAmount(`${programmeId}-s`, project, { programme: programmeId })],
  milestones: [fixtureMilestone(`${programmeId}-m`, { programme: programmeId })],
  oversight: [fixtureOversight(`${programmeId}-o`, { programme: programmeId })],
});
const records = (...own: ReturnType<typeof ownRecords>[]) => ({
  standards: own.flatMap((o) => o.standards),
  milestones: own.flatMap((o) => o.milestones),
  oversight: own.flatMap((o) => o.oversight),
});

/** Two programmes (newest first, as src/data/content.ts sorts them) sharing one project slug. */
const two: RouteContent = {
  programmes: [programme('b-2019', 2019), programme('a-2018', 2018)],
  projects: [
    project('b-2019', 'x', 'provincial', { topics: ['health'], groups: ['elderly', 'patients'] }),
    project('a-2018', 'x', 'district', { topics: ['health'], groups: [] }),
    project('a-2018', 'only-once'),
    project('gone-2000', 'orphan', 'district', { topics: ['housing'], groups: [] }),
  ],
  ...records(ownRecords('b-2019', 'x'), ownRecords('a-2018', 'x')),
};
const one: RouteContent = { programmes: [programme('a-2018', 2018)], projects: [project('a-2018', 'x')], ...records(ownRecords('a-2018', 'x')) };
/** A list that states no standard, deadline or mechanism (苍南's 公告). */
const bare: RouteContent = { programmes: [programme('a-2018', 2018)], projects: [project('a-2018', 'x')], ...records() };
const pageKeys = (Object.keys(ROUTES) as RouteKey[]).filter((k): k is PageRouteKey => ROUTES[k].format === 'page');

describe('paths', () => {
  it.each([
    [{ key: 'home', params: {} }, ''],
    [{ key: 'programme', params: { programme: 'luyang-2017' } }, 'luyang-2017/'],
    [{ key: 'projects', params: { programme: 'luyang-2017' } }, 'luyang-2017/projects/'],
    [{ key: 'facet', params: { programme: 'luyang-2017', kind: 'level', value: 'district' } }, 'luyang-2017/projects/level/district/'],
    [{ key: 'topic', params: { programme: 'luyang-2017', code: 'health' } }, 'luyang-2017/topics/health/'],
    [{ key: 'group', params: { programme: 'luyang-2017', code: 'elderly' } }, 'luyang-2017/groups/elderly/'],
    [{ key: 'project', params: { programme: 'luyang-2017', id: 'legal-aid' } }, 'luyang-2017/projects/legal-aid/'],
    [{ key: 'standards', params: { programme: 'luyang-2017' } }, 'luyang-2017/standards/'],
    [{ key: 'notice', params: { programme: 'luyang-2017' } }, 'luyang-2017/notice/'],
    [{ key: 'oversight', params: { programme: 'luyang-2017' } }, 'luyang-2017/oversight/'],
    [{ key: 'chart', params: { programme: 'luyang-2017', chart: 'levels' } }, 'luyang-2017/charts/levels.svg'],
    [{ key: 'about', params: {} }, 'about/'],
    [{ key: 'search', params: {} }, 'search/'],
    [{ key: 'data', params: {} }, 'data/'],
    [{ key: 'programmeData', params: { programme: 'luyang-2017' } }, 'data/luyang-2017/'],
    [{ key: 'dictionary', params: {} }, 'data/dictionary/'],
    [{ key: 'historyIndex', params: {} }, 'history/'],
    [{ key: 'history', params: { id: 'legal-aid' } }, 'history/legal-aid/'],
    [{ key: 'notFound', params: {} }, '404.html'],
    [{ key: 'feed', params: {} }, 'feed.xml'],
    [{ key: 'sitemap', params: {} }, 'sitemap.xml'],
    [{ key: 'robots', params: {} }, 'robots.txt'],
    [{ key: 'favicon', params: {} }, 'favicon.svg'],
    [{ key: 'assets', params: {} }, '_assets/'],
    [{ key: 'searchIndex', params: {} }, 'pagefind/'],
    [{ key: 'scripts', params: {} }, 'js/'],
  ] as const)('$0.key is at “$1”', (ref, path) => {
    expect(routePath(ref)).toBe(path);
  });

  it('gives every page and file of the content exactly one path', () => {
    const paths = allRoutes(two).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('parameter sets from the content', () => {
  it('builds each programme’s pages, its own projects’ pages, and its facet lists', () => {
    expect(staticPaths('programme', two)).toEqual([{ params: { programme: 'b-2019' } }, { params: { programme: 'a-2018' } }]);
    expect(staticPaths('project', two).map((p) => p.params)).toEqual([
      { programme: 'b-2019', id: 'x' },
      { programme: 'a-2018', id: 'x' },
      { programme: 'a-2018', id: 'only-once' },
    ]);
    expect(staticPaths('facet', two).map((p) => routePath({ key: 'facet', params: p.params }))).toEqual([
      'b-2019/projects/level/provincial/',
      'b-2019/projects/standing/continued/',
      'a-2018/projects/level/district/',
      'a-2018/projects/standing/continued/',
    ]);
    // Every chart with something to draw: no funnel (no stated totals to compare with) and no lineage (nothing merged or moved).
    expect(staticPaths('chart', one).map((p) => p.params.chart)).toEqual(CHART_NAMES.filter((name) => name !== 'funnel' && name !== 'lineage'));
  });

  it('builds a standards page only for a programme with standards, an oversight page only for one with deadlines or mechanisms, and no chart with nothing to draw', () => {
    expect(staticPaths('standards', bare)).toEqual([]);
    expect(staticPaths('oversight', bare)).toEqual([]);
    expect(staticPaths('chart', bare).map((p) => p.params.chart)).toEqual(['levels']);
    expect(allRoutes(bare).map((r) => r.path)).not.toEqual(expect.arrayContaining([expect.stringMatching(/standards|oversight|calendar/)]));
    // One of two programmes with standards: its page only; deadlines alone, or mechanisms alone, give an oversight page.
    const mixed: RouteContent = {
      ...two,
      standards: ownRecords('b-2019', 'x').standards,
      milestones: ownRecords('b-2019', 'x').milestones,
      oversight: ownRecords('a-2018', 'x').oversight,
    };
    expect(staticPaths('standards', mixed)).toEqual([{ params: { programme: 'b-2019' } }]);
    expect(staticPaths('oversight', mixed)).toEqual([{ params: { programme: 'b-2019' } }, { params: { programme: 'a-2018' } }]);
    expect(routeExists({ key: 'standards', params: { programme: 'a-2018' } }, mixed)).toBe(false);
    expect(routeExists({ key: 'standards', params: { programme: 'b-2019' } }, mixed)).toBe(true);
    // A mechanism without a frequency draws nothing on the calendar.
    const charts = staticPaths('chart', mixed).filter((p) => p.params.chart === 'standards' || p.params.chart === 'calendar');
    expect(charts.map((p) => routePath({ key: 'chart', params: p.params }))).toEqual(['b-2019/charts/standards.svg', 'b-2019/charts/calendar.svg']);
  });

  it('builds a topic or group list for each code a programme’s own projects carry, and no other', () => {
    expect(staticPaths('topic', two).map((p) => routePath({ key: 'topic', params: p.params }))).toEqual(['b-2019/topics/health/', 'a-2018/topics/health/']);
    expect(staticPaths('group', two).map((p) => routePath({ key: 'group', params: p.params }))).toEqual(['b-2019/groups/elderly/', 'b-2019/groups/patients/']);
    expect(staticPaths('topic', one)).toEqual([]);
  });

  it('builds a history page only for a project found in several programmes', () => {
    expect(staticPaths('history', two)).toEqual([{ params: { id: 'x' } }]);
    expect(staticPaths('history', one)).toEqual([]);
    // The index too: a site of one programme per jurisdiction has no year-on-year view to list.
    expect(staticPaths('historyIndex', one)).toEqual([]);
    expect(staticPaths('historyIndex', two)).toEqual([{ params: {} }]);
  });
});

describe('crawlers and site search', () => {
  it('keeps the filtered lists, the search page and the not-found page out of search engines', () => {
    expect(pageKeys.filter((k) => !pageRoute(k).indexed).sort()).toEqual(['facet', 'notFound', 'search']);
    expect(pageKeys.filter((k) => !pageRoute(k).canonical)).toEqual(['notFound']);
  });

  it('lists the indexed pages in the sitemap, sorted, without files', () => {
    expect(sitemapPaths(one)).toEqual([
      '',
      'a-2018/',
      'a-2018/notice/',
      'a-2018/oversight/',
      'a-2018/projects/',
      'a-2018/projects/x/',
      'a-2018/standards/',
      'about/',
      'data/',
      'data/a-2018/',
      'data/dictionary/',
    ]);
  });

  it.each([
    ['project', 'project'],
    ['notice', 'notice'],
    ['standards', 'standards'],
    ['oversight', 'oversight'],
    ['about', 'about'],
    ['dictionary', 'data'],
    ['history', 'history'],
  ] as const)('indexes the %s page as type “%s”', (key, type) => {
    expect(pageRoute(key).search).toBe(type);
  });

  it.each(['home', 'programme', 'projects', 'data', 'programmeData', 'historyIndex'] as const)('leaves the overview page “%s” out of site search', (key) => {
    expect(pageRoute(key).search).toBeNull();
  });

  it('searches no page that crawlers are told to skip', () => {
    expect(pageKeys.filter((k) => !pageRoute(k).indexed && pageRoute(k).search !== null)).toEqual([]);
  });

  it('lists no standards or oversight page of a programme without them in the sitemap, nor offers their search types', () => {
    expect(sitemapPaths(bare).filter((p) => p.includes('standards') || p.includes('oversight'))).toEqual([]);
    expect(searchTypes(bare)).toEqual(['project', 'notice', 'data', 'about']);
    expect(searchTypes(two)).toEqual([...SEARCH_TYPES]);
  });

  it('offers every search type some page has, each with its label', () => {
    expect([...new Set(pageKeys.map((k) => pageRoute(k).search).filter((s) => s !== null))].sort()).toEqual([...SEARCH_TYPES].sort());
    expect(SEARCH_TYPES.map((code) => t(`search.type.${code}`))).toEqual(['项目', '通知原文', '补助标准', '时间节点与督查', '历年对比', '开放数据', '关于与方法']);
  });
});

describe('navigation', () => {
  it('links the latest programme’s pages, and the history index only when there are several programmes', () => {
    expect(navigation(one).map((n) => n.path)).toEqual(['', 'a-2018/projects/', 'a-2018/standards/', 'a-2018/notice/', 'a-2018/oversight/', 'data/', 'about/']);
    expect(navigation(two).map((n) => n.path)).toEqual(['', 'b-2019/projects/', 'b-2019/standards/', 'b-2019/notice/', 'b-2019/oversight/', 'data/', 'history/', 'about/']);
    expect(navigation({ programmes: [], projects: [], ...records() }).map((n) => n.key)).toEqual(['home', 'data', 'about']);
  });

  it('links no standards or oversight page that the programme being read does not have', () => {
    expect(navigation(bare).map((n) => n.key)).toEqual(['home', 'projects', 'notice', 'data', 'about']);
    const mixed: RouteContent = { ...two, ...records(ownRecords('b-2019', 'x')) };
    expect(navigation(mixed, navScope(undefined, mixed.programmes, { programme: 'a-2018' })).map((n) => n.path)).toEqual([
      '',
      'a-2018/projects/',
      'a-2018/notice/',
      'data/',
      'history/',
      'about/',
    ]);
    expect(navigation(mixed, navScope(undefined, mixed.programmes, { programme: 'b-2019' })).map((n) => n.key)).toContain('standards');
  });

  it('follows the programme being read, not the newest one', () => {
    const paths = (programme: string) => navigation(two, navScope(undefined, two.programmes, { programme })).map((n) => n.path);
    expect(paths('a-2018')).toEqual(['', 'a-2018/projects/', 'a-2018/standards/', 'a-2018/notice/', 'a-2018/oversight/', 'data/', 'history/', 'about/']);
  });

  it('on a site of several jurisdictions, leads pages of no programme to the choice of jurisdictions, and each programme’s pages within it', () => {
    const other = { ...programme('c-2020', 2020), jurisdiction: '别的县' } as Programme;
    const several: RouteContent = { ...two, programmes: [other, ...two.programmes], site: { jurisdiction: null } };
    const site = navigation(several);
    expect(site.map((n) => n.path)).toEqual(['', '#jurisdictions', '#jurisdictions', '#jurisdictions', '#jurisdictions', 'data/', 'history/', 'about/']);
    expect(site.filter((n) => n.choice).map((n) => n.key)).toEqual(['projects', 'standards', 'notice', 'oversight']);
    // The history index has a link: 测试区 has two years, although 别的县 has one.
    expect(navigation(several, navScope(several.site, several.programmes, { programme: 'a-2018' })).map((n) => n.path)).toContain('a-2018/projects/');
    // A page of a jurisdiction (a project's year-on-year page) follows that jurisdiction's newest programme.
    expect(navigation(several, navScope(several.site, several.programmes, { jurisdiction: '测试区' })).map((n) => n.path)).toContain('b-2019/projects/');
    // site.yaml naming one of them: pages of no programme follow it.
    expect(navigation({ ...several, site: { jurisdiction: '别的县' } }).map((n) => n.path)).toContain('c-2020/projects/');
  });

  it('links no history index when no jurisdiction has two years', () => {
    const other = { ...programme('c-2020', 2020), jurisdiction: '别的县' } as Programme;
    expect(navigation({ ...one, programmes: [other, ...one.programmes] }).map((n) => n.key)).not.toContain('historyIndex');
  });

  it('marks the item of the page itself, and not the same page of another programme', () => {
    const current = (page: Parameters<typeof isCurrent>[1]) =>
      navigation(two)
        .filter((n) => isCurrent(n, page))
        .map((n) => n.key);
    expect(current({ key: 'standards', params: { programme: 'b-2019' } })).toEqual(['standards']);
    expect(current({ key: 'standards', params: { programme: 'a-2018' } })).toEqual([]);
    expect(current({ key: 'home', params: {} })).toEqual(['home']);
    expect(current({ key: 'project', params: { programme: 'b-2019', id: 'x' } })).toEqual([]);
  });
});

describe('ids the table reserves', () => {
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('are, for a programme, the first segments of the site’s own pages and files, and the pages next to a programme’s data page', () => {
    const reserved = reservedIds();
    // A site of two years, which has every kind of page (one of one programme has no history index).
    const programmes = new Set(two.programmes.map((p) => p.id));
    const topLevel = allRoutes(two)
      .map((r) => r.path.split('/')[0]!)
      .filter((segment) => segment && !programmes.has(segment));
    expect(ids(reserved.programme).sort()).toEqual([...new Set([...topLevel, 'dictionary'])].sort());
    expect(ids(reserved.programme)).toEqual(expect.arrayContaining(['about', 'search', 'data', 'history', 'feed.xml']));
    // The folders the build fills besides the pages: Astro's assets, the search index, the public scripts.
    expect(ids(reserved.programme)).toEqual(expect.arrayContaining(['_assets', 'pagefind', 'js', 'favicon.svg']));
    expect(reserved.programme.find((r) => r.id === 'pagefind')).toEqual({ id: 'pagefind', path: 'pagefind/' });
    expect(reserved.programme.find((r) => r.id === 'dictionary')).toEqual({ id: 'dictionary', path: 'data/dictionary/' });
    expect(reserved.programme.find((r) => r.id === 'search')).toEqual({ id: 'search', path: 'search/' });
  });

  it('are, for a project, the facet kinds that share its place under projects/', () => {
    expect(reservedIds().id).toEqual([
      { id: 'level', path: '<programme>/projects/level/' },
      { id: 'standing', path: '<programme>/projects/standing/' },
      { id: 'change', path: '<programme>/projects/change/' },
    ]);
  });

  it('leave no parameter of the table unaccounted for: each is filled with content ids or with a closed vocabulary', () => {
    const names = new Set<string>();
    const probe = new Proxy({}, { get: (_t, name) => (names.add(String(name)), 'x') });
    for (const key of Object.keys(ROUTES) as RouteKey[]) (ROUTES[key].path as (p: object) => string)(probe);
    for (const name of names) expect(name in ID_PARAMETERS || name in CLOSED_PARAMETERS, name).toBe(true);
    // Every facet value a list is built for is among the closed values.
    for (const r of allRoutes(two).filter((r) => r.key === 'facet')) expect(CLOSED_PARAMETERS.value).toContain((r.params as { value: string }).value);
  });
});
