import { describe, expect, it } from 'vitest';
import { projectHistories } from '../../../src/lib/programme/history.ts';
import { historyIndex, historyPage } from '../../../src/lib/programme/history-page.ts';
import { fixtureAmount, fixtureCoverage, fixtureProgramme, fixtureProject } from '../../support/records.ts';

// Two years of one area; a project that continues, one that is new in 2018, one found in 2017 only.
const y2017 = fixtureProgramme({ id: 'testarea-2017', year: 2017, title: '测试区2017年民生工程' });
const y2018 = fixtureProgramme();
const inYear = <T extends { programme: string }>(record: T, programme: string): T => ({ ...record, programme });
const projects = [
  inYear(fixtureProject('care', { name: '养老服务补助', standing: 'new' }), y2017.id),
  fixtureProject('care', { name: '养老服务', standing: 'continued' }),
  inYear(fixtureProject('school', { standing: 'continued' }), y2017.id),
  fixtureProject('school', { standing: 'withdrawn' }),
  inYear(fixtureProject('once'), y2017.id),
];
const standards = [
  fixtureAmount('care-amount', 'care', { previous: { value: 45, year: 2017 }, current: { value: 50, year: 2018 }, per: '人', period: null }),
  fixtureCoverage('care-scope', 'care'),
];
const histories = projectHistories([y2018, y2017], projects, standards);

describe('historyPage', () => {
  it('heads the page with the latest name and lists one row per year, oldest first, with its links', () => {
    const page = historyPage(histories.get('care')!);
    expect(page.latest.name).toBe('养老服务');
    expect(page.rows.map((r) => [r.programme.year, r.project.name, r.programmePath, r.projectPath])).toEqual([
      [2017, '养老服务补助', 'testarea-2017/', 'testarea-2017/projects/care/'],
      [2018, '养老服务', 'testarea-2018/', 'testarea-2018/projects/care/'],
    ]);
  });

  it('states each year’s standards with their unit and signed change, formatted for the table', () => {
    const [y17, y18] = historyPage(histories.get('care')!).rows;
    expect(y17!.standards).toEqual([]);
    expect(y18!.standards).toEqual([
      { kind: 'amount', name: '标准care-amount', previous: 45, current: 50, unit: '元/人', percent: '+11.1%' },
      { kind: 'coverage', name: '范围care-scope', coverage: '全区' },
    ]);
  });

  it('refuses an empty history', () => {
    expect(() => historyPage([])).toThrow();
  });
});

describe('historyIndex', () => {
  it('has a column per programme, oldest first, and each project’s standing in each, by code', () => {
    const [section, ...others] = historyIndex(histories).sections;
    expect(others).toEqual([]);
    expect(section!.programmes.map((p) => p.id)).toEqual(['testarea-2017', 'testarea-2018']);
    expect(section!.rows).toEqual([
      { id: 'care', name: '养老服务', path: 'history/care/', standings: ['new', 'continued'] },
      { id: 'school', name: '项目school', path: 'history/school/', standings: ['continued', 'withdrawn'] },
    ]);
  });

  it('leaves a cell empty where a project is not in that programme', () => {
    const y2019 = fixtureProgramme({ id: 'testarea-2019', year: 2019 });
    const more = projectHistories([y2019, y2018, y2017], [...projects, inYear(fixtureProject('once'), y2019.id)], []);
    expect(historyIndex(more).sections[0]!.rows.find((r) => r.id === 'once')!.standings).toEqual(['implemented', null, 'implemented']);
  });

  it('gives each jurisdiction its own table, with only its own programmes as columns', () => {
    const other = (p: ReturnType<typeof fixtureProgramme>) => ({ ...p, id: p.id.replace('testarea', 'otherarea'), jurisdiction: '另一县', jurisdictionShort: '另一县' });
    const [o2017, o2018] = [other(y2017), other(y2018)];
    const both = projectHistories([y2018, o2018, y2017, o2017], [...projects, inYear(fixtureProject('care'), o2017.id), inYear(fixtureProject('care'), o2018.id)], []);
    const { sections } = historyIndex(both);
    expect(sections.map((s) => [s.jurisdiction, s.programmes.map((p) => p.id), s.rows.map((r) => r.path)])).toEqual([
      // Both start in 2017: the order of ids gives 另一县 the bare slug (src/lib/programme/history.ts).
      ['另一县', ['otherarea-2017', 'otherarea-2018'], ['history/care/']],
      [y2018.jurisdiction, ['testarea-2017', 'testarea-2018'], ['history/testarea/care/', 'history/school/']],
    ]);
  });

  it('is empty without histories', () => {
    expect(historyIndex(new Map())).toEqual({ sections: [] });
  });
});
