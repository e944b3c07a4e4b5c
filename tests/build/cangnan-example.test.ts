/**
 * The 苍南县 2017 example (examples/cangnan-2017/, issue 15): a real list of the 民生 family that is
 * not Luyang's — a county's 县政府民生实事项目, chosen by its people's congress and published as the
 * presidium's 公告, without levels, standings, thematic headings or separate item names. The tree
 * validates with `npm run check` and builds with `CONTENT_DIR`, and the built site says what the
 * 公告 says and nothing it does not: 民生实事, 县, 公告; never 本区, 区级, 民生工程 or 通知, no level
 * and no standing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnvironment } from '../../src/config/environment.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { BUILD_TIMEOUT, buildOrThrow, ROOT } from '../support/build-site.ts';
import { CANGNAN_EXAMPLE, CANGNAN_PROGRAMME, exampleDir, projectIdsOf } from '../support/example-content.ts';

const contentDir = exampleDir(CANGNAN_EXAMPLE);
const projectIds = projectIdsOf(contentDir, CANGNAN_PROGRAMME);

/** Every file under `dir` whose name ends with one of `extensions`, as absolute paths. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && extensions.some((e) => entry.name.endsWith(e))) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/**
 * Where `words` occur in `files`: one line per occurrence, naming the file (relative to `dist`) and
 * the text around it, so that a failure says which page says what.
 */
function occurrences(dist: string, files: readonly string[], words: readonly (string | RegExp)[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const word of words) {
      const pattern = typeof word === 'string' ? new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(word.source, 'g');
      for (const m of text.matchAll(pattern)) {
        const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ');
        found.push(`${relative(dist, file)}: ${m[0]} … ${around}`);
      }
    }
  }
  return found;
}

/** Wording the 公告 never uses and that a page of it must not either (Luyang's words, or words for what it does not state). */
const NOT_THE_SOURCES_WORDS = ['本区', '我区', '区级', '民生工程'];
/** Level labels and the level facet: the 公告 has no levels. */
const LEVEL_WORDS = ['省级', '市级', '区级', '县级', /data-pagefind-filter="level:/];
/** Standing labels (but 实施, which the 公告's own sentences use), the standing facet and the not-stated standing. */
const STANDING_WORDS = ['新增实施', '继续实施', '整合归并', '退出实施', '调整退出', '提标扩面', '本年情况', '本年有变化', /data-pagefind-filter="standing:/];

describe('the Cangnan 2017 example content tree', () => {
  it('passes `npm run check`', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
      cwd: ROOT,
      env: childEnvironment({ CONTENT_DIR: CANGNAN_EXAMPLE }),
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
    });
    expect(r.stderr + r.stdout).toContain('内容校验通过');
    expect(r.status).toBe(0);
  });

  it('holds the 公告 as it is: one programme of 10 items, cited, with no level, standing, category or unit', () => {
    const { content, problems } = validateContent(readContent(contentDir));
    expect(problems).toEqual([]);
    expect(content.programmes.map((p) => p.id)).toEqual([CANGNAN_PROGRAMME]);
    const programme = content.programmes[0]!;
    expect(programme).toMatchObject({
      jurisdiction: '苍南县',
      jurisdictionKind: 'county',
      terms: { programmeKind: '民生实事', localArea: null },
      document: { type: 'announcement', issuer: '苍南县第十届人民代表大会第一次会议主席团', issuerKind: 'congress-presidium' },
      status: 'published',
      levels: [],
      categories: [],
      statedTotals: { all: 10, provincial: null, municipal: null, district: null },
    });
    const projects = content.projects.filter((p) => p.programme === CANGNAN_PROGRAMME);
    expect(projects.map((p) => p.id).sort()).toEqual(projectIds);
    expect(projects).toHaveLength(10);
    expect(projects.map((p) => p.order).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const project of projects) {
      expect(project, project.id).toMatchObject({ nameOrigin: 'editorial', level: null, standing: null, category: null, units: [] });
      // The item's whole sentence is its description, and its one citation quotes it with its ordinal.
      expect(project.citations, project.id).toHaveLength(1);
      expect(project.citations[0]!.quote.endsWith(project.description!), project.id).toBe(true);
    }
    const targets = projects.flatMap((p) => p.targets.map((target) => ({ project: p.id, ...target })));
    expect(targets.find((x) => x.item === '普惠性幼儿园')).toMatchObject({ quantity: 45, unit: '所', qualifier: 'above', measure: 'count' });
    expect(targets.find((x) => x.item === '养老服务补贴')).toMatchObject({ measure: 'share', quantity: 2.5, unit: '%', qualifier: 'at-least', reference: '老年人' });
    expect(targets.find((x) => x.item === '改造面积')).toMatchObject({ quantity: 30000, unit: '平方米', action: null });
  });
});

describe('the Cangnan 2017 example, built with CONTENT_DIR', { timeout: BUILD_TIMEOUT }, () => {
  let dist = '';
  let pages: string[] = [];
  beforeAll(() => {
    dist = buildOrThrow({ CONTENT_DIR: CANGNAN_EXAMPLE });
    pages = filesUnder(dist, ['.html']);
  });
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('has one page per item, 10 in all', () => {
    const built = readdirSync(join(dist, CANGNAN_PROGRAMME, 'projects'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, CANGNAN_PROGRAMME, 'projects', e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
    expect(built).toEqual(projectIds);
    expect(built).toHaveLength(10);
  });

  it('names the programme as the 公告 does: 苍南县, 民生实事, 公告', () => {
    const overview = page(CANGNAN_PROGRAMME);
    expect(overview).toContain('苍南县2017年民生实事');
    expect(overview).toContain('苍南县第十届人民代表大会第一次会议公告(第8号)');
    expect(overview).toContain('苍南县第十届人民代表大会第一次会议主席团');
    expect(overview).toContain('公告');
    for (const id of projectIds) expect(page(`${CANGNAN_PROGRAMME}/projects/${id}`), id).toContain('苍南县2017年民生实事');
  });

  it('shows the 公告 paragraph by paragraph, each anchored', () => {
    const notice = page(`${CANGNAN_PROGRAMME}/notice`);
    for (let n = 1; n <= 15; n++) expect(notice).toMatch(new RegExp(`id="p${n}"`));
    expect(notice).toContain('现予公告。');
    expect(notice).toContain('2017年2月20日');
  });

  it('quotes each item whole on its page and marks its short title as the site’s own', () => {
    const { content } = validateContent(readContent(contentDir));
    for (const project of content.projects) {
      const html = page(`${CANGNAN_PROGRAMME}/projects/${project.id}`);
      expect(html, project.id).toContain(project.name);
      expect(html, project.id).toContain(project.description!);
      expect(html, project.id).toContain('本站拟定标题');
    }
  });

  it('says nothing the 公告 does not: no 本区, 我区, 区级 or 民生工程 on any page', () => {
    expect(occurrences(dist, pages, NOT_THE_SOURCES_WORDS)).toEqual([]);
  });

  it('calls the document a 公告, never a 通知', () => {
    expect(occurrences(dist, pages, ['通知'])).toEqual([]);
  });

  it('claims no level and no standing on any page', () => {
    expect(occurrences(dist, pages, LEVEL_WORDS)).toEqual([]);
    expect(occurrences(dist, pages, STANDING_WORDS)).toEqual([]);
  });

  it('publishes no such wording in its data files, charts and feed either', () => {
    const data = filesUnder(dist, ['.csv', '.json', '.jsonld', '.xml', '.svg']);
    expect(data.length).toBeGreaterThan(0);
    expect(occurrences(dist, data, [...NOT_THE_SOURCES_WORDS, '省级', '市级', '县级', '新增实施', '继续实施', '通知'])).toEqual([]);
  });
});
