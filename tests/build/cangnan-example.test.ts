/**
 * The 苍南县 2017 example (examples/cangnan-2017/, issue 15): a real list of the 民生 family that is
 * not Luyang's — a county's 县政府民生实事项目, chosen by its people's congress and published as the
 * presidium's 公告, without levels, standings, thematic headings or separate item names. The tree
 * validates with `npm run check` and builds with `CONTENT_DIR`, and the built site says what the
 * 公告 says and nothing it does not: 民生实事, 县, 公告; never 本区, 区级, 民生工程 or 通知, no level
 * and no standing, on any page or in any data file. The data model's documentation, which lists
 * every vocabulary for every programme (see MODEL_DOCUMENTATION), is worded neutrally (原文, 来源文件):
 * it too never says 民生工程, 通知, 本区 or 区级 but in naming a code's label.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { childEnvironment } from '../../src/config/environment.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { BUILD_TIMEOUT, ROOT, runBuild } from '../support/build-site.ts';
import { dataCsv } from '../support/built-data.ts';
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

/** A published file's name (relative to the built site) and text. */
interface Published {
  name: string;
  text: string;
}

/** The files of `dist` named, with their text. */
function published(dist: string, files: readonly string[]): Published[] {
  return files.map((file) => ({ name: relative(dist, file), text: readFileSync(file, 'utf8') }));
}

/**
 * Documentation of the data model that every programme of a site shares (the data dictionary and
 * the JSON Schemas): it lists every code of a vocabulary (省级, 区级 …) and describes the fields in
 * general terms, not what this 公告 says, so the wording checks leave it out. datapackage.json's
 * field descriptions are that documentation too; its own and its resources' titles are checked.
 */
const MODEL_DOCUMENTATION = ['data/dictionary/', 'data/schema/', 'data/datapackage.json'];
const isDocumentation = (file: Published) => MODEL_DOCUMENTATION.some((d) => file.name.startsWith(d));

/** datapackage.json without its resources' table schemas (the data dictionary's field descriptions). */
function packageWithoutFieldDocs(file: Published): Published {
  const pkg = JSON.parse(file.text) as { resources?: { schema?: unknown }[] };
  for (const resource of pkg.resources ?? []) delete resource.schema;
  return { name: `${file.name} (without resources' schema)`, text: JSON.stringify(pkg, null, 1) };
}

/**
 * Where `words` occur in `files`: one line per occurrence, naming the file and the text around it,
 * so that a failure says which page says what.
 */
function occurrences(files: readonly Published[], words: readonly (string | RegExp)[]): string[] {
  const found: string[] = [];
  for (const { name, text } of files) {
    for (const word of words) {
      const pattern = typeof word === 'string' ? new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(word.source, 'g');
      for (const m of text.matchAll(pattern)) {
        const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ');
        found.push(`${name}: ${m[0]} … ${around}`);
      }
    }
  }
  return found;
}

/** Each data set's description in the built site's catalog.jsonld, by the data set's identifier. */
function datasetDescriptions(dist: string): Record<string, string> {
  const catalog = JSON.parse(readFileSync(join(dist, 'data', 'catalog.jsonld'), 'utf8'));
  return Object.fromEntries(catalog['dcat:dataset'].map((d: Record<string, any>) => [d['dct:identifier'], d['dct:description']['@value']]));
}

/** The page's own content (its `<main>`), without the header, navigation and footer every page shares. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  expect(start, 'page has a <main>').toBeGreaterThanOrEqual(0);
  return html.slice(start, end);
}

/**
 * Where the documentation names a code of a vocabulary with its label (the document types: `notice 通知`,
 * `announcement 公告` …): every code the format has, whatever this site's content.
 */
const VOCABULARY_LABELS = [/notice 通知/g];

/** Wording the 公告 never uses and that a page of it must not either (Luyang's words, or words for what it does not state). */
const NOT_THE_SOURCES_WORDS = ['本区', '我区', '区级', '民生工程'];
/** Level labels and the level facet: the 公告 has no levels. */
const LEVEL_WORDS = ['省级', '市级', '区级', '县级', /data-pagefind-filter="level:/];
/** Standing labels (but 实施, which the 公告's own sentences use), the standing facet and the not-stated standing. */
const STANDING_WORDS = ['新增实施', '继续实施', '整合归并', '退出实施', '调整退出', '提标扩面', '本年情况', '本年有任何变化', /data-pagefind-filter="standing:/];

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
  /** Every HTML page but the model's documentation. */
  let pages: Published[] = [];
  /** What the build printed. */
  let log = '';
  beforeAll(() => {
    const build = runBuild({ CONTENT_DIR: CANGNAN_EXAMPLE });
    log = `${build.stdout}\n${build.stderr}`;
    if (build.status !== 0) throw new Error(`build failed (${build.status}):\n${log}`);
    dist = build.outDir;
    pages = published(dist, filesUnder(dist, ['.html'])).filter((f) => !isDocumentation(f));
  });
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('prints no warning of Astro’s, which an editor would read as a fault: the list has no standards, milestones, oversight or corrections, and that is valid', () => {
    expect(log).toContain('内容校验通过');
    expect(log.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });

  it('counts every item of the 公告 in projects.csv’s implemented column, as its total of 10 does', () => {
    const { rows } = dataCsv(dist, 'projects.csv');
    expect(rows.map((r) => r.implemented)).toEqual(Array(10).fill('true'));
  });

  it('describes the list by what the 公告 states: its items and their paragraphs, no standards or deadlines', () => {
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('苍南县2017年民生实事：逐项列出 10 个项目条目，含原文出处。');
    expect(page(CANGNAN_PROGRAMME)).toContain('<meta name="description" content="苍南县2017年民生实事：项目与原文出处。"');
    for (const text of [feed, page(CANGNAN_PROGRAMME)]) expect(text).not.toMatch(/补助标准、|时间节点与/);
  });

  it('catalogues its data sets by what the 公告 states: no levels, standings, changes, lineage, units, basis documents, deadlines or oversight', () => {
    expect(datasetDescriptions(dist)).toMatchObject({
      projects: '各年度计划中的全部项目条目：项目内容与原文出处。',
      programmes: '年度计划本身：公告全文段落与合计数。',
    });
    // The data page's note on programmes.json, worded for every site, does not claim them either.
    expect(mainOf(page('data'))).toContain('年度计划：公告全文（逐段）、公告载明的合计数，以及依据文件、时间节点与督查机制（公告载有时）。');
  });

  it('has one page per item, 10 in all', () => {
    const built = readdirSync(join(dist, CANGNAN_PROGRAMME, 'projects'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(dist, CANGNAN_PROGRAMME, 'projects', e.name, 'index.html')))
      .map((e) => e.name)
      .sort();
    expect(built).toEqual(projectIds);
    expect(built).toHaveLength(10);
  });

  it('names the programme as the 公告 does: 苍南县, 民生实事, 公告', () => {
    const overview = mainOf(page(CANGNAN_PROGRAMME));
    expect(overview).toContain('苍南县第十届人民代表大会第一次会议公告(第8号)');
    expect(overview).toContain('苍南县第十届人民代表大会第一次会议主席团');
    // In the site's own words too, not only in the 公告's title: the list is 民生实事, the document a 公告.
    expect(overview.replaceAll('苍南县第十届人民代表大会第一次会议公告(第8号)', '')).toContain('公告');
    expect(overview).toContain('民生实事');
    expect(mainOf(page(`${CANGNAN_PROGRAMME}/projects`))).toContain('苍南县2017年民生实事');
    // Each item page points to the paragraph of the 公告 it quotes, naming it so.
    for (const id of projectIds) expect(mainOf(page(`${CANGNAN_PROGRAMME}/projects/${id}`)), id).toContain('公告');
  });

  it("names no file of the generator's own repository to its readers, and ends the notice's link sentence", () => {
    const everything = published(dist, filesUnder(dist, ['.html', '.json', '.jsonld', '.csv', '.xml']));
    expect(everything.length).toBeGreaterThan(10);
    expect(occurrences(everything, ['shared/real-notices', 'docs/open-data.md', 'content/sources', /\.txt[：:]/])).toEqual([]);
    expect(mainOf(page(`${CANGNAN_PROGRAMME}/notice`))).toMatch(/原文链接<\/a>。<span data-pagefind-ignore>每段/);
  });

  it('shows the 公告 paragraph by paragraph, each anchored', () => {
    const notice = page(`${CANGNAN_PROGRAMME}/notice`);
    for (let n = 1; n <= 15; n++) expect(notice).toMatch(new RegExp(`id="p${n}"`));
    expect(notice).toContain('现予公告。');
    expect(notice).toContain('2017年2月20日');
    // Above it, the number and date the 公告 states, as the site's record of them.
    expect(notice).toContain('文号：第8号；发文日期：2017年2月20日。');
  });

  it('follows each item’s paragraph of the 公告, left as text, with a link to its page, and links no short title of the site’s as if the 公告 named it', () => {
    const notice = mainOf(page(`${CANGNAN_PROGRAMME}/notice`));
    const { content } = validateContent(readContent(contentDir));
    const links = [...notice.matchAll(/<a class="item-link[^"]*" href="\/cangnan-2017\/projects\/([^/]+)\/"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links.map(([id]) => id).sort()).toEqual(projectIds);
    for (const [id, text] of links) expect(text, id).toBe('查看此项详情');
    // Not in the 公告: a printed notice leaves the links out, as it does the ¶ links.
    expect(notice.match(/class="item-link no-print"/g)).toHaveLength(projectIds.length);
    // No other link to a project: the item's words are not underlined, and no title of the site's is linked.
    expect([...notice.matchAll(/<a [^>]*href="\/cangnan-2017\/projects\//g)]).toHaveLength(projectIds.length);
    for (const project of content.projects) {
      const paragraph = project.citations[0]!.paragraph;
      const html = notice.match(new RegExp(`<p id="${paragraph}">(.*?)</p>`, 's'))?.[1] ?? '';
      expect(html.startsWith(project.citations[0]!.quote), project.id).toBe(true);
      expect(html, project.id).toContain(`href="/cangnan-2017/projects/${project.id}/"`);
    }
    expect(notice).toContain('各项之后的“查看此项详情”链接到该项的页面。');
    expect(notice).not.toContain('文中提到的项目名称链接到项目页面');
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

  it('has no page for what the 公告 does not state: no standards or oversight page, chart, link or sitemap entry', () => {
    // The 公告 states no 补助标准, no 时间节点 and no 督查 mechanism.
    const { content } = validateContent(readContent(contentDir));
    expect([content.standards, content.milestones, content.oversight]).toEqual([[], [], []]);
    for (const missing of ['standards', 'oversight']) expect(existsSync(join(dist, CANGNAN_PROGRAMME, missing)), missing).toBe(false);
    // Nor any chart: the 公告 has no levels, standings, standards or deadlines to draw.
    const charts = join(dist, CANGNAN_PROGRAMME, 'charts');
    expect(existsSync(charts) ? readdirSync(charts) : []).toEqual([]);
    // No page links to them (navigation, overview, footer), the sitemap does not list them, and the search page offers no such type.
    const html = published(dist, filesUnder(dist, ['.html']));
    expect(occurrences(html, [/\/cangnan-2017\/(standards|oversight)\//, /data-nav="(standards|oversight)"/, /charts\/(standards|calendar)\.svg/])).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toMatch(/standards|oversight/);
    // Nor an empty 补助标准 column in the project list.
    expect(mainOf(page(`${CANGNAN_PROGRAMME}/projects`))).not.toContain('<th scope="col">补助标准</th>');
    // Nor a 补助标准 section on an item's page, saying on each that the 公告 leaves out a subsidy it never speaks of.
    for (const id of projectIds) expect(mainOf(page(`${CANGNAN_PROGRAMME}/projects/${id}`)), id).not.toMatch(/id="standards"|补助标准/);
    const types = [...page('search').matchAll(/<select id="search-filter-type"[^]*?<\/select>/g)].map((m) => m[0]).join('');
    expect([...types.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(['', 'project', 'notice', 'data', 'about']);
  });

  it('says nothing the 公告 does not: no 本区, 我区, 区级 or 民生工程 on any page', () => {
    expect(occurrences(pages, NOT_THE_SOURCES_WORDS)).toEqual([]);
  });

  it('calls the document a 公告, never a 通知', () => {
    expect(occurrences(pages, ['通知'])).toEqual([]);
  });

  it('claims no level and no standing on any page', () => {
    expect(occurrences(pages, LEVEL_WORDS)).toEqual([]);
    expect(occurrences(pages, STANDING_WORDS)).toEqual([]);
  });

  it('documents its data model (JSON Schemas, data dictionary, datapackage, catalogue) in neutral words, not Luyang’s', () => {
    const documentation = published(dist, filesUnder(dist, ['.html', '.json', '.jsonld']))
      .filter((f) => isDocumentation(f) || f.name === 'data/catalog.jsonld' || f.name.startsWith('about/'))
      .map((f) => ({ ...f, text: VOCABULARY_LABELS.reduce((text, label) => text.replace(label, ''), f.text) }));
    expect(documentation.map((f) => f.name)).toEqual(expect.arrayContaining(['data/dictionary/index.html', 'data/datapackage.json', 'data/schema/programmes.schema.json']));
    expect(occurrences(documentation, [...NOT_THE_SOURCES_WORDS, '通知', '市级'])).toEqual([]);
  });

  it('names no other jurisdiction in its documentation, and its about page neither lists basis documents it has none of nor calls its stated date unstated', () => {
    const documentation = published(dist, filesUnder(dist, ['.html', '.json'])).filter((f) => isDocumentation(f) || f.name.startsWith('about/') || f.name === 'data/index.html');
    expect(occurrences(documentation, ['庐阳', '合肥', 'luyang', '元”、对象'])).toEqual([]);
    const about = mainOf(page('about'));
    expect(about).toContain('苍南县第十届人民代表大会第一次会议公告(第8号)</a>（');
    expect(about).not.toContain('依据文件');
    expect(about).not.toContain('发文日期');
    // The item pages say who issued the 公告 in a verb that fits it (a 主席团 发布s a 公告; 印发 is an office's).
    expect(mainOf(page(`${CANGNAN_PROGRAMME}/projects/${projectIds[0]}`))).toContain('本公告由苍南县第十届人民代表大会第一次会议主席团发布。');
  });

  it('publishes no such wording in its data files, charts and feed either', () => {
    const files = published(dist, filesUnder(dist, ['.csv', '.json', '.jsonld', '.xml', '.svg']));
    const data = [...files.filter((f) => !isDocumentation(f)), packageWithoutFieldDocs(files.find((f) => f.name === 'data/datapackage.json')!)];
    expect(data.length).toBeGreaterThan(10);
    expect(occurrences(data, [...NOT_THE_SOURCES_WORDS, '省级', '市级', '县级', '新增实施', '继续实施', '通知'])).toEqual([]);
  });
});

describe('Luyang 2017 beside it: a 通知 that states standards and deadlines', () => {
  const dist = inject('distRoot');
  const home = readFileSync(join(dist, 'index.html'), 'utf8');

  it('keeps its standards and oversight pages, their links and their sitemap entries', () => {
    for (const kept of ['standards', 'oversight']) {
      expect(existsSync(join(dist, 'luyang-2017', kept, 'index.html')), kept).toBe(true);
      expect(home, kept).toContain(`href="/luyang-2017/${kept}/" data-nav="${kept}"`);
      expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), kept).toContain(`/luyang-2017/${kept}/</loc>`);
    }
    expect(mainOf(home)).toContain('href="/luyang-2017/oversight/"');
    for (const chart of ['standards', 'calendar']) expect(existsSync(join(dist, 'luyang-2017', 'charts', `${chart}.svg`)), chart).toBe(true);
    expect(readFileSync(join(dist, 'luyang-2017', 'projects', 'index.html'), 'utf8')).toContain('<th scope="col">补助标准</th>');
    // Each project page has the section, saying so where the 通知 states no standard for the project.
    for (const id of ['fitness-facilities', 'employment-support']) {
      expect(readFileSync(join(dist, 'luyang-2017', 'projects', id, 'index.html'), 'utf8'), id).toMatch(/<h2 id="standards"[^>]*>补助标准<\/h2>/);
    }
  });

  // No units: the one the 通知 names (区商旅局) it names for routine work after a project left the list, with no role.
  it('catalogues its data sets with what its 通知 states: levels, standings, changes, lineage, basis documents, deadlines and oversight', () => {
    expect(datasetDescriptions(dist)).toMatchObject({
      projects: '各年度计划中的全部项目条目：项目内容、层级、本年情况、变化、沿革与原文出处。',
      programmes: '年度计划本身：通知全文段落、依据文件、合计数、时间节点与督查机制。',
    });
  });

  it('names the documents its 通知 rests on, on the about page', () => {
    expect(mainOf(readFileSync(join(dist, 'about', 'index.html'), 'utf8'))).toMatch(/依据文件：[^<\s]/);
  });
});
