import { describe, expect, it } from 'vitest';
import { levelStandingBars, type LevelStandingData } from '../../src/charts/levelStandingBars.ts';
import { allTexts, byClass, expectValidChart, num, textOf, tooltipOf, type XmlElement } from './xml.ts';

/** The Luyang 2017 breakdown (implemented and departed standings per level). */
const LUYANG: LevelStandingData = {
  rows: [
    {
      label: '省级',
      segments: [
        { key: 'new', label: '新增实施', value: 3 },
        { key: 'continued', label: '继续实施', value: 17 },
        { key: 'formed-by-merger', label: '整合归并后实施', value: 2 },
        { key: 'withdrawn', label: '退出实施', value: 1 },
        { key: 'merged-away', label: '已整合归并', value: 7 },
        { key: 'adjusted-out', label: '调整退出', value: 0 },
      ],
    },
    {
      label: '市级',
      segments: [
        { key: 'new', label: '新增实施', value: 2 },
        { key: 'continued', label: '继续实施', value: 5 },
        { key: 'adjusted-out', label: '调整退出', value: 2 },
      ],
    },
    { label: '区级', segments: [{ key: 'implemented', label: '实施', value: 8 }] },
  ],
};

/** Segment rects keyed by their tooltip, e.g. `省级 · 继续实施：17项`. */
function segments(root: XmlElement): Map<string, XmlElement> {
  return new Map(byClass(root, 'seg', 'rect').map((r) => [tooltipOf(r), r]));
}

function width(segs: Map<string, XmlElement>, key: string): number {
  const rect = segs.get(key);
  expect(rect, key).toBeDefined();
  return num(rect!, 'width');
}

describe('levelStandingBars', () => {
  const result = levelStandingBars(LUYANG, { id: 'levels' });
  const root = expectValidChart(result.svg, 'levels');
  const segs = segments(root);

  it('draws segment widths proportional to their counts on one shared scale', () => {
    const w3 = width(segs, '省级 · 新增实施：3项');
    const w17 = width(segs, '省级 · 继续实施：17项');
    const w5 = width(segs, '市级 · 继续实施：5项');
    const w8 = width(segs, '区级 · 实施：8项');
    expect(w17 / w3).toBeCloseTo(17 / 3, 2);
    expect(w8 / w5).toBeCloseTo(8 / 5, 2);
    expect(w8 / w3).toBeCloseTo(8 / 3, 2);
  });

  it('stacks segments end to end from the same baseline', () => {
    const provincial = [...segs.entries()].filter(([k]) => k.startsWith('省级')).map(([, r]) => r);
    const baseline = num(byClass(root, 'baseline', 'line')[0]!, 'x1');
    let x = baseline;
    for (const rect of provincial) {
      expect(num(rect, 'x')).toBeCloseTo(x, 1);
      x += num(rect, 'width');
    }
    const rowTotals = ['省级', '市级', '区级'].map((level) => [...segs.entries()].filter(([k]) => k.startsWith(level)).reduce((sum, [, r]) => sum + num(r, 'width'), 0));
    expect(rowTotals[0]! / rowTotals[2]!).toBeCloseTo(30 / 8, 2);
    expect(rowTotals[1]! / rowTotals[2]!).toBeCloseTo(9 / 8, 2);
  });

  it('omits zero segments and keeps only used standings in the legend', () => {
    expect([...segs.keys()].some((k) => k.startsWith('省级 · 调整退出'))).toBe(false);
    expect(segs.size).toBe(9);
    const legend = byClass(root, 'legend-item').map(textOf);
    expect(legend).toEqual(['新增实施', '继续实施', '整合归并后实施', '退出实施', '已整合归并', '调整退出', '实施']);
  });

  it('labels every segment with its count, inside or in a named callout', () => {
    const inside = byClass(root, 'seg-label').map(textOf);
    const callouts = byClass(root, 'callout').map(textOf);
    for (const [tip] of segs) {
      const m = /^(.+) · (.+)：(\d+)项$/.exec(tip)!;
      const [, , label, value] = m;
      expect(inside.includes(value!) || callouts.includes(`${label} ${value}`), tip).toBe(true);
    }
    // A single project is far too narrow for its number on a phone's 360 units: it is named below the bar.
    const narrow = expectValidChart(levelStandingBars(LUYANG, { id: 'narrow', width: 360 }).svg, 'narrow');
    expect(byClass(narrow, 'callout').map(textOf)).toContain('退出实施 1');
  });

  it('heads each bar with the projects carried out (the cards’ count), naming what else the bar holds', () => {
    const counted = (row: LevelStandingData['rows'][number]) => ({
      ...row,
      segments: row.segments.map((s) => ({ ...s, counted: !['withdrawn', 'merged-away', 'adjusted-out'].includes(s.key) })),
    });
    const r = levelStandingBars({ rows: LUYANG.rows.map(counted) }, { id: 'counted' });
    expect(byClass(expectValidChart(r.svg, 'counted'), 'row-heading').map(textOf)).toEqual([
      '省级：本区实施22项；条中另含退出实施、已整合归并的8项',
      '市级：本区实施7项；条中另含调整退出的2项',
      '区级：本区实施8项',
    ]);
    // Without the flag every segment counts.
    expect(byClass(root, 'row-heading').map(textOf)[0]).toBe('省级：本区实施30项');
  });

  it('distinguishes series by pattern as well as colour', () => {
    const fills = new Set(byClass(root, 'seg', 'rect').map((r) => r.attrs.fill));
    expect(fills.size).toBe(7);
    const patterned = [...fills].filter((f) => f?.startsWith('url(#levels-'));
    expect(patterned.length).toBeGreaterThanOrEqual(6);
  });

  it('summarises and tabulates the same numbers', () => {
    expect(result.summary).toContain('省级：本区实施30项');
    expect(result.summary).toContain('继续实施17项');
    expect(result.summary).toContain('区级：本区实施8项');
    expect(result.table.head).toEqual([
      '层级',
      '新增实施',
      '继续实施',
      '整合归并后实施',
      '退出实施',
      '已整合归并',
      '调整退出',
      '实施',
      '本区实施',
      '全部条目（含退出、已整合归并）',
    ]);
    expect(result.table.rows).toEqual([
      ['省级', 3, 17, 2, 1, 7, 0, 0, 30, 30],
      ['市级', 2, 5, 0, 0, 0, 2, 0, 9, 9],
      ['区级', 0, 0, 0, 0, 0, 0, 8, 8, 8],
    ]);
    expect(result.table.caption).toBe(result.summary.split('：')[0]);
  });

  it('escapes labels', () => {
    const r = levelStandingBars({ rows: [{ label: '<script>', segments: [{ key: 'a&b', label: 'A & "B"', value: 2 }] }] }, { id: 'esc', title: '标题 <b>' });
    expect(r.svg).not.toContain('<script>');
    expect(r.svg).toContain('&lt;script&gt;');
    expect(r.svg).toContain('A &amp; &quot;B&quot;');
    expect(r.svg).toContain('标题 &lt;b&gt;');
    const parsed = expectValidChart(r.svg, 'esc');
    expect(allTexts(parsed)).toContain('<script>：本区实施2项');
  });

  it('returns a small 暂无数据 chart and an empty table for empty input', () => {
    const r = levelStandingBars({ rows: [] }, { id: 'empty' });
    const parsed = expectValidChart(r.svg, 'empty');
    expect(allTexts(parsed)).toContain('暂无数据');
    expect(r.table.rows).toEqual([]);
    expect(r.summary).toContain('暂无数据');
  });

  it('handles a single row with a single segment, and all-zero rows', () => {
    const one = levelStandingBars({ rows: [{ label: '区级', segments: [{ key: 'implemented', label: '实施', value: 8 }] }] }, { id: 'one' });
    const parsed = expectValidChart(one.svg, 'one');
    expect(byClass(parsed, 'seg', 'rect')).toHaveLength(1);
    expect(byClass(parsed, 'seg-label').map(textOf)).toEqual(['8']);

    const zero = levelStandingBars({ rows: [{ label: '区级', segments: [{ key: 'implemented', label: '实施', value: 0 }] }] }, { id: 'zero' });
    const z = expectValidChart(zero.svg, 'zero');
    expect(byClass(z, 'seg', 'rect')).toHaveLength(0);
    expect(byClass(z, 'row-heading').map(textOf)).toEqual(['区级：本区实施0项']);
  });

  it('derives unique ids from the id option, even from awkward strings', () => {
    const a = levelStandingBars(LUYANG, { id: 'chart a' });
    const b = levelStandingBars(LUYANG, { id: '2 图' });
    const ra = expectValidChart(a.svg);
    const rb = expectValidChart(b.svg);
    expect(ra.attrs['aria-labelledby']).toBe('chart-a-title chart-a-desc');
    expect(rb.attrs['aria-labelledby']).toMatch(/^c-2-+-title c-2-+-desc$/);
  });

  it('rejects counts that are negative or not numbers', () => {
    expect(() => levelStandingBars({ rows: [{ label: '省级', segments: [{ key: 'x', label: 'X', value: -1 }] }] }, { id: 'bad' })).toThrow(RangeError);
    expect(() => levelStandingBars({ rows: [{ label: '省级', segments: [{ key: 'x', label: 'X', value: Number.NaN }] }] }, { id: 'bad' })).toThrow(RangeError);
  });

  it('keeps every label inside a narrow 360-unit chart', () => {
    const narrow = levelStandingBars(LUYANG, { id: 'narrow', width: 360 });
    const parsed = expectValidChart(narrow.svg, 'narrow');
    expect(parsed.attrs.viewBox).toMatch(/^0 0 360 /);
  });
});
