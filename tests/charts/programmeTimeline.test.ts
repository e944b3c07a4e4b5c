import { describe, expect, it } from 'vitest';
import { daysInYear, deadlineDay, deadlineText, programmeTimeline, rhythmDays, type ProgrammeTimelineData } from '../../src/charts/programmeTimeline.ts';
import { allTexts, byClass, expectValidChart, findAll, num, textOf, tooltipOf, type XmlElement } from './xml.ts';

const LUYANG: ProgrammeTimelineData = {
  year: 2017,
  deadlines: [
    { label: '工程类项目全部完工', month: 11, monthPart: 'mid' },
    { label: '区级配套资金全部配套到位', month: 6, monthPart: 'mid' },
  ],
  rhythms: [
    { label: '一旬一督查', every: { count: 1, unit: 'xun' } },
    { label: '一月一通报', every: { count: 1, unit: 'month' } },
  ],
};

function axis(root: XmlElement): { x0: number; x1: number } {
  const line = byClass(root, 'axis', 'line')[0]!;
  return { x0: num(line, 'x1'), x1: num(line, 'x2') };
}

function markerX(root: XmlElement, labelStart: string): number {
  const line = byClass(root, 'deadline', 'line').find((l) => tooltipOf(l).startsWith(labelStart));
  expect(line, labelStart).toBeDefined();
  expect(num(line!, 'x1')).toBe(num(line!, 'x2'));
  return num(line!, 'x1');
}

describe('date helpers', () => {
  it('places month parts on days of the year', () => {
    expect(daysInYear(2017)).toBe(365);
    expect(daysInYear(2016)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(deadlineDay(2017, 6, 'mid')).toBe(151 + 15);
    expect(deadlineDay(2017, 11, 'mid')).toBe(304 + 15);
    expect(deadlineDay(2016, 3, 'early')).toBe(31 + 29 + 5);
    expect(deadlineDay(2017, 2, 'late')).toBe(31 + 25);
    expect(deadlineDay(2017, 12, 'end')).toBe(365);
    expect(deadlineDay(2017, 4, null)).toBe(90 + 15);
  });

  it('words deadlines as the notice does', () => {
    expect(deadlineText({ label: '区级配套资金全部配套到位', month: 6, monthPart: 'mid' })).toBe('6月中旬前：区级配套资金全部配套到位');
    expect(deadlineText({ label: 'x', month: 12, monthPart: 'end' })).toBe('12月底前：x');
    expect(deadlineText({ label: 'x', month: 3, monthPart: 'early', before: false })).toBe('3月上旬：x');
    expect(deadlineText({ label: 'x', month: 5, monthPart: null })).toBe('5月前：x');
  });

  it('counts rhythm occurrences per full interval', () => {
    expect(rhythmDays({ count: 1, unit: 'xun' }, 2017)).toHaveLength(36);
    expect(rhythmDays({ count: 1, unit: 'month' }, 2017)).toHaveLength(12);
    // On the calendar, not every 30 days: months end on their last day (January 31, February 28 …).
    expect(rhythmDays({ count: 1, unit: 'month' }, 2017).slice(0, 3)).toEqual([31, 59, 90]);
    expect(rhythmDays({ count: 1, unit: 'xun' }, 2016).slice(0, 6)).toEqual([10, 20, 31, 41, 51, 60]);
    expect(rhythmDays({ count: 2, unit: 'month' }, 2017)).toHaveLength(6);
    expect(rhythmDays({ count: 400, unit: 'day' }, 2017)).toEqual([]);
  });
});

describe('programmeTimeline', () => {
  const result = programmeTimeline(LUYANG, { id: 'timeline' });
  const root = expectValidChart(result.svg, 'timeline');

  it('places the 6月中旬 marker left of 11月中旬, at the proportional day of the year', () => {
    const { x0, x1 } = axis(root);
    const june = markerX(root, '6月中旬前');
    const november = markerX(root, '11月中旬前');
    expect(june).toBeLessThan(november);
    expect((june - x0) / (x1 - x0)).toBeCloseTo(166 / 365, 3);
    expect((november - x0) / (x1 - x0)).toBeCloseTo(319 / 365, 3);
  });

  it('labels deadlines as 6月中旬前：…, and tabulates them in date order', () => {
    // Drawn in the order of their lines (stackLabels), read in date order in the table.
    expect(byClass(root, 'deadline-label').map(textOf).sort()).toEqual(['11月中旬前：工程类项目全部完工', '6月中旬前：区级配套资金全部配套到位']);
    expect(result.table.rows.slice(0, 2).map((r) => r[2])).toEqual(['6月中旬前', '11月中旬前']);
  });

  it('draws 1月 to 12月 in order along the axis, with true month lengths', () => {
    const months = byClass(root, 'month-label');
    expect(months.map(textOf)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    const xs = months.map((m) => num(m, 'x'));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const ticks = byClass(root, 'month-tick', 'line').map((l) => num(l, 'x1'));
    expect(ticks).toHaveLength(13);
    const feb = ticks[2]! - ticks[1]!;
    const mar = ticks[3]! - ticks[2]!;
    expect(feb / mar).toBeCloseTo(28 / 31, 2);
  });

  it('draws each rhythm on its own lane: 36 ticks at the ends of the 旬, 12 at the ends of the months', () => {
    const lanes = byClass(root, 'rhythm', 'g');
    expect(lanes).toHaveLength(2);
    const tenDay = byClass(lanes[0]!, 'tick', 'line');
    const monthly = byClass(lanes[1]!, 'tick', 'line');
    expect(tenDay).toHaveLength(36);
    expect(monthly).toHaveLength(12);
    const { x0, x1 } = axis(root);
    const xs = tenDay.map((t) => num(t, 'x1'));
    expect((xs[0]! - x0) / (x1 - x0)).toBeCloseTo(10 / 365, 3);
    expect((xs[2]! - x0) / (x1 - x0)).toBeCloseTo(31 / 365, 3);
    const months = monthly.map((t) => (num(t, 'x1') - x0) / (x1 - x0));
    expect(months[1]).toBeCloseTo(59 / 365, 3);
    expect(months[11]).toBeCloseTo(1, 3);
    expect(num(tenDay[0]!, 'y1')).toBeLessThan(num(monthly[0]!, 'y1'));
    expect(byClass(root, 'rhythm-label').map(textOf)).toEqual(['一旬一督查（每旬一次，示意）', '一月一通报（每月一次，示意）']);
  });

  it('summarises and tabulates deadlines and rhythms', () => {
    expect(result.summary).toContain('2017年');
    expect(result.summary).toContain('6月中旬前：区级配套资金全部配套到位；11月中旬前：工程类项目全部完工');
    expect(result.summary).toContain('一旬一督查，每旬一次');
    expect(result.table.head).toEqual(['类别', '事项', '时间或频次']);
    expect(result.table.rows).toEqual([
      ['时间节点', '区级配套资金全部配套到位', '6月中旬前'],
      ['时间节点', '工程类项目全部完工', '11月中旬前'],
      ['常态化节奏', '一旬一督查', '每旬一次'],
      ['常态化节奏', '一月一通报', '每月一次'],
    ]);
  });

  it('shades the whole month for a deadline without a month part', () => {
    const r = programmeTimeline({ year: 2017, deadlines: [{ label: '整月', month: 3, monthPart: null }], rhythms: [] }, { id: 'whole' });
    const parsed = expectValidChart(r.svg, 'whole');
    const band = byClass(parsed, 'deadline-month', 'rect');
    expect(band).toHaveLength(1);
    const { x0, x1 } = axis(parsed);
    expect((num(band[0]!, 'x') - x0) / (x1 - x0)).toBeCloseTo(59 / 365, 3);
    expect(num(band[0]!, 'width') / (x1 - x0)).toBeCloseTo(31 / 365, 3);
    expect(allTexts(parsed)).toContain('3月前：整月');
  });

  it('keeps labels of late deadlines inside the chart', () => {
    const r = programmeTimeline({ year: 2017, deadlines: [{ label: '全年工作全部完成并通过验收', month: 12, monthPart: 'end' }], rhythms: [] }, { id: 'late' });
    const parsed = expectValidChart(r.svg, 'late');
    const label = byClass(parsed, 'deadline-label')[0]!;
    expect(num(label, 'x')).toBeLessThan(markerX(parsed, '12月底前'));
    expect(num(label, 'x')).toBeGreaterThanOrEqual(0);
  });

  it('escapes labels', () => {
    const r = programmeTimeline(
      { year: 2017, deadlines: [{ label: '<script>', month: 1, monthPart: 'early' }], rhythms: [{ label: 'a&b', every: { count: 7, unit: 'day' } }] },
      { id: 'esc' },
    );
    expect(r.svg).not.toContain('<script>');
    expect(r.svg).toContain('&lt;script&gt;');
    expect(r.svg).toContain('a&amp;b');
    expectValidChart(r.svg, 'esc');
  });

  it('handles empty, single-item and rhythm-only input', () => {
    const empty = programmeTimeline({ year: 2017, deadlines: [], rhythms: [] }, { id: 'empty' });
    expect(allTexts(expectValidChart(empty.svg, 'empty'))).toContain('暂无数据');
    expect(empty.table.rows).toEqual([]);

    const single = programmeTimeline({ year: 2016, deadlines: [{ label: '一项', month: 1, monthPart: 'early' }], rhythms: [] }, { id: 'single' });
    const parsed = expectValidChart(single.svg, 'single');
    expect(byClass(parsed, 'deadline', 'line')).toHaveLength(1);

    const rhythmOnly = programmeTimeline({ year: 2017, deadlines: [], rhythms: [{ label: '一月一通报', every: { count: 1, unit: 'month' } }] }, { id: 'rhythm' });
    const r = expectValidChart(rhythmOnly.svg, 'rhythm');
    expect(findAll(r, (e) => e.name === 'line' && (e.attrs.class ?? '') === 'tick')).toHaveLength(12);
  });

  it('rejects impossible months and intervals', () => {
    expect(() => programmeTimeline({ year: 2017, deadlines: [{ label: 'x', month: 13, monthPart: null }], rhythms: [] }, { id: 'bad' })).toThrow(RangeError);
    expect(() => programmeTimeline({ year: 2017, deadlines: [], rhythms: [{ label: 'x', every: { count: 0, unit: 'day' } }] }, { id: 'bad' })).toThrow(RangeError);
  });

  it('keeps every label inside a narrow 360-unit chart', () => {
    const narrow = programmeTimeline(LUYANG, { id: 'narrow', width: 360 });
    const parsed = expectValidChart(narrow.svg, 'narrow');
    expect(byClass(parsed, 'month-label')).toHaveLength(12);
  });
});
