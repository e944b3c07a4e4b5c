/**
 * A site serving several jurisdictions: every page of a programme navigates within that programme,
 * the home page offers the choice of jurisdictions, a project slug used in two jurisdictions makes
 * two histories, never one, and no overview shows an empty chart.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { allRoutes, ROUTES } from '../../src/lib/site/routes.ts';
import { BUILD_TIMEOUT, runBuild } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { findBrokenLinks } from '../support/links.ts';
import { navLinks, PROGRAMME_ENTRIES, programmeNavigationProblems } from '../support/programme-navigation.ts';
import { NON_PAGE_FOLDERS } from '../../src/lib/site/site-folders.ts';

/**
 * Turns a written programme into a list without levels or standings, as a county's 民生实事 list
 * is (MODEL-SPEC: `levels: []`, every project's level and standing null).
 */
function withoutLevels(contentDir: string, programme: string): void {
  const dir = join(contentDir, 'programmes', programme);
  const edit = (file: string, change: (record: Record<string, unknown>) => void) => {
    const record = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    change(record);
    writeFileSync(file, stringify(record));
  };
  edit(join(dir, 'programme.yaml'), (p) => {
    p.levels = [];
    p.statedTotals = { ...(p.statedTotals as object), provincial: null, municipal: null, district: null };
  });
  // One list under one heading, numbered 1, 2, 3 … as such a list is (the levels' own numbers would repeat).
  for (const [i, f] of readdirSync(join(dir, 'projects')).sort().entries()) {
    edit(join(dir, 'projects', f), (p) => {
      p.level = null;
      p.standing = null;
      p.order = i + 1;
    });
  }
}

describe('a site of three jurisdictions, two of them with the same project slugs', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = copyLuyangExample();
  // Two synthetic districts of two years each, with the same slugs (syn-provincial-1 …): the
  // slugs must not join across them. Luyang (one year) is the third jurisdiction.
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [3, 2, 2] });
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 2, 2] });
  // 另一区 starts a year later: 测试区's histories keep their bare-slug URLs, 另一区's are named after it.
  writeSyntheticProgramme(contentDir, { id: 'other-2031', year: 2031, perLevel: [2, 1, 1], district: '另一区' });
  writeSyntheticProgramme(contentDir, { id: 'other-2032', year: 2032, perLevel: [2, 1, 1], district: '另一区' });
  // 另一区's lists, like a county's 民生实事 list, have neither levels nor standings.
  for (const id of ['other-2031', 'other-2032']) withoutLevels(contentDir, id);
  const { content, problems } = validateContent(readContent(contentDir));
  const build = runBuild({ CONTENT_DIR: contentDir });
  const dist = build.outDir;
  const pages = build.status === 0 ? listSitePages(dist, NON_PAGE_FOLDERS) : [];
  const html = new Map(pages.map((p) => [p.path, readFileSync(p.file, 'utf8')]));
  const page = (path: string) => {
    const text = html.get(path);
    if (text === undefined) throw new Error(`no page ${path}`);
    return text;
  };
  // Each built page's route, from the route table (no page kind is guessed from its path).
  const routes = content ? allRoutes(content).filter((r) => ROUTES[r.key].format === 'page') : [];

  it('builds', () => {
    expect(problems).toEqual([]);
    expect(build.status, build.stderr).toBe(0);
  });

  it('has no broken link: the choice of jurisdictions and the histories named after their jurisdiction are where the links say', () => {
    expect(findBrokenLinks(dist, '/')).toEqual([]);
  });

  it('links every page of a programme to that programme’s own pages, never to another programme', () => {
    const { problems, checked, kinds } = programmeNavigationProblems(dist, content);
    expect(problems).toEqual([]);
    // Every kind of programme page was looked at, for every programme.
    expect(kinds).toEqual(['facet', 'group', 'notice', 'oversight', 'programme', 'programmeData', 'project', 'projects', 'standards', 'topic'].sort());
    expect(checked).toBeGreaterThan(4 * 5 * 10);
  });

  it('offers the choice of jurisdictions on the home page, each with its programmes by year', () => {
    const home = page('');
    const choice = /<section id="jurisdictions"[^>]*>([^]*?)<\/section>\s*<\/main>/.exec(home)?.[1] ?? '';
    expect(choice).toContain('选择地区');
    const headings = [...choice.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings.sort()).toEqual(['合成测试市另一区', '合成测试市测试区', '合肥市庐阳区'].sort());
    const links = [...choice.matchAll(/<a href="\/([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(expect.arrayContaining(['luyang-2017/', 'synthetic-2031/', 'synthetic-2030/', 'other-2032/', 'other-2031/']));
    // Newest first within a jurisdiction.
    expect(links.indexOf('other-2032/')).toBeLessThan(links.indexOf('other-2031/'));
    // No single programme's overview stands for the whole site.
    expect(home).not.toContain('id="glance"');
  });

  it('leads the programme entries of site-wide pages to that choice, not to an arbitrary programme', () => {
    for (const path of ['', 'about/', 'search/', 'data/', 'data/dictionary/', 'history/']) {
      const links = navLinks(page(path));
      expect(PROGRAMME_ENTRIES.map((key) => [path, links.get(key)])).toEqual(PROGRAMME_ENTRIES.map(() => [path, '/#jurisdictions']));
    }
  });

  it('never joins a slug’s records across jurisdictions', () => {
    const histories = routes.filter((r) => r.key === 'history').map((r) => r.path);
    expect(histories).toEqual(expect.arrayContaining(['history/syn-provincial-1/', 'history/other/syn-provincial-1/']));
    for (const path of histories) {
      const main = /<main[^>]*>([^]*)<\/main>/.exec(page(path))?.[1] ?? '';
      const programmes = new Set([...main.matchAll(/href="\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!.replace(/-\d{4}$/, '')));
      expect([path, [...programmes]]).toEqual([path, [path.startsWith('history/other/') ? 'other' : 'synthetic']]);
    }
    // Each project page links to its own jurisdiction's history.
    expect(page('other-2032/projects/syn-provincial-1/')).toContain('href="/history/other/syn-provincial-1/"');
    expect(page('synthetic-2031/projects/syn-provincial-1/')).toContain('href="/history/syn-provincial-1/"');
    // A history page's navigation follows its jurisdiction's newest programme.
    expect(navLinks(page('history/other/syn-provincial-1/')).get('projects')).toBe('/other-2032/projects/');
    // The index has one table per jurisdiction, each with only its own years as columns.
    const index = page('history/');
    expect(index).toMatch(/<h2[^>]*>合成测试市测试区<\/h2>[^]*<h2[^>]*>合成测试市另一区<\/h2>|<h2[^>]*>合成测试市另一区<\/h2>[^]*<h2[^>]*>合成测试市测试区<\/h2>/);
  });

  it('shows no empty chart on the home page nor on any programme’s overview', () => {
    for (const path of ['', ...content!.programmes.map((p) => `${p.id}/`)]) {
      expect([path, page(path).includes('class="no-data"')]).toEqual([path, false]);
      expect([path, page(path).includes('暂无数据')]).toEqual([path, false]);
    }
    // The synthetic programmes have no lineage: their overview draws no lineage chart.
    expect(page('synthetic-2030/')).not.toContain('id="figure-lineage"');
    expect(page('luyang-2017/')).toContain('id="figure-lineage"');
  });

  it('shows no level counts, level table or level chart for a list without levels', () => {
    const overview = page('other-2032/');
    for (const absent of ['id="figure-levels"', 'id="figure-funnel"', '/projects/level/', 'id="chart-levels"'])
      expect([absent, overview.includes(absent)]).toEqual([absent, false]);
    // Its items are counted all the same, as listed: it states no standing, so nothing is said to be carried out.
    expect(overview).toMatch(/<span class="n">4<\/span>/);
    expect(overview).toContain('本年所列项目');
    expect(overview).not.toContain('本年实施项目');
    expect(page('synthetic-2031/')).toContain('id="figure-levels"');
    // Its year-on-year page has no level or standing column.
    const history = /<thead>([^]*?)<\/thead>/.exec(page('history/other/syn-provincial-1/'))?.[1] ?? '';
    expect(history).not.toContain('>层级<');
    expect(/<thead>([^]*?)<\/thead>/.exec(page('history/syn-provincial-1/'))?.[1]).toContain('>层级<');
  });
});
