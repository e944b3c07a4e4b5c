import { describe, expect, it } from 'vitest';
import { formatPercentChange, percentChange, standardDumbbell, type StandardDumbbellData } from '../../src/charts/standardDumbbell.ts';
import { t } from '../../src/i18n/index.ts';
import { allTexts, byClass, expectValidChart, num, textOf } from './xml.ts';

const SCALE_NOTE = t('chart.standards.scaleNote') + t('chart.standards.computedNote');

const LUYANG: StandardDumbbellData = {
  items: [
    { label: '高校毕业生就业见习补助标准', previous: 600, current: 800, unit: '元', previousYear: 2016, currentYear: 2017 },
    { label: '新型农村合作医疗、城镇居民基本医疗保险财政补助标准', previous: 420, current: 450, unit: '元', previousYear: 2016, currentYear: 2017 },
    { label: '基本公共卫生服务财政补助标准', previous: 45, current: 50, unit: '元', previousYear: 2016, currentYear: 2017 },
  ],
};

describe('percentChange / formatPercentChange', () => {
  it('rounds to one decimal', () => {
    expect(percentChange(600, 800)).toBe(33.3);
    expect(percentChange(420, 450)).toBe(7.1);
    expect(percentChange(45, 50)).toBe(11.1);
    expect(percentChange(100, 98)).toBe(-2);
    expect(percentChange(3, 1)).toBe(-66.7);
    expect(percentChange(50, 50)).toBe(0);
    expect(Object.is(percentChange(1000, 999.9999), -0)).toBe(false);
    // Half-way cases (0.05%) round away from zero as written, not as the nearest binary float.
    expect(percentChange(1000, 1000.5)).toBe(0.1);
    expect(percentChange(1000, 999.5)).toBe(-0.1);
  });

  it('has no percentage for a change from zero or from non-numbers', () => {
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(Number.NaN, 5)).toBeNull();
    expect(percentChange(5, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('formats with an explicit sign', () => {
    expect(formatPercentChange(33.3)).toBe('+33.3%');
    expect(formatPercentChange(7.1)).toBe('+7.1%');
    expect(formatPercentChange(-2)).toBe('-2.0%');
    expect(formatPercentChange(0)).toBe('0.0%');
    expect(formatPercentChange(null)).toBe('—');
  });
});

describe('standardDumbbell', () => {
  const result = standardDumbbell(LUYANG, { id: 'std' });
  const root = expectValidChart(result.svg, 'std');

  it('labels each row with its percentage change', () => {
    expect(byClass(root, 'percent').map(textOf)).toEqual(['+33.3%', '+7.1%', '+11.1%']);
  });

  it('labels both values with year and unit', () => {
    expect(byClass(root, 'previous-label').map(textOf)).toEqual(['2016年：600元', '2016年：420元', '2016年：45元']);
    expect(byClass(root, 'current-label').map(textOf)).toEqual(['2017年：800元', '2017年：450元', '2017年：50元']);
    expect(byClass(root, 'item-label').map(textOf).join('')).toContain('基本公共卫生服务财政补助标准');
  });

  it('places the dots on a per-row scale from 0, so positions are proportional to values within a row', () => {
    const zeros = byClass(root, 'zero', 'line').map((l) => num(l, 'x1'));
    const prev = byClass(root, 'previous', 'circle').map((c) => num(c, 'cx'));
    const curr = byClass(root, 'current', 'circle').map((c) => num(c, 'cx'));
    expect(prev).toHaveLength(3);
    const values = LUYANG.items;
    values.forEach((item, i) => {
      const ratio = (prev[i]! - zeros[i]!) / (curr[i]! - zeros[i]!);
      expect(ratio).toBeCloseTo(item.previous / item.current, 3);
    });
    // The 45→50 gap is visibly wider than a few units, which a shared scale up to 800 would not give.
    expect(curr[2]! - prev[2]!).toBeGreaterThan(30);
    // Every row's larger value sits at the same right end.
    expect(new Set(curr).size).toBe(1);
    const change = byClass(root, 'change', 'line');
    expect(num(change[0]!, 'x1')).toBe(prev[0]);
    expect(num(change[0]!, 'x2')).toBe(curr[0]);
  });

  it('says in the summary and on the chart that rows have their own scales and that the percentages are the site’s arithmetic', () => {
    expect(result.summary).toContain(SCALE_NOTE);
    expect(SCALE_NOTE).toContain('变化幅度由本站按新旧金额算出');
    expect(result.summary).toContain('高校毕业生就业见习补助标准由2016年600元提高到2017年800元（+33.3%）');
    expect(byClass(root, 'note').map(textOf).join('')).toBe(SCALE_NOTE);
  });

  it('tabulates the values', () => {
    expect(result.table.head).toEqual(['标准', '原标准', '原标准年份', '新标准', '新标准年份', '单位', '变化幅度（本站计算）']);
    expect(result.table.rows[0]).toEqual(['高校毕业生就业见习补助标准', 600, 2016, 800, 2017, '元', '+33.3%']);
    expect(result.table.rows.map((r) => r[6])).toEqual(['+33.3%', '+7.1%', '+11.1%']);
  });

  it('handles unknown years, decreases, unchanged values and a zero previous value', () => {
    const r = standardDumbbell(
      {
        items: [
          { label: '降低', previous: 100, current: 98, unit: '元/人·月', previousYear: null, currentYear: null },
          { label: '不变', previous: 50, current: 50, unit: '元', previousYear: 2016, currentYear: 2017 },
          { label: '从零', previous: 0, current: 30, unit: '元', previousYear: 2016, currentYear: 2017 },
          { label: '全零', previous: 0, current: 0, unit: '元', previousYear: null, currentYear: null },
        ],
      },
      { id: 'edge' },
    );
    const parsed = expectValidChart(r.svg, 'edge');
    expect(byClass(parsed, 'percent').map(textOf)).toEqual(['-2.0%', '0.0%', '—', '—']);
    expect(allTexts(parsed)).toContain('原标准：100元/人·月');
    expect(r.summary).toContain('降低由100元/人·月降低到98元/人·月（-2.0%）');
    expect(r.summary).toContain('不变保持50元不变');
    expect(r.table.rows[0]).toEqual(['降低', 100, '通知未载明', 98, '通知未载明', '元/人·月', '-2.0%']);
  });

  it('escapes labels and units', () => {
    const r = standardDumbbell({ items: [{ label: '<script>', previous: 1, current: 2, unit: '<&>', previousYear: null, currentYear: null }] }, { id: 'esc' });
    expect(r.svg).not.toContain('<script>');
    expect(r.svg).toContain('&lt;script&gt;');
    expect(r.svg).toContain('&lt;&amp;&gt;');
    expectValidChart(r.svg, 'esc');
  });

  it('handles empty and single-item input', () => {
    const empty = standardDumbbell({ items: [] }, { id: 'empty' });
    expect(allTexts(expectValidChart(empty.svg, 'empty'))).toContain('暂无数据');
    expect(empty.table.rows).toEqual([]);
    const single = standardDumbbell({ items: [LUYANG.items[2]!] }, { id: 'single' });
    const parsed = expectValidChart(single.svg, 'single');
    expect(byClass(parsed, 'percent').map(textOf)).toEqual(['+11.1%']);
  });

  it('rejects negative amounts', () => {
    expect(() => standardDumbbell({ items: [{ label: 'x', previous: -1, current: 2, unit: '元', previousYear: null, currentYear: null }] }, { id: 'bad' })).toThrow(RangeError);
  });

  it('keeps every label inside a narrow 360-unit chart', () => {
    expectValidChart(standardDumbbell(LUYANG, { id: 'narrow', width: 360 }).svg, 'narrow');
  });
});
