/**
 * Chart labels never collide, measured on the real glyphs Chromium draws (Noto Sans CJK) rather
 * than on the builders' estimate: on every page with a chart, at the phone width (360 px), the
 * desktop width (1280 px) and in 大字模式, no two lines of chart text overlap, and no leader line
 * (a callout's, a deadline marker's) crosses a label other than its own.
 *
 * A line of text is boxed from its first to its last glyph's advance, and from 0.88 em above its
 * baseline to 0.12 em below (the ideographic em box), in the SVG's own units: the font's ascent
 * and descent would add space no glyph fills, and flag lines set 20 units apart at 16.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext } from '../support/browser.ts';
import { listPages } from '../support/pages.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const html = (path: string) => readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
const chartPages = listPages(dist).filter((path) => html(path).includes('<figure class="chart"'));
const session = useSiteSession(dist);

/** What the page reports: per visible chart, the collisions found. */
interface ChartReport {
  chart: string;
  labels: number;
  problems: string[];
}

/** Runs in the page: boxes every line of text of every visible chart and checks them. */
function collisions(): ChartReport[] {
  interface Box {
    text: string;
    owner: number;
    x0: number;
    y0: number;
    x1: number;
    y1: number;
  }
  /** Slack in SVG units: boxes that merely touch, or a line that grazes a box's edge, do not count. */
  const SLACK = 0.5;
  const reports: ChartReport[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')) {
    if (svg.getBoundingClientRect().width === 0) continue;
    const boxes: Box[] = [];
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
    texts.forEach((el, owner) => {
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      const chars = el.getNumberOfChars();
      // One box per baseline (a wrapped label's tspans are lines of their own).
      const lines = new Map<number, Box>();
      for (let i = 0; i < chars; i++) {
        const extent = el.getExtentOfChar(i);
        const baseline = Math.round(el.getStartPositionOfChar(i).y * 100) / 100;
        const line = lines.get(baseline) ?? { text: '', owner, x0: Infinity, y0: baseline - 0.88 * size, x1: -Infinity, y1: baseline + 0.12 * size };
        line.x0 = Math.min(line.x0, extent.x);
        line.x1 = Math.max(line.x1, extent.x + extent.width);
        line.text += (el.textContent ?? '').charAt(i);
        lines.set(baseline, line);
      }
      for (const line of lines.values()) if (line.text.trim() !== '') boxes.push({ ...line, text: line.text.trim() });
    });
    const problems: string[] = [];
    const overlap = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > SLACK && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > SLACK;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.owner !== b.owner && overlap(a, b)) problems.push(`「${a.text}」 overlaps 「${b.text}」`);
        // Lines of one label overlap only if it was set tighter than its font.
        if (a.owner === b.owner && overlap(a, b)) problems.push(`lines 「${a.text}」 and 「${b.text}」 of one label overlap`);
      }
    }
    // Leader lines: polylines from a mark to a label. The label nearest either end is the leader's own.
    const leaders = [...svg.querySelectorAll<SVGGeometryElement>('.leader, line.deadline')];
    for (const leader of leaders) {
      const points: [number, number][] = [];
      if (leader instanceof SVGLineElement) {
        points.push([leader.x1.baseVal.value, leader.y1.baseVal.value], [leader.x2.baseVal.value, leader.y2.baseVal.value]);
      } else {
        for (const m of (leader.getAttribute('d') ?? '').matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)) points.push([Number(m[1]), Number(m[2])]);
      }
      const distance = (p: [number, number], b: Box) => Math.hypot(Math.max(b.x0 - p[0], 0, p[0] - b.x1), Math.max(b.y0 - p[1], 0, p[1] - b.y1));
      let own = -1;
      let nearest = 12;
      for (const b of boxes) {
        for (const p of [points[0]!, points.at(-1)!]) {
          const d = distance(p, b);
          if (d < nearest) [nearest, own] = [d, b.owner];
        }
      }
      for (const b of boxes) {
        if (b.owner === own) continue;
        for (let k = 1; k < points.length; k++) {
          // Liang–Barsky: does the segment enter the box shrunk by the slack?
          const [[ax, ay], [bx, by]] = [points[k - 1]!, points[k]!];
          const [dx, dy] = [bx - ax, by - ay];
          let [t0, t1] = [0, 1];
          const edges: [number, number][] = [
            [-dx, ax - (b.x0 + SLACK)],
            [dx, b.x1 - SLACK - ax],
            [-dy, ay - (b.y0 + SLACK)],
            [dy, b.y1 - SLACK - ay],
          ];
          let inside = true;
          for (const [p, q] of edges) {
            if (p === 0) {
              if (q < 0) inside = false;
            } else if (p < 0) t0 = Math.max(t0, q / p);
            else t1 = Math.min(t1, q / p);
          }
          if (inside && t0 <= t1) {
            problems.push(`the ${leader.getAttribute('class')} line crosses 「${b.text}」`);
            break;
          }
        }
      }
    }
    reports.push({ chart: svg.id || svg.getAttribute('aria-labelledby')!.split('-title')[0]!, labels: boxes.length, problems: [...new Set(problems)] });
  }
  return reports;
}

const MODES = [
  { name: '360 px', viewport: { width: 360, height: 800 }, large: false },
  { name: '1280 px', viewport: { width: 1280, height: 900 }, large: false },
  { name: '大字模式 at 1280 px', viewport: { width: 1280, height: 900 }, large: true },
];

describe.each(MODES)('chart labels at $name', ({ viewport, large }) => {
  let opened: Awaited<ReturnType<typeof isolatedContext>>;
  beforeAll(async () => {
    opened = await isolatedContext(session.browser, session.server.origin, { viewport });
    // 大字模式 as the reading-mode script remembers it, applied before the first paint.
    if (large) await opened.context.addInitScript(() => localStorage.setItem('minsheng-reading-mode', 'large'));
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  it('finds the pages with charts', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['', 'luyang-2017/', 'luyang-2017/standards/']));
  });

  it.each(chartPages.map((path) => [path || '/', path]))('%s: no two labels overlap, no leader crosses another label', async (_label, path) => {
    const page = await opened.context.newPage();
    await page.goto(session.server.url + path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (large) expect(await page.locator('#reading-mode').isChecked()).toBe(true);
    const reports = await page.evaluate(collisions);
    await page.close();
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(r.labels, r.chart).toBeGreaterThan(0);
    expect(reports.filter((r) => r.problems.length > 0)).toEqual([]);
  });
});
