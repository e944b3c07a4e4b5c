/** The content model of the whole 民生 family (issue 15): its schemas' defaults and refusals, and its cross-checks. */
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/lib/content/checks/references.ts';
import { reconcileTotals } from '../../../src/lib/content/checks/totals.ts';
import type { ContentSet } from '../../../src/lib/content/content-set.ts';
import { targetLabel } from '../../../src/lib/open-data/target-label.ts';
import { isImplemented, tallyProgramme } from '../../../src/lib/programme/counts.ts';
import { levelLabel } from '../../../src/lib/programme/levels.ts';
import { programmeNames } from '../../../src/lib/programme/names.ts';
import { programmeT } from '../../../src/lib/programme/wording.ts';
import { programmeSchema, type Programme } from '../../../src/schemas/programme.ts';
import { projectSchema, targetSchema, type Project } from '../../../src/schemas/project.ts';
import { cite, fixtureAmount, fixtureProgramme, fixtureProject, FIXTURE_SOURCE } from '../../support/records.ts';

/** A county's programme without levels: a 民生实事 公告 with two categories. */
const county = (fields: Record<string, unknown> = {}): Programme =>
  fixtureProgramme({
    jurisdiction: '测试市测试县',
    jurisdictionShort: '测试县',
    terms: { programmeKind: '民生实事', localArea: null },
    jurisdictionKind: 'county',
    document: { type: 'announcement', issuer: '测试县人民代表大会主席团', issuerKind: 'congress-presidium', citations: [cite('p1')] },
    levels: [],
    categories: [
      { id: 'employment', name: '促进就业', order: 1, statedCount: 2, citations: [cite('p3')] },
      { id: 'social-security', name: '社会保障', order: 2, statedCount: null, citations: [cite('p6')] },
    ],
    statedTotals: { all: 3, allCitations: [cite('p2')] },
    ...fields,
  });

/** A project of a list without levels or standings. */
const item = (id: string, fields: Record<string, unknown> = {}): Project => fixtureProject(id, { level: null, standing: null, nameOrigin: 'editorial', ...fields });

/** A content set of one programme and its projects, as the cross-checks read it. */
function contentSet(programme: Programme, projects: Project[]): ContentSet {
  const at = <T extends object>(r: T, file: string) => ({ ...r, file });
  return {
    site: null,
    programmes: [at(programme, `programmes/${programme.id}/programme.yaml`)],
    projects: projects.map((p) => at(p, `programmes/${p.programme}/projects/${p.id}.yaml`)),
    standards: [],
    milestones: [],
    oversight: [],
    sources: [{ id: FIXTURE_SOURCE, title: '测试', programme: programme.id, provenance: '测试用文本', url: null, paragraphs: [], file: `sources/${FIXTURE_SOURCE}.mdx` }],
    corrections: [],
  } as unknown as ContentSet;
}

describe('the schemas of the family', () => {
  it('default a programme to published, without levels, categories or headline', () => {
    const p = programmeSchema.parse({ ...fixtureProgramme(), status: undefined, levels: undefined, categories: undefined, headline: undefined });
    expect(p).toMatchObject({ status: 'published', levels: [], categories: [], headline: null });
    expect(p.statedTotals).toMatchObject({ provincial: null, municipal: null, district: null });
  });

  it('refuse a repeated level code or category id, and a programme without its terms', () => {
    const base = fixtureProgramme();
    expect(programmeSchema.safeParse({ ...base, levels: [...base.levels, { code: 'district', label: '县级' }] }).success).toBe(false);
    const category = { id: 'a', name: '甲', order: 1, statedCount: null, citations: [cite('p3')] };
    expect(programmeSchema.safeParse({ ...base, categories: [category, { ...category, order: 2 }] }).success).toBe(false);
    const { terms: _terms, ...withoutTerms } = base;
    expect(programmeSchema.safeParse(withoutTerms).success).toBe(false);
    expect(programmeSchema.safeParse({ ...base, issuingBody: '区政府' }).success).toBe(false);
  });

  it('default a project to no level, no standing, no category, the source’s name and no units', () => {
    const p = projectSchema.parse({ id: 'a', programme: 'testarea-2018', name: '甲', order: 1, description: null, citations: [cite('p2')] });
    expect(p).toMatchObject({ level: null, standing: null, category: null, nameOrigin: 'source', units: [] });
    expect(projectSchema.safeParse({ ...p, responsibleBody: { name: '区民政局', citations: [cite('p2')] } }).success).toBe(false);
    expect(projectSchema.safeParse({ ...p, units: [{ name: '市人社局', role: 'leader', citations: [cite('p2')] }] }).success).toBe(false);
  });

  it('default a target to a plain count, and refuse a range whose upper end is not above its lower', () => {
    const target = targetSchema.parse({ item: '道路', quantity: 10, unit: '条', citations: [cite('p2')] });
    expect(target).toMatchObject({ measure: 'count', action: null, quantityMax: null, qualifier: null, reference: null, year: null });
    expect(targetSchema.safeParse({ ...target, quantityMax: 10 }).success).toBe(false);
    expect(targetSchema.safeParse({ ...target, quantityMax: 15 }).success).toBe(true);
    expect(targetSchema.safeParse({ ...target, qualifier: 'more-than' }).success).toBe(false);
  });

  it('accept an amount stated with no previous value', () => {
    expect(fixtureAmount('s', 'a', { previous: null })).toMatchObject({ previous: null, current: { value: 800 } });
  });
});

describe('targets written as the sources write them', () => {
  const phrase = (fields: Record<string, unknown>) => targetLabel(targetSchema.parse({ citations: [cite('p2')], ...fields }));
  it('places number, unit, qualifier and reference in the source’s patterns', () => {
    expect(phrase({ item: '全民健身苑', action: '建成', quantity: 11, unit: '个', year: 2017 })).toBe('2017年建成11个全民健身苑');
    expect(phrase({ item: '困难职工帮扶', action: '开展', quantity: 286, unit: '人次', qualifier: 'at-least' })).toBe('开展不少于286人次困难职工帮扶');
    expect(phrase({ item: '普惠性幼儿园', action: '新增', quantity: 45, unit: '所', qualifier: 'above' })).toBe('新增45所以上普惠性幼儿园');
    expect(phrase({ item: '农村低保标准年均增幅', measure: 'rate', quantity: 4.5, unit: '%', qualifier: 'at-least' })).toBe('农村低保标准年均增幅不低于4.5%');
    expect(phrase({ item: '特困人员基本生活标准', measure: 'multiple', quantity: 1.3, unit: '倍', qualifier: 'at-least', reference: '当地最低生活保障标准' })).toBe(
      '特困人员基本生活标准不低于当地最低生活保障标准的1.3倍',
    );
    expect(phrase({ item: '养老服务补贴', action: '享有', measure: 'share', quantity: 2.5, unit: '%', qualifier: 'at-least', reference: '老年人' })).toBe(
      '不少于2.5%的老年人享有养老服务补贴',
    );
    expect(phrase({ item: '幼儿园', action: '新建', quantity: 10, quantityMax: 15, unit: '所' })).toBe('新建10—15所幼儿园');
    expect(phrase({ item: '社区达到充分就业社区标准', quantity: 70, unit: '个', qualifier: 'strive' })).toBe('力争70个社区达到充分就业社区标准');
  });
});

describe('levels, categories and units against their programme', () => {
  const problems = (programme: Programme, projects: Project[]) => checkReferences(contentSet(programme, projects)).map((p) => `${p.entry} ${p.field}: ${p.message}`);

  it('accepts a list without levels whose projects have none, in declared categories', () => {
    expect(problems(county(), [item('a', { category: 'employment' }), item('b', { category: 'employment' }), item('c')])).toEqual([]);
  });

  it('refuses a level in a list without levels, a level the programme does not declare, and a missing level where it has levels', () => {
    expect(problems(county(), [item('a', { level: 'district' })])).toEqual([
      'a level: 本计划没有层级（levels 为空），请把 level 写作 null / the programme has no levels: set level to null',
    ]);
    const twoLevels = fixtureProgramme({
      levels: [
        { code: 'municipal', label: '市级' },
        { code: 'district', label: '县级' },
      ],
    });
    expect(problems(twoLevels, [fixtureProject('a', { level: 'provincial' })])[0]).toMatch(/^a level: 层级 “provincial” 不在本计划的 levels 中（municipal、district）/);
    expect(problems(twoLevels, [fixtureProject('a', { level: null })])[0]).toMatch(/^a level: 本计划分层级，请填写 level/);
  });

  it('refuses a category the programme does not declare', () => {
    expect(problems(county(), [item('a', { category: 'housing' })])).toEqual(['a category: 引用的分类 “housing” 不存在 / category refers to a missing category']);
  });

  it('labels a level as the programme does', () => {
    const p = fixtureProgramme({ levels: [{ code: 'district', label: '市级实事项目延伸至本区' }] });
    expect(levelLabel(p, 'district')).toBe('市级实事项目延伸至本区');
    expect(levelLabel(p, null)).toBeNull();
  });
});

describe('stated totals of categories and of drafts', () => {
  const located = (p: Programme) => ({ ...p, file: `programmes/${p.id}/programme.yaml` });
  const three = [item('a', { category: 'employment' }), item('b', { category: 'employment' }), item('c', { category: 'social-security' })];

  it('counts a project without a standing as carried out', () => {
    expect(isImplemented(item('a'))).toBe(true);
    expect(tallyProgramme(three).implemented).toBe(3);
    expect(reconcileTotals(located(county()), three)).toEqual([]);
  });

  it('refuses a category whose stated count its projects do not match', () => {
    const problems = reconcileTotals(located(county()), [item('a', { category: 'employment' }), item('c', { category: 'social-security' }), item('d')]);
    expect(problems.map((p) => [p.field, p.message, p.severity])).toEqual([
      ['categories.0.statedCount', '分类“促进就业”的项目数：公告载明 2 项，逐项录入 1 项 / stated 2, itemised 1', undefined],
    ]);
  });

  it('counts a level’s withdrawn projects among its decided ones, and not its adjusted-out ones, which left its list', () => {
    // 全市实施市定民生工程9项，我区承担7项；调整退出2项 (one moved to the provincial list, one left the municipal list).
    const municipal = (decided: number) => ({ decided, implemented: 7, breakdown: {}, citations: [cite('p3')] });
    const listed = (departed: 'withdrawn' | 'adjusted-out') => [
      ...Array.from({ length: 7 }, (_, i) => fixtureProject(`m${i}`, { level: 'municipal', standing: 'continued' })),
      ...['x', 'y'].map((id) => fixtureProject(id, { level: 'municipal', standing: departed })),
    ];
    const withTotals = (decided: number) =>
      located(fixtureProgramme({ statedTotals: { all: 7, allCitations: [cite('p1')], provincial: null, municipal: municipal(decided), district: null } }));
    expect(reconcileTotals(withTotals(8), listed('adjusted-out'))).toEqual([]);
    expect(reconcileTotals(withTotals(9), listed('withdrawn'))).toEqual([]);
    expect(reconcileTotals(withTotals(8), listed('withdrawn')).map((p) => [p.field, p.message])).toEqual([
      ['statedTotals.municipal.decided', '市级确定项目（不少于实施与退出实施之和）：通知载明 8 项，逐项录入 9 项 / stated 8, itemised 9'],
    ]);
  });

  it('reports a draft’s or consultation list’s disagreeing totals as warnings: entered N of M', () => {
    for (const [status, label] of [
      ['draft', '草稿'],
      ['consultation', '征求意见稿'],
    ] as const) {
      const problems = reconcileTotals(located(county({ status, statedTotals: { all: 10, allCitations: [cite('p2')] } })), three);
      expect(problems.map((p) => [p.field, p.message, p.severity])).toEqual([
        ['statedTotals.all', `实施项目总数：已录入 3 项，来源载明 10 项（${label}，暂不作为错误）/ entered 3 of 10 (${label}: a warning, not an error)`, 'warning'],
      ]);
    }
  });
});

describe('the wording of a programme', () => {
  it('fills its own terms into every message, and the jurisdiction’s name where the source has no self-reference', () => {
    const t = programmeT(county());
    expect(t('site.programmeName', { place: '测试县', year: 2018 })).toBe('测试县2018年民生实事');
    expect(t('chart.funnel.implemented')).toBe('测试县实施');
    expect(t('site.nav.notice')).toBe('公告原文');
    expect(t('vocab.notStated')).toBe('公告未载明');
    expect(programmeNames(county()).name).toBe('测试县2018年民生实事');
    expect(programmeT(fixtureProgramme())('chart.funnel.implemented')).toBe('本区实施');
  });
});
