/**
 * The site-wide wording (siteTerms, siteT): the about, search and data pages and the data files
 * about every programme use the terms the programmes share, and neutral ones where they differ.
 * Also the parts of those pages worded from the content: the glossary, the method's example of
 * stated totals and the search filters.
 */
import { describe, expect, it } from 'vitest';
import { siteT, siteTerms } from '../../../src/lib/programme/wording.ts';
import { searchFilterControls } from '../../../src/lib/search/filter-controls.ts';
import { glossaryEntries, standingExplanation } from '../../../src/lib/site/glossary.ts';
import { statedTotalsExample } from '../../../src/lib/site/method.ts';
import type { Programme } from '../../../src/schemas/programme.ts';
import { cite, fixtureProgramme, fixtureProject } from '../../support/records.ts';

/** A district's 民生工程 通知, with levels (the fixture's default). */
const district = (fields: Record<string, unknown> = {}): Programme => fixtureProgramme(fields);
/** A county's 民生实事 公告 without levels, naming itself by no self-reference. */
const county = (fields: Record<string, unknown> = {}): Programme =>
  fixtureProgramme({
    id: 'county-2018',
    jurisdiction: '测试市测试县',
    jurisdictionShort: '测试县',
    terms: { programmeKind: '民生实事', localArea: null },
    jurisdictionKind: 'county',
    document: { type: 'announcement', issuer: null, issuerKind: null, citations: [cite('p1')] },
    levels: [],
    statedTotals: { all: 10, allCitations: [cite('p2')] },
    ...fields,
  });

describe('siteTerms', () => {
  it('is the programmes’ own terms where they all share them', () => {
    expect(siteTerms([district()])).toEqual({ programmeKind: '民生工程', documentKind: '通知', localArea: '本区' });
    expect(siteTerms([county()])).toEqual({ programmeKind: '民生实事', documentKind: '公告', localArea: '测试县' });
    expect(siteTerms([county(), county({ id: 'county-2019', year: 2019 })])).toEqual({ programmeKind: '民生实事', documentKind: '公告', localArea: '测试县' });
  });

  it('is neutral, term by term, where the programmes differ, the area named by the jurisdictions', () => {
    expect(siteTerms([district(), county()])).toEqual({ programmeKind: '民生项目', documentKind: '公布文件', localArea: '测试区、测试县' });
    // Only the terms that differ are neutral.
    expect(siteTerms([district(), county({ terms: { programmeKind: '民生工程', localArea: null } })])).toMatchObject({ programmeKind: '民生工程', documentKind: '公布文件' });
  });

  it('is neutral for a site without programmes', () => {
    expect(siteTerms([])).toEqual({ programmeKind: '民生项目', documentKind: '公布文件', localArea: '本地' });
  });

  it('words the site-wide messages through siteT', () => {
    expect(siteT([county()])('search.type.notice')).toBe('公告原文');
    expect(siteT([county()])('data.dataset.projects.title')).toBe('民生实事项目');
    expect(siteT([district()])('data.dataset.projects.title')).toBe('民生工程项目');
    expect(siteT([district(), county()])('data.dataset.programmes.title')).toBe('年度民生项目计划');
  });

  it('has the data page’s notes that speak of standings say nothing of them for a site without', () => {
    expect(siteT([district()])('data.file.projectsCsv.note')).toContain('调整退出');
    expect(siteT([county()], { standings: false })('data.file.projectsCsv.note')).toBe('每行是某一年度计划中的一个项目条目。');
    expect(siteT([county()], { standings: false })('data.page.examples.pythonCode', { csvUrl: 'a.csv', jsonUrl: 'a.json' })).not.toContain('merged_from');
  });
});

describe('the about page’s content-worded parts', () => {
  const sources = (text: string) => [{ paragraphs: [{ text }] }];

  it('explains only the terms the content uses', () => {
    const none = glossaryEntries({ programmes: [county()], projects: [fixtureProject('a', { level: null, standing: null })], sources: sources('现予公告。') }, siteT([county()]));
    expect(none).toEqual([]);
    const used = glossaryEntries(
      { programmes: [district()], projects: [fixtureProject('a', { standing: 'withdrawn' })], sources: sources('做到一旬一督查，一月一通报。') },
      siteT([district()]),
    );
    expect(used.map((g) => g.id)).toEqual(['minsheng', 'withdrawn', 'xun']);
    expect(used.find((g) => g.id === 'withdrawn')!.explanation).toBe('本区本年不再承担的项目任务。');
  });

  it('says of 调整退出 the level its projects have, in their programme’s label, and no level where they have none', () => {
    const explain = (programme: Programme, projects: ReturnType<typeof fixtureProject>[]) =>
      glossaryEntries({ programmes: [programme], projects, sources: sources('') }, siteT([programme])).find((g) => g.id === 'adjusted-out')?.explanation;
    const adjusted = (id: string, fields: Record<string, unknown>) => fixtureProject(id, { standing: 'adjusted-out', ...fields });
    expect(explain(district(), [adjusted('a', { level: 'municipal' })])).toBe('不再作为市级民生工程实施，改由其他项目或部门常规工作承担。');
    // A county's own label for the code, and its own term for the list.
    const countyWithLevels = county({ levels: [{ code: 'district', label: '县级' }] });
    expect(explain(countyWithLevels, [adjusted('a', { programme: 'county-2018', level: 'district' })])).toBe('不再作为县级民生实事实施，改由其他项目或部门常规工作承担。');
    // Without levels, or with projects of different levels, no level is claimed.
    expect(explain(county(), [adjusted('a', { programme: 'county-2018', level: null })])).toBe('不再作为民生实事实施，改由其他项目或部门常规工作承担。');
    expect(explain(district(), [adjusted('a', { level: 'municipal' }), adjusted('b', { level: 'district' })])).toBe('不再作为民生工程实施，改由其他项目或部门常规工作承担。');
    expect(explain(district(), [fixtureProject('a', { standing: 'continued' })])).toBeUndefined();
  });

  it("explains a project's standing beside it in the glossary's words, of the project's own level, and not a standing it does not explain", () => {
    const programme = district();
    const meaning = (fields: Record<string, unknown>) => standingExplanation(fixtureProject('a', fields), programme, siteT([programme]));
    expect(meaning({ standing: 'continued' })).toBe('上一年已经实施、本年继续实施的项目。');
    expect(meaning({ standing: 'merged-away' })).toBe(meaning({ standing: 'formed-by-merger' }));
    expect(meaning({ standing: 'adjusted-out', level: 'municipal' })).toBe('不再作为市级民生工程实施，改由其他项目或部门常规工作承担。');
    expect(meaning({ standing: 'new' })).toBeNull();
    expect(meaning({ standing: null })).toBeNull();
  });

  it('gives the stated totals of the content as the method’s example, in each programme’s own level labels', () => {
    expect(statedTotalsExample([county()])).toBe('（如共 10 项）');
    const levelled = district({
      levels: [
        { code: 'provincial', label: '省级' },
        { code: 'district', label: '县级' },
      ],
      statedTotals: {
        all: 5,
        allCitations: [cite('p1')],
        provincial: { decided: null, implemented: 3, breakdown: {}, citations: [cite('p1')] },
        district: { decided: null, implemented: 2, breakdown: {}, citations: [cite('p1')] },
      },
    });
    expect(statedTotalsExample([levelled])).toBe('（如省级 3 项、县级 2 项，共 5 项）');
    expect(statedTotalsExample([])).toBe('');
  });
});

describe('the search filters, given the content', () => {
  it('offers no level, standing or change filter for lists that state none, and names the document by its kind', () => {
    const controls = searchFilterControls(siteT([county()]), { programmes: [county()], projects: [fixtureProject('a', { level: null, standing: null })] });
    expect(controls.map((c) => c.key)).toEqual(['type']);
    expect(controls[0]!.options.find((o) => o.value === 'notice')!.label).toBe('公告原文');
  });

  it('offers the levels some programme declares, by the programmes’ own labels, and the standings used', () => {
    const own = district({ levels: [{ code: 'district', label: '县级' }] });
    const controls = searchFilterControls(siteT([own]), { programmes: [own], projects: [fixtureProject('a', { standing: 'new' })] });
    expect(controls.map((c) => c.key)).toEqual(['type', 'level', 'standing']);
    expect(controls[1]!.options).toEqual([{ value: 'district', label: '县级' }]);
    expect(controls[2]!.options).toEqual([{ value: 'new', label: '新增实施' }]);
  });
});
