import { describe, expect, it } from 'vitest';
import { lineageFlow, lineageKindLabel, type LineageFlowData } from '../../src/charts/lineageFlow.ts';
import { t } from '../../src/i18n/index.ts';
import { allTexts, byClass, expectValidChart, findAll, num, textOf, tooltipOf, type XmlElement } from './xml.ts';

const FLOWS: LineageFlowData = {
  flows: [
    {
      kind: 'merged',
      successor: { label: '基本公共卫生服务和妇幼健康、计划生育服务', href: '/luyang-2017/projects/public-health?from=a&to=b' },
      predecessors: [{ label: '基本公共卫生服务', href: '/luyang-2017/projects/basic-public-health-service' }, { label: '妇幼卫生保健' }, { label: '计划生育家庭特别扶助' }],
    },
    {
      kind: 'moved',
      successor: { label: '城乡义务教育经费保障机制' },
      predecessors: [{ label: '免收义务教育阶段学生书本费' }],
    },
  ],
};

/** Start and end points of a `M x,y C … x,y` path. */
function ends(path: XmlElement): { start: [number, number]; end: [number, number] } {
  const nums = (path.attrs.d ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
  expect(path.attrs.d).toMatch(/^M/);
  return { start: [nums[0]!, nums[1]!], end: [nums[nums.length - 2]!, nums[nums.length - 1]!] };
}

describe('lineageFlow', () => {
  const result = lineageFlow(FLOWS, { id: 'lineage' });
  const root = expectValidChart(result.svg, 'lineage');

  it('draws predecessors on the left, successors on the right and one curve per predecessor', () => {
    const preds = byClass(root, 'predecessor', 'rect');
    const succs = byClass(root, 'successor', 'rect');
    expect(preds).toHaveLength(4);
    expect(succs).toHaveLength(2);
    for (const p of preds) expect(num(p, 'x') + num(p, 'width')).toBeLessThan(num(succs[0]!, 'x'));
    expect(byClass(root, 'predecessor-label').map(textOf)).toEqual(['基本公共卫生服务', '妇幼卫生保健', '计划生育家庭特别扶助', '免收义务教育阶段学生书本费']);

    const links = byClass(root, 'link', 'path');
    expect(links).toHaveLength(4);
    links.forEach((link, i) => {
      const { start, end } = ends(link);
      const pred = preds[i]!;
      expect(start[0]).toBeCloseTo(num(pred, 'x') + num(pred, 'width'), 1);
      expect(start[1]).toBeCloseTo(num(pred, 'y') + num(pred, 'height') / 2, 1);
      const succ = succs[i < 3 ? 0 : 1]!;
      expect(end[0]).toBeLessThanOrEqual(num(succ, 'x'));
      expect(end[0]).toBeGreaterThan(num(succ, 'x') - 5);
      expect(end[1]).toBeCloseTo(num(succ, 'y') + num(succ, 'height') / 2, 1);
      expect(link.attrs['marker-end']).toBe('url(#lineage-arrow)');
    });
    // A d3 link is a cubic curve, not a straight segment.
    expect(links[0]!.attrs.d).toContain('C');
    expect(tooltipOf(links[0]!)).toBe('基本公共卫生服务 整合归并至 基本公共卫生服务和妇幼健康、计划生育服务');
  });

  it('tells kinds apart by dash pattern and by a text label', () => {
    const links = byClass(root, 'link', 'path');
    expect(links.slice(0, 3).every((l) => l.attrs['stroke-dasharray'] === undefined)).toBe(true);
    expect(links[3]!.attrs['stroke-dasharray']).toBeTruthy();
    expect(byClass(root, 'kind-label').map(textOf)).toEqual([lineageKindLabel('merged', t), lineageKindLabel('moved', t)]);
    expect(allTexts(root)).toEqual(expect.arrayContaining(['整合归并', '调整移入', '原项目', '现项目']));
  });

  it('links boxes with an href, escaped, and leaves the others plain', () => {
    const anchors = findAll(root, (e) => e.name === 'a');
    expect(anchors.map((a) => a.attrs.href)).toEqual(['/luyang-2017/projects/basic-public-health-service', '/luyang-2017/projects/public-health?from=a&to=b']);
    expect(result.svg).toContain('href="/luyang-2017/projects/public-health?from=a&amp;to=b"');
    // The whole box is the click target, not just the text.
    for (const a of anchors) expect(findAll(a, (e) => e.name === 'rect')).toHaveLength(1);
    const linkedText = findAll(anchors[0]!, (e) => e.name === 'text')[0]!;
    expect(linkedText.attrs['text-decoration']).toBe('underline');
  });

  it('summarises and tabulates every predecessor', () => {
    expect(result.summary).toContain('基本公共卫生服务、妇幼卫生保健、计划生育家庭特别扶助合并为基本公共卫生服务和妇幼健康、计划生育服务');
    // One project merged alone is 并入, as the notice words it.
    expect(lineageFlow({ flows: [{ kind: 'merged', successor: { label: '乙' }, predecessors: [{ label: '甲' }] }] }, { id: 'one' }).summary).toContain('甲并入乙');
    expect(result.summary).toContain('免收义务教育阶段学生书本费调整移入城乡义务教育经费保障机制');
    expect(result.table.head).toEqual(['原项目', '变动方式', '现项目']);
    expect(result.table.rows).toHaveLength(4);
    expect(result.table.rows[3]).toEqual(['免收义务教育阶段学生书本费', '调整移入', '城乡义务教育经费保障机制']);
  });

  it('wraps long names inside their boxes', () => {
    const long = '新型农村合作医疗与城镇居民基本医疗保险整合为城乡居民基本医疗保险制度项目';
    const r = lineageFlow({ flows: [{ kind: 'merged', successor: { label: long }, predecessors: [{ label: '甲' }] }] }, { id: 'long' });
    const parsed = expectValidChart(r.svg, 'long');
    const label = byClass(parsed, 'successor-label');
    expect(label).toHaveLength(1);
    expect(textOf(label[0]!)).toBe(long);
    const lines = findAll(label[0]!, (e) => e.name === 'tspan');
    expect(lines.length).toBeGreaterThan(1);
    const box = byClass(parsed, 'successor', 'rect')[0]!;
    expect(num(box, 'height')).toBeGreaterThan(lines.length * 14);
    // Every line sits inside the box.
    for (const line of lines) {
      expect(num(line, 'y')).toBeGreaterThan(num(box, 'y'));
      expect(num(line, 'y')).toBeLessThan(num(box, 'y') + num(box, 'height'));
    }
  });

  it('escapes labels and hrefs', () => {
    const r = lineageFlow({ flows: [{ kind: 'moved', successor: { label: '<script>', href: '/a?b="c"&d=<e>' }, predecessors: [{ label: 'x & y' }] }] }, { id: 'esc' });
    expect(r.svg).not.toContain('<script>');
    expect(r.svg).toContain('&lt;script&gt;');
    expect(r.svg).toContain('href="/a?b=&quot;c&quot;&amp;d=&lt;e&gt;"');
    expect(r.svg).toContain('x &amp; y');
    expectValidChart(r.svg, 'esc');
  });

  it('handles empty input, a single flow and a flow without predecessors', () => {
    const empty = lineageFlow({ flows: [] }, { id: 'empty' });
    expect(allTexts(expectValidChart(empty.svg, 'empty'))).toContain('暂无数据');
    expect(empty.table.rows).toEqual([]);

    const single = lineageFlow({ flows: [FLOWS.flows[1]!] }, { id: 'single' });
    const parsed = expectValidChart(single.svg, 'single');
    expect(byClass(parsed, 'link', 'path')).toHaveLength(1);

    const orphan = lineageFlow({ flows: [{ kind: 'merged', successor: { label: '新项目' }, predecessors: [] }] }, { id: 'orphan' });
    const o = expectValidChart(orphan.svg, 'orphan');
    expect(byClass(o, 'link', 'path')).toHaveLength(0);
    expect(byClass(o, 'successor', 'rect')).toHaveLength(1);
  });

  it('keeps every label inside a narrow 360-unit chart', () => {
    expectValidChart(lineageFlow(FLOWS, { id: 'narrow', width: 360 }).svg, 'narrow');
  });
});
