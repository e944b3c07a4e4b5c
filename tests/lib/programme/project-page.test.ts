import { describe, expect, it } from 'vitest';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { projectPage } from '../../../src/lib/programme/project-page.ts';
import { cite, fixtureAmount, fixtureCoverage, fixtureProgramme, fixtureProject } from '../../support/records.ts';

const SITE_BASE = 'https://example.gov.cn/minsheng/';
const programme = fixtureProgramme();
const FIXTURE = programme.id;
const projects = [
  fixtureProject('care', {
    name: '养老服务',
    standing: 'formed-by-merger',
    mergedFrom: ['old-care', 'home-care'],
    changes: [{ kind: 'raised', summary: '提高补助标准', citations: [cite('p9')] }],
    citations: [cite('p4')],
  }),
  fixtureProject('old-care', { name: '农村五保供养', standing: 'merged-away', mergedInto: 'care', citations: [cite('p3')] }),
  fixtureProject('home-care', { name: '居家养老', standing: 'merged-away', mergedInto: 'care' }),
  fixtureProject('books', { name: '城乡居民低保', standing: 'adjusted-out', movedTo: { project: 'school', citations: [cite('p10')] } }),
  fixtureProject('school', { name: '义务教育保障' }),
  fixtureProject('quiet', { name: '无变化项目', targets: [{ item: '凉亭', quantity: 11, unit: '个', action: '建成', year: 2018, citations: [cite('p12')] }] }),
  fixtureProject('lost', { name: '孤立项目', mergedInto: 'missing' }),
  fixtureProject('gone', { name: '老旧小区整治', standing: 'withdrawn', exitNote: '本年不再承担该项目任务。', citations: [cite('p21')] }),
  fixtureProject('routine', { name: '流通追溯', standing: 'adjusted-out', exitNote: '纳入部门常规工作开展。' }),
];
const standards = [fixtureCoverage('care-scope', 'care', { citations: [cite('p11')] }), fixtureAmount('care-amount', 'care', { citations: [cite('p1')] })];
const index = indexProgramme(programme, projects, standards);
const page = (id: string, historyKey: string | null = null) => projectPage(index, id, { siteBase: SITE_BASE, historyKey });

describe('projectPage', () => {
  it('links the projects merged into this one and those moved into it, by name, path and id', () => {
    const care = page('care');
    expect(care.predecessors).toEqual([
      { id: 'old-care', name: '农村五保供养', path: `${FIXTURE}/projects/old-care/` },
      { id: 'home-care', name: '居家养老', path: `${FIXTURE}/projects/home-care/` },
    ]);
    expect(page('school').movedIn).toEqual([{ id: 'books', name: '城乡居民低保', path: `${FIXTURE}/projects/books/` }]);
    expect(page('books').movedTo).toEqual({ id: 'school', name: '义务教育保障', path: `${FIXTURE}/projects/school/` });
    expect(page('old-care').mergedInto?.name).toBe('养老服务');
  });

  it('names a related project the programme lacks by its id, so that the link never reads empty', () => {
    expect(page('lost').mergedInto).toEqual({ id: 'missing', name: 'missing', path: `${FIXTURE}/projects/missing/` });
  });

  it('has changes when anything moves, and none only when nothing does', () => {
    expect(['care', 'old-care', 'books', 'school'].map((id) => page(id).noChanges)).toEqual([false, false, false, false]);
    expect(page('quiet').noChanges).toBe(true);
  });

  it('tells a project’s leaving as its change when no project here carries it on, and only then', () => {
    expect(page('gone').departure).toEqual({ standing: 'withdrawn', exitNote: '本年不再承担该项目任务。' });
    expect(page('routine').departure).toEqual({ standing: 'adjusted-out', exitNote: '纳入部门常规工作开展。' });
    expect([page('gone').noChanges, page('routine').noChanges]).toEqual([false, false]);
    // Merged away or moved: the change names where it went instead.
    expect(['old-care', 'books', 'care', 'quiet'].map((id) => page(id).departure)).toEqual([null, null, null, null]);
  });

  it('gives the page its path, absolute URL, data files and lead paragraph', () => {
    const care = page('care');
    expect(care.path).toBe(`${FIXTURE}/projects/care/`);
    expect(care.url).toBe(`${SITE_BASE}${FIXTURE}/projects/care/`);
    expect(care.files).toEqual({ json: `data/${FIXTURE}/projects/care.json`, csv: `data/${FIXTURE}/projects/care.csv` });
    // The lead paragraph holds the figure shown: the amount standard's (p1), not the list that names the project (p4).
    expect(care.lead).toEqual({ id: 'p1', number: '1', path: `${FIXTURE}/notice/#p1` });
  });

  it('lists a project’s standards as its data files do, amounts first and each kind by id, whatever the files’ order', () => {
    const files = [
      fixtureCoverage('b-scope', 'care'),
      fixtureAmount('z-amount', 'care', { citations: [cite('p7')] }),
      fixtureCoverage('a-scope', 'care'),
      fixtureAmount('m-amount', 'care', { citations: [cite('p5')] }),
    ];
    const shuffled = projectPage(indexProgramme(programme, projects, files), 'care', { siteBase: SITE_BASE, historyKey: null });
    expect(shuffled.standards.map((s) => s.id)).toEqual(['m-amount', 'z-amount', 'a-scope', 'b-scope']);
    // The lead paragraph is the first amount's in that order, not the first file's.
    expect(shuffled.lead.id).toBe('p5');
  });

  it('cites the paragraph that holds the figure shown: amount standard, else target, else the project', () => {
    expect(page('quiet').lead.id).toBe('p12');
    expect(page('school').lead.id).toBe(page('school').project.citations[0]!.paragraph);
  });

  it('lists amount standards first and links the history page only where there is one', () => {
    expect(page('care').standards.map((s) => s.id)).toEqual(['care-amount', 'care-scope']);
    expect(page('quiet').standards).toEqual([]);
    expect(page('care').historyPath).toBeNull();
    expect(page('care', 'care').historyPath).toBe('history/care/');
    // Where another jurisdiction's history has the same slug, the key names the jurisdiction too.
    expect(page('care', 'cangnan/care').historyPath).toBe('history/cangnan/care/');
  });

  it('cites every fact on the page in paragraph order: the project, its changes, targets and standards', () => {
    expect(page('care').citations.map((c) => c.paragraph)).toEqual(['p1', 'p4', 'p9', 'p11']);
    expect(page('quiet').citations.map((c) => c.paragraph)).toEqual(['p2', 'p12']);
  });

  it('finds everyday words for the names of the projects it absorbed or took over too', () => {
    // 五保 is in 农村五保供养 (merged in), 低保 in 城乡居民低保 (moved in): their synonyms come along.
    expect(page('care').searchKeywords).toContain('五保户');
    expect(page('school').searchKeywords).toContain('低保户');
    expect(page('quiet').searchKeywords).toEqual([]);
  });

  it('refuses a project its programme does not have', () => {
    expect(() => page('nowhere')).toThrow(/nowhere/);
  });
});
