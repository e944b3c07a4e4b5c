import { describe, expect, it } from 'vitest';
import { decisionFunnel, unexplainedRemainder, type DecisionFunnelData } from '../../src/charts/decisionFunnel.ts';
import { t } from '../../src/i18n/index.ts';
import { allTexts, byClass, expectValidChart, findAll, num, textOf, tooltipOf, type XmlElement } from './xml.ts';

const UNEXPLAINED_LABEL = t('chart.funnel.unexplained');

/**
 * Three levels, two kinds of explained gap (the chart draws whatever reasons its data gives; which
 * standings explain a gap is decided in src/lib/charts/chart-data.ts). Synthetic: Luyang's notice
 * explains only the provincial gap.
 */
const SAMPLE: DecisionFunnelData = {
  rows: [
    { label: '省级', decided: 33, implemented: 22, explained: [{ label: '退出实施', value: 1 }] },
    { label: '市级', decided: 9, implemented: 7, explained: [{ label: '市级统筹实施', value: 2 }] },
    { label: '区级', decided: 8, implemented: 8, explained: [] },
  ],
};

/** Rects whose tooltip starts with `prefix`, e.g. `省级 · 确定实施`. */
function rectsFor(root: XmlElement, prefix: string): XmlElement[] {
  return findAll(root, (e) => e.name === 'rect' && tooltipOf(e).startsWith(prefix));
}

function onlyWidth(root: XmlElement, prefix: string): number {
  const rects = rectsFor(root, prefix);
  expect(rects, prefix).toHaveLength(1);
  return num(rects[0]!, 'width');
}

describe('unexplainedRemainder', () => {
  it('is decided minus implemented minus what the notice explains, never negative', () => {
    expect(unexplainedRemainder(SAMPLE.rows[0]!)).toBe(10);
    expect(unexplainedRemainder(SAMPLE.rows[1]!)).toBe(0);
    expect(unexplainedRemainder(SAMPLE.rows[2]!)).toBe(0);
    expect(unexplainedRemainder({ label: 'x', decided: null, implemented: 3, explained: [] })).toBe(0);
    expect(unexplainedRemainder({ label: 'x', decided: 5, implemented: 6, explained: [] })).toBe(0);
  });
});

describe('decisionFunnel', () => {
  const result = decisionFunnel(SAMPLE, { id: 'funnel' });
  const root = expectValidChart(result.svg, 'funnel');

  it('draws the unexplained remainder of 10 for 省级 33 → 22 with 退出实施 1, and labels it', () => {
    const decided = onlyWidth(root, '省级 · 确定实施');
    const unexplained = onlyWidth(root, `省级 · ${UNEXPLAINED_LABEL}：10项`);
    expect(unexplained / decided).toBeCloseTo(10 / 33, 2);
    expect(byClass(root, 'unexplained-label').map(textOf)).toEqual([`${UNEXPLAINED_LABEL} 10项`]);
    expect(UNEXPLAINED_LABEL).toBe('未在本区实施，原因通知未载明');
  });

  it('splits the second bar into implemented, explained and unexplained parts that add up to decided', () => {
    const decidedRect = rectsFor(root, '省级 · 确定实施')[0]!;
    const implemented = rectsFor(root, '省级 · 本区实施')[0]!;
    const withdrawn = rectsFor(root, '省级 · 退出实施')[0]!;
    const unexplained = rectsFor(root, `省级 · ${UNEXPLAINED_LABEL}`)[0]!;
    const decided = num(decidedRect, 'width');
    expect(num(implemented, 'width') / decided).toBeCloseTo(22 / 33, 2);
    expect(num(withdrawn, 'width') / decided).toBeCloseTo(1 / 33, 2);
    // Parts sit end to end, starting where the decided bar starts and ending where it ends.
    expect(num(implemented, 'x')).toBeCloseTo(num(decidedRect, 'x'), 1);
    expect(num(withdrawn, 'x')).toBeCloseTo(num(implemented, 'x') + num(implemented, 'width'), 1);
    expect(num(unexplained, 'x')).toBeCloseTo(num(withdrawn, 'x') + num(withdrawn, 'width'), 1);
    expect(num(unexplained, 'x') + num(unexplained, 'width')).toBeCloseTo(num(decidedRect, 'x') + decided, 1);
    // The unknown part is told apart by a dashed outline, not only by colour.
    expect(unexplained.attrs['stroke-dasharray']).toBeTruthy();
  });

  it('draws no unexplained part when the notice accounts for the whole gap', () => {
    expect(rectsFor(root, `市级 · ${UNEXPLAINED_LABEL}`)).toHaveLength(0);
    expect(rectsFor(root, `区级 · ${UNEXPLAINED_LABEL}`)).toHaveLength(0);
    expect(onlyWidth(root, '市级 · 市级统筹实施') / onlyWidth(root, '市级 · 确定实施')).toBeCloseTo(2 / 9, 2);
    expect(allTexts(root)).toContain('市级统筹实施 2项');
    expect(onlyWidth(root, '区级 · 本区实施')).toBeCloseTo(onlyWidth(root, '区级 · 确定实施'), 1);
  });

  it('uses one scale for all levels', () => {
    expect(onlyWidth(root, '省级 · 确定实施') / onlyWidth(root, '市级 · 确定实施')).toBeCloseTo(33 / 9, 2);
    expect(onlyWidth(root, '区级 · 本区实施') / onlyWidth(root, '省级 · 本区实施')).toBeCloseTo(8 / 22, 2);
  });

  it('labels the numbers on the chart', () => {
    const texts = allTexts(root);
    expect(byClass(root, 'decided-label').map(textOf)).toEqual(['33项', '9项', '8项']);
    expect(byClass(root, 'implemented-label').map(textOf)).toEqual(['22', '7', '8']);
    expect(texts).toContain('退出实施 1项');
    expect(byClass(root, 'row-heading').map(textOf)[0]).toBe('省级：确定实施33项，本区实施22项');
  });

  it('summarises and tabulates, saying only what is known', () => {
    expect(result.summary).toContain('省级确定实施33项，本区实施22项，相差11项（本站计算），其中退出实施1项，10项未在本区实施、原因通知未载明');
    expect(result.summary).toContain('市级确定实施9项，本区实施7项，相差2项（本站计算），其中市级统筹实施2项；');
    expect(result.summary).toContain('区级确定实施8项，本区全部实施');
    expect(result.table.head).toEqual(['层级', '确定实施', '本区实施', '退出实施', '市级统筹实施', UNEXPLAINED_LABEL]);
    expect(result.table.rows).toEqual([
      ['省级', 33, 22, 1, 0, 10],
      ['市级', 9, 7, 0, 2, 0],
      ['区级', 8, 8, 0, 0, 0],
    ]);
  });

  it('draws only the implemented bar when decided is unknown', () => {
    const r = decisionFunnel({ rows: [{ label: '区级', decided: null, implemented: 8, explained: [] }] }, { id: 'nulldecided' });
    const parsed = expectValidChart(r.svg, 'nulldecided');
    expect(byClass(parsed, 'decided', 'rect')).toHaveLength(0);
    expect(byClass(parsed, 'implemented', 'rect')).toHaveLength(1);
    expect(byClass(parsed, 'unexplained', 'rect')).toHaveLength(0);
    expect(byClass(parsed, 'row-heading').map(textOf)[0]).toContain('确定实施数通知未载明');
    expect(r.table.rows).toEqual([['区级', '通知未载明', 8, '—']]);
  });

  it('reports, rather than hides, implemented + explained exceeding decided', () => {
    const r = decisionFunnel({ rows: [{ label: '市级', decided: 5, implemented: 6, explained: [] }] }, { id: 'over' });
    expectValidChart(r.svg, 'over');
    expect(r.summary).toContain('多1项');
  });

  it('escapes labels', () => {
    const r = decisionFunnel({ rows: [{ label: '<script>', decided: 3, implemented: 1, explained: [{ label: 'a&b', value: 1 }] }] }, { id: 'esc' });
    expect(r.svg).not.toContain('<script>');
    expect(r.svg).toContain('&lt;script&gt;');
    expect(r.svg).toContain('a&amp;b');
    expectValidChart(r.svg, 'esc');
  });

  it('handles empty and single-row input', () => {
    const empty = decisionFunnel({ rows: [] }, { id: 'empty' });
    expect(allTexts(expectValidChart(empty.svg, 'empty'))).toContain('暂无数据');
    expect(empty.table.rows).toEqual([]);

    const single = decisionFunnel({ rows: [{ label: '省级', decided: 1, implemented: 0, explained: [] }] }, { id: 'single' });
    const parsed = expectValidChart(single.svg, 'single');
    expect(byClass(parsed, 'implemented', 'rect')).toHaveLength(0);
    expect(byClass(parsed, 'unexplained-label').map(textOf)).toEqual([`${UNEXPLAINED_LABEL} 1项`]);

    const zeros = decisionFunnel({ rows: [{ label: '省级', decided: 0, implemented: 0, explained: [] }] }, { id: 'zeros' });
    expectValidChart(zeros.svg, 'zeros');
  });

  it('keeps the long unexplained label inside a narrow 360-unit chart', () => {
    const narrow = decisionFunnel(SAMPLE, { id: 'narrow', width: 360 });
    const parsed = expectValidChart(narrow.svg, 'narrow');
    expect(textOf(byClass(parsed, 'unexplained-label')[0]!)).toBe(`${UNEXPLAINED_LABEL} 10项`);
  });
});
