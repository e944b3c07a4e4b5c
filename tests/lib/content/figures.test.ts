/** Figures against their quotes (src/lib/content/checks/figures.ts): number forms, boundaries, and each kind of field. */
import { describe, expect, it } from 'vitest';
import { checkFigures, FIGURE_RULES, numbersIn, writesNumber } from '../../../src/lib/content/checks/figures.ts';
import type { ContentSet } from '../../../src/lib/content/content-set.ts';
import type { Milestone } from '../../../src/schemas/milestone.ts';
import type { Oversight } from '../../../src/schemas/oversight.ts';
import type { Programme } from '../../../src/schemas/programme.ts';
import type { Project } from '../../../src/schemas/project.ts';
import type { Standard } from '../../../src/schemas/standard.ts';
import { cite, fixtureAmount, fixtureCoverage, fixtureMilestone, fixtureOversight, fixtureProgramme, fixtureProject, fixtureSource } from '../../support/records.ts';

const values = (text: string) => numbersIn(text).map((n) => n.value);

describe('numbers as a text writes them', () => {
  it('reads Arabic digits, thousands separators and decimals', () => {
    expect(values('每人每月600元提高到800元')).toEqual([600, 800]);
    expect(values('城镇新增就业31,000人')).toEqual([31000]);
    expect(values('增幅不低于4.5%')).toEqual([4.5]);
    expect(values('2017年建成11个')).toEqual([2017, 11]);
    expect(values('“29+8”项')).toEqual([29, 8]);
  });

  it('reads full-width digits as the same numbers', () => {
    expect(values('８００元')).toEqual([800]);
    expect(writesNumber('不少于２．５％的老年人', 2.5, ['%'])).toBe(true);
  });

  it('reads Chinese numerals: places, 两, 〇 and years written digit by digit', () => {
    expect(values('三十三项')).toEqual([33]);
    expect(values('十项')).toEqual([10]);
    expect(values('十二个')).toEqual([12]);
    expect(values('一百人')).toEqual([100]);
    expect(values('一千零五户')).toEqual([1005]);
    expect(values('两所')).toEqual([2]);
    expect(values('二〇一七年')).toEqual([2017]);
    expect(values('一旬一督查，一月一通报')).toEqual([1, 1, 1, 1]);
    expect(values('三点一万人')).toEqual([31000]);
  });

  it('reads scales: 3.1万 is 31000, 1.2亿 is 120000000, 三万 is 30000', () => {
    expect(values('城镇新增就业3.1万人')).toEqual([31000]);
    expect(values('投入1.2亿元')).toEqual([120000000]);
    expect(values('三万平方米')).toEqual([30000]);
    expect(values('一亿二千万元')).toEqual([120000000]);
  });

  it('reads percentages written with 百分之', () => {
    const [n] = numbersIn('百分之四点五');
    expect(n).toMatchObject({ value: 4.5, percent: true });
    expect(writesNumber('提高百分之四点五', 4.5, ['%'])).toBe(true);
  });

  it('does not read words as numbers (百姓, 千家万户)', () => {
    expect(values('服务百姓，千家万户')).toEqual([]);
  });

  it('never finds a number inside another: 80 is not in 800 or 2018, 3 is not in 33 or 三十三', () => {
    expect(writesNumber('提高到800元', 80)).toBe(false);
    expect(writesNumber('2018年', 80)).toBe(false);
    expect(writesNumber('2018年', 201)).toBe(false);
    expect(writesNumber('实施33项', 3)).toBe(false);
    expect(writesNumber('实施三十三项', 3)).toBe(false);
    expect(writesNumber('实施三十三项', 33)).toBe(true);
    expect(writesNumber('4.5%', 4)).toBe(false);
    expect(writesNumber('4.5%', 5)).toBe(false);
    expect(writesNumber('3.1万人', 3.1)).toBe(false);
    expect(writesNumber('3.1万人', 31000)).toBe(true);
  });

  it('finds a scaled number as its mantissa where the unit carries the scale (2万元 = 2 of 万元)', () => {
    expect(writesNumber('补助2万元', 2, [], '万元')).toBe(true);
    expect(writesNumber('补助2万元', 20000, [], '元')).toBe(true);
    expect(writesNumber('补助2万元', 2, [], '元')).toBe(false);
  });

  it('asks for the words that follow a number where a rule says so (37项, 2016年)', () => {
    expect(writesNumber('决定2017年实施37项', 37, ['项'])).toBe(true);
    expect(writesNumber('决定2017年实施37项', 2017, ['项'])).toBe(false);
    expect(writesNumber('招聘1000余人', 1000, ['人'])).toBe(true);
  });
});

/** The fixture programme, its quotes stating its year and its total. */
const quietProgramme = () =>
  fixtureProgramme({
    citations: [cite('p1', '测试区2018年民生工程')],
    statedTotals: { all: 0, allCitations: [cite('p2', '共0项')], provincial: null, municipal: null, district: null },
  });

/** A content set of the fixture programme holding the given records, each in its usual file. */
function set(records: {
  programme?: Programme;
  projects?: readonly Project[];
  standards?: readonly Standard[];
  milestones?: readonly Milestone[];
  oversight?: readonly Oversight[];
}): ContentSet {
  const located = <T extends { id: string }>(folder: string, list: readonly T[] = []) => list.map((r) => ({ ...r, file: `programmes/testarea-2018/${folder}/${r.id}.yaml` }));
  return {
    site: null,
    programmes: [{ ...(records.programme ?? quietProgramme()), file: 'programmes/testarea-2018/programme.yaml' }],
    projects: located('projects', records.projects),
    standards: located('standards', records.standards),
    milestones: located('milestones', records.milestones),
    oversight: located('oversight', records.oversight),
    sources: [],
    corrections: [],
  } as unknown as ContentSet;
}

const fields = (c: ContentSet) => checkFigures(c).map((p) => `${p.entry} ${p.field}`);

describe('the rule table', () => {
  it('has one row per field and record type (two only where a null value is checked as well)', () => {
    const keys = FIGURE_RULES.map((r) => `${r.type} ${r.field} ${r.form.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a standard', () => {
  const quote = '将高校毕业生就业见习补助标准由2017年每人每月600元提高到800元。';
  const standard = (fields: Record<string, unknown> = {}) => set({ standards: [fixtureAmount('s', 'p', { citations: [cite('p5', quote)], ...fields })] });

  it('passes when its quote states every figure', () => {
    expect(fields(standard())).toEqual([]);
  });

  it('is refused when its amount, previous amount or previous year is not the quote’s', () => {
    expect(fields(standard({ current: { value: 900, year: 2018 } }))).toEqual(['s current.value']);
    expect(fields(standard({ previous: { value: 500, year: 2017 } }))).toEqual(['s previous.value']);
    expect(fields(standard({ previous: { value: 600, year: 2016 } }))).toEqual(['s previous.year']);
  });

  it('names the file, the quote and what was expected', () => {
    const [p] = checkFigures(standard({ current: { value: 900, year: 2018 } }));
    expect(p).toMatchObject({ file: 'programmes/testarea-2018/standards/s.yaml', entry: 's', field: 'current.value' });
    expect(p!.message).toContain('900');
    expect(p!.message).toContain(quote);
    expect(p!.message).toContain('2017、600、800');
  });

  it('is refused when its unit, per or period is not the quote’s', () => {
    expect(fields(standard({ unit: '万元' }))).toEqual(['s unit']);
    expect(fields(standard({ per: '户' }))).toEqual(['s per']);
    expect(fields(standard({ period: 'year' }))).toEqual(['s period']);
  });

  it('is refused when its period is null but the quote states one', () => {
    expect(fields(standard({ period: null }))).toEqual(['s period']);
    const noPeriod = set({
      standards: [
        fixtureAmount('s', 'p', { period: null, citations: [cite('p5', '由2017年每人45元提高到50元')], previous: { value: 45, year: 2017 }, current: { value: 50, year: 2018 } }),
      ],
    });
    expect(fields(noPeriod)).toEqual([]);
  });

  it('needs no quote for a new value’s year that is the programme’s year (the exception), but does for any other', () => {
    expect(fields(standard({ current: { value: 800, year: 2018 } }))).toEqual([]);
    expect(fields(standard({ current: { value: 800, year: 2019 } }))).toEqual(['s current.year']);
  });

  it('reads an amount in 万 as the source writes it', () => {
    const c = set({
      standards: [
        fixtureAmount('s', 'p', {
          unit: '万元',
          period: null,
          per: null,
          previous: { value: 1.5, year: 2017 },
          current: { value: 2, year: 2018 },
          citations: [cite('p5', '由2017年1.5万元提高到2万元')],
        }),
      ],
    });
    expect(fields(c)).toEqual([]);
  });

  it('skips a previous value the model leaves null (an amount with no previous value)', () => {
    const c = set({
      standards: [fixtureAmount('s', 'p', { period: null, citations: [cite('p5', '按1500元/人标准发放')], previous: null, current: { value: 1500, year: 2018 } })],
    });
    expect(fields(c)).toEqual([]);
  });

  it('is refused when its previous and current amounts trade places in the one quote that states both', () => {
    const raised = '由600元/人/月提高到800元/人/月';
    const amounts = (previous: number, current: number, quotes: readonly string[] = [raised]) =>
      set({
        standards: [fixtureAmount('s', 'p', { citations: quotes.map((q) => cite('p5', q)), previous: { value: previous, year: null }, current: { value: current, year: 2018 } })],
      });
    expect(fields(amounts(600, 800))).toEqual([]);
    const [swapped, ...rest] = checkFigures(amounts(800, 600));
    expect(rest).toEqual([]);
    expect(swapped).toMatchObject({ entry: 's', field: 'previous.value' });
    expect(swapped!.message).toContain(`原标准金额 800 在所引原文中写在 600 之后：“${raised}”`);
    // The fixture's own quote, with the year between: the same.
    expect(fields(standard({ previous: { value: 800, year: 2017 }, current: { value: 600, year: 2018 } }))).toEqual(['s previous.value']);
    // Each value in a quote of its own: no order to compare.
    expect(fields(amounts(800, 600, ['标准为800元/人/月', '原为600元/人/月']))).toEqual([]);
  });

  it('checks a coverage standard’s year, with the same exception', () => {
    const coverage = (year: number) => set({ standards: [fixtureCoverage('c', 'p', { year, citations: [cite('p6', '覆盖范围扩大到城乡义务教育学生')] })] });
    expect(fields(coverage(2018))).toEqual([]);
    expect(fields(coverage(2016))).toEqual(['c year']);
  });
});

describe('a target', () => {
  const target = (fields: Record<string, unknown>, quote: string) =>
    set({
      projects: [fixtureProject('p', { targets: [{ item: '全民健身苑', action: '建成', quantity: 11, unit: '个', year: 2018, citations: [cite('p2', quote)], ...fields }] })],
    });
  const quote = '2018年建成11个全民健身苑。';

  it('passes when its quote states quantity, unit and year', () => {
    expect(fields(target({}, quote))).toEqual([]);
  });

  it('is refused when its quantity, unit or year is not the quote’s', () => {
    expect(fields(target({ quantity: 12 }, quote))).toEqual(['p targets.0.quantity']);
    expect(fields(target({ unit: '座' }, quote))).toEqual(['p targets.0.unit']);
    expect(fields(target({ year: 2019 }, quote))).toEqual(['p targets.0.year']);
  });

  it('finds the unit right after the quantity, not elsewhere in the quote', () => {
    expect(fields(target({ quantity: 3, unit: '个', year: null }, '新建3座公厕、5个健身苑'))).toEqual(['p targets.0.unit']);
    expect(fields(target({ quantity: 5, unit: '个', year: null }, '新建3座公厕、5个健身苑'))).toEqual([]);
  });

  it('reads 3.1万人 as 31000 人', () => {
    expect(fields(target({ item: '城镇新增就业', quantity: 31000, unit: '人', year: null }, '城镇新增就业3.1万人'))).toEqual([]);
    expect(fields(target({ item: '城镇新增就业', quantity: 3.1, unit: '人', year: null }, '城镇新增就业3.1万人'))).toEqual(['p targets.0.quantity']);
  });

  it('reads a lone 一 as 1 only before the target’s unit or measure, not in 一次性, 统一 or 一体化', () => {
    const one = { item: '幼儿园', action: '新建', quantity: 1, unit: '所', year: null };
    expect(fields(target(one, '新建一所幼儿园'))).toEqual([]);
    expect(fields(target(one, '新建1所幼儿园'))).toEqual([]);
    for (const word of ['统一规划新建幼儿园3所', '一次性新建幼儿园3所', '推进城乡一体化办园，新建3所']) expect(fields(target(one, word)), word).toEqual(['p targets.0.quantity']);
    // 一 before a measure's word: 提高一倍.
    expect(fields(target({ item: '补助', measure: 'multiple', quantity: 1, unit: '倍', year: null }, '补助提高一倍'))).toEqual([]);
  });

  // The fields the content model adds to targets (MODEL-SPEC.md), each a row skipped where null.
  it('checks a qualifier, a measure, a range’s upper end and a reference where the target has them', () => {
    const share = { item: '养老服务补贴', action: '享有', measure: 'share', quantity: 2.5, unit: '%', qualifier: 'at-least', reference: '老年人', year: null };
    const q = '实现全县不少于2.5%的老年人享有养老服务补贴';
    expect(fields(target(share, q))).toEqual([]);
    expect(fields(target({ ...share, qualifier: 'above' }, q))).toEqual(['p targets.0.qualifier']);
    expect(fields(target({ ...share, measure: 'multiple' }, q))).toEqual(['p targets.0.measure']);
    expect(fields(target({ ...share, reference: '残疾人' }, q))).toEqual(['p targets.0.reference']);
    const range = { item: '幼儿园', quantity: 10, quantityMax: 15, unit: '所', year: null };
    expect(fields(target(range, '新建幼儿园10–15所'))).toEqual([]);
    expect(fields(target({ ...range, quantityMax: 16 }, '新建幼儿园10–15所'))).toEqual(['p targets.0.quantityMax']);
    const multiple = { item: '特困人员基本生活标准', measure: 'multiple', quantity: 1.3, unit: '倍', qualifier: 'at-least', reference: '当地最低生活保障标准', year: null };
    expect(fields(target(multiple, '特困人员基本生活标准不低于当地最低生活保障标准的1.3倍'))).toEqual([]);
  });
});

describe('a programme’s stated totals', () => {
  const programme = (statedTotals: Record<string, unknown>, headlineParts: unknown[] = []) =>
    set({
      programme: fixtureProgramme({
        citations: [cite('p1', '测试区2018年实施“5+2”项民生工程的通知')],
        statedTotals: { all: 7, allCitations: [cite('p2', '区政府决定2018年实施7项民生工程')], provincial: null, municipal: null, district: null, ...statedTotals },
        headlineParts,
      }),
    });
  const provincial = (fields: Record<string, unknown> = {}) => ({
    decided: 33,
    implemented: 5,
    breakdown: { new: 3, continued: 2 },
    citations: [cite('p3', '省政府确定实施33项民生工程，我区实施5项。'), cite('p4', '新增实施3项'), cite('p5', '继续实施2项')],
    ...fields,
  });

  it('passes when the quotes state every total', () => {
    expect(
      fields(
        programme({ provincial: provincial() }, [
          { count: 5, levels: ['provincial'] },
          { count: 2, levels: ['district'] },
        ]),
      ),
    ).toEqual([]);
  });

  it('is refused for a total, a level’s decided or implemented count, or a sub-total not stated', () => {
    expect(fields(programme({ all: 8 }))).toEqual(['testarea-2018 statedTotals.all']);
    expect(fields(programme({ provincial: provincial({ decided: 34 }) }))).toEqual(['testarea-2018 statedTotals.provincial.decided']);
    expect(fields(programme({ provincial: provincial({ implemented: 6 }) }))).toEqual(['testarea-2018 statedTotals.provincial.implemented']);
    expect(fields(programme({ provincial: provincial({ breakdown: { new: 4, continued: 2 } }) }))).toEqual(['testarea-2018 statedTotals.provincial.breakdown.new']);
  });

  it('finds a stated total only as a count (2018 is not 2018项)', () => {
    expect(fields(programme({ all: 2018 }))).toEqual(['testarea-2018 statedTotals.all']);
  });

  it('finds each sub-total under its own heading, so two cannot trade places', () => {
    expect(fields(programme({ provincial: provincial({ breakdown: { new: 2, continued: 3 } }) }))).toEqual([
      'testarea-2018 statedTotals.provincial.breakdown.new',
      'testarea-2018 statedTotals.provincial.breakdown.continued',
    ]);
  });

  it('checks the headline’s parts against the programme’s own citations', () => {
    expect(fields(programme({}, [{ count: 6, levels: ['provincial'] }]))).toEqual(['testarea-2018 headlineParts.0.count']);
  });

  it('checks the programme’s year', () => {
    const c = set({
      programme: fixtureProgramme({
        year: 2019,
        citations: [cite('p1', '测试区2018年民生工程')],
        statedTotals: { all: 0, allCitations: [cite('p2', '共0项')], provincial: null, municipal: null, district: null },
      }),
    });
    expect(fields(c)).toEqual(['testarea-2018 year']);
  });

  it('checks a category’s stated count where the programme declares categories', () => {
    const c = set({
      programme: fixtureProgramme({
        citations: [cite('p1', '2018年')],
        statedTotals: { all: 0, allCitations: [cite('p2', '0项')], provincial: null, municipal: null, district: null },
        categories: [
          { id: 'employment', name: '促进就业', order: 1, statedCount: 3, citations: [cite('p3', '一、促进就业(3项)')] },
          { id: 'welfare', name: '社会保障', order: 2, statedCount: 4, citations: [cite('p9', '二、社会保障(5项)')] },
          { id: 'other', name: '其他', order: 3, statedCount: null, citations: [cite('p10', '三、其他')] },
        ],
      }),
    });
    expect(fields(c)).toEqual(['testarea-2018 categories.1.statedCount']);
  });
});

describe('a misquoted citation', () => {
  it('is left to the citation check: no figure is checked against words that are not in the source', () => {
    const c = set({ standards: [fixtureAmount('s', 'p', { citations: [cite('p5', '由2017年每人每月600元提高到900元')] })] });
    expect(fields(c)).toEqual(['s current.value']);
    const withSource = {
      ...c,
      sources: [
        fixtureSource([
          ['p', '一'],
          ['p', '二'],
          ['p', '三'],
          ['p', '四'],
          ['p', '由2017年每人每月600元提高到800元'],
        ]),
      ],
    } as ContentSet;
    expect(fields(withSource)).toEqual([]);
  });
});

describe('deadlines and oversight', () => {
  const quote = '确保区级配套资金6月中旬前全部配套到位';
  const milestone = (fields: Record<string, unknown>) => set({ milestones: [fixtureMilestone('m', { monthPart: 'mid', citations: [cite('p7', quote)], ...fields })] });

  it('checks a deadline’s month, part of the month and “before”', () => {
    expect(fields(milestone({}))).toEqual([]);
    expect(fields(milestone({ month: 7 }))).toEqual(['m month']);
    expect(fields(milestone({ monthPart: 'late' }))).toEqual(['m monthPart']);
    expect(fields(milestone({ before: false }))).toEqual(['m before']);
  });

  it('checks how often an oversight action happens', () => {
    const oversight = (frequency: unknown) => set({ oversight: [fixtureOversight('o', { frequency, citations: [cite('p8', '做到一旬一督查')] })] });
    expect(fields(oversight({ count: 1, unit: 'xun' }))).toEqual([]);
    expect(fields(oversight({ count: 2, unit: 'xun' }))).toEqual(['o frequency.count']);
    expect(fields(oversight({ count: 1, unit: 'month' }))).toEqual(['o frequency.unit']);
    // A lone 一 that no 旬 follows is a word, not the count.
    const worded = (quote: string) => set({ oversight: [fixtureOversight('o', { frequency: { count: 1, unit: 'xun' }, citations: [cite('p8', quote)] })] });
    expect(fields(worded('实行统一督查，每旬通报'))).toEqual(['o frequency.count']);
  });
});
