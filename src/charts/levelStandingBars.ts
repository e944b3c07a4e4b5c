/**
 * Horizontal stacked bars: for each government level, how many projects have each standing
 * (新增实施, 继续实施, 退出实施 …), with the count on every segment and the total at the end.
 */

import { scaleLinear } from 'd3-scale';
import type { Translate } from '../i18n/index.ts';
import { AXIS, BACKGROUND, MUTED_TEXT, TEXT, styleForKey } from './palette.ts';
import {
  LABEL_FONT,
  SMALL_FONT,
  checkCount,
  emptyChart,
  escapeXml,
  formatValue,
  legend,
  n,
  resolveOptions,
  seriesPaint,
  stackLabels,
  svgDocument,
  text,
  textLines,
  textWidth,
  wrapText,
  type ChartOptions,
  type ChartResult,
} from './svg.ts';

/** One standing within a level, e.g. `{ key: 'new', label: '新增实施', value: 3 }`. */
export interface StandingSegment {
  /** Stable key of the standing; the same key must mean the same standing in every row. */
  key: string;
  /** Label readers see, e.g. 新增实施. */
  label: string;
  /** Number of projects; zero segments are left out of the drawing. */
  value: number;
  /**
   * Whether the standing counts among the level's projects carried out this year (新增实施, 继续实施 …)
   * rather than a departure (退出实施, 已整合归并 …); default true. The heading states the counted
   * total, the number on the page's cards, and names what else the bar holds.
   */
  counted?: boolean;
}

/** One bar: a level (省级, 市级, 区级 or any label) and its standings. */
export interface LevelStandingRow {
  label: string;
  segments: StandingSegment[];
}

/** Input of {@link levelStandingBars}. */
export interface LevelStandingData {
  rows: LevelStandingRow[];
}

const PAD = 16;
const BAR_H = 32;
const HEADING_H = 26;
const ROW_GAP = 18;
const CALLOUT_LINE = 22;

/** A series (standing) in the order it first appears in the rows. */
interface Series {
  key: string;
  label: string;
  index: number;
}

/** Sums duplicate keys within a row so each standing is drawn and tabulated once. */
function aggregate(row: LevelStandingRow, t: Translate): Map<string, { label: string; value: number; counted: boolean }> {
  const byKey = new Map<string, { label: string; value: number; counted: boolean }>();
  for (const seg of row.segments) {
    const value = checkCount(seg.value, t('chart.levels.segmentCount', { level: row.label, standing: seg.label }));
    const prev = byKey.get(seg.key);
    byKey.set(seg.key, { label: prev?.label ?? seg.label, value: (prev?.value ?? 0) + value, counted: prev?.counted ?? seg.counted !== false });
  }
  return byKey;
}

/**
 * Builds the level × standing stacked bar chart.
 *
 * Bar lengths share one linear scale from 0, so bars are comparable across levels. A count
 * that does not fit inside its segment is written below the bar with the standing's name and
 * a leader line, so even a 1-project sliver is identifiable without matching colours.
 */
export function levelStandingBars(data: LevelStandingData, options: ChartOptions): ChartResult {
  const resolved = resolveOptions(options, 'chart.levels.title');
  const { id, width, title, t } = resolved;
  const rows = data.rows.map((row) => ({ label: row.label, byKey: aggregate(row, t) }));

  const series: Series[] = [];
  for (const row of rows) {
    for (const [key, seg] of row.byKey) {
      if (seg.value > 0 && !series.some((s) => s.key === key)) series.push({ key, label: seg.label, index: series.length });
    }
  }
  const head = [t('chart.common.levelHeading'), ...series.map((s) => s.label), t('chart.levels.countedHeading'), t('chart.levels.totalHeading')];
  if (rows.length === 0) return emptyChart(resolved, head);

  const totals = rows.map((row) => [...row.byKey.values()].reduce((sum, seg) => sum + seg.value, 0));
  const maxTotal = Math.max(0, ...totals);

  const paints = new Map(series.map((s) => [s.key, { style: styleForKey(s.key, s.index), ...seriesPaint(`${id}-p${s.index}`, styleForKey(s.key, s.index)) }]));

  const leg = legend(
    series.map((s) => ({ label: s.label, fill: paints.get(s.key)!.fill })),
    PAD,
    PAD,
    width - 2 * PAD,
  );

  // Each bar has its heading above it (level, projects carried out, what else the bar holds), so
  // the bars use the whole width and start at one zero.
  const x0 = PAD;
  const x1 = width - PAD;
  // A zero domain would divide by zero; with no projects every bar simply stays empty.
  const x = scaleLinear()
    .domain([0, maxTotal > 0 ? maxTotal : 1])
    .range([x0, x1]);

  const body: string[] = [];
  let y = PAD + leg.height + (leg.height > 0 ? 8 : 0);

  const headings: string[] = [];
  const countedTotals: number[] = [];
  rows.forEach((row) => {
    const parts = [...row.byKey.values()].filter((seg) => seg.value > 0);
    const counted = parts.filter((seg) => seg.counted).reduce((sum, seg) => sum + seg.value, 0);
    countedTotals.push(counted);
    const others = parts.filter((seg) => !seg.counted);
    const heading =
      others.length === 0
        ? t('chart.levels.heading', { level: row.label, n: formatValue(counted) })
        : t('chart.levels.heading.others', {
            level: row.label,
            n: formatValue(counted),
            others: others.map((seg) => seg.label).join(t('chart.common.enumerationSeparator')),
            m: formatValue(others.reduce((sum, seg) => sum + seg.value, 0)),
          });
    headings.push(heading);
    body.push(textLines(PAD, y + LABEL_FONT, wrapText(heading, width - 2 * PAD, LABEL_FONT), 20, { weight: 'bold', className: 'row-heading' }));
    y += HEADING_H + (wrapText(heading, width - 2 * PAD, LABEL_FONT).length - 1) * 20;
    const segs: string[] = [];
    const inside: string[] = [];
    const callouts: { x: number; content: string }[] = [];
    let cum = 0;
    for (const s of series) {
      const value = row.byKey.get(s.key)?.value ?? 0;
      if (value <= 0) continue;
      const sx = x(cum);
      const w = x(cum + value) - sx;
      cum += value;
      const paint = paints.get(s.key)!;
      segs.push(
        `<rect class="seg" x="${n(sx)}" y="${n(y)}" width="${n(w)}" height="${BAR_H}" fill="${escapeXml(paint.fill)}" stroke="#ffffff" stroke-width="1">` +
          `<title>${escapeXml(t('chart.common.partTooltip', { whole: row.label, part: s.label, n: formatValue(value) }))}</title></rect>`,
      );
      const valueText = formatValue(value);
      if (textWidth(valueText, LABEL_FONT) + 8 <= w) {
        inside.push(
          text(sx + w / 2, y + BAR_H / 2 + 6, valueText, {
            anchor: 'middle',
            fill: '#ffffff',
            halo: paint.style.fill,
            weight: 'bold',
            className: 'seg-label',
          }),
        );
      } else {
        callouts.push({ x: sx + w / 2, content: `${s.label} ${valueText}` });
      }
    }

    body.push(...segs, ...inside);

    // Nearest line first, placed so that no leader runs through another segment's label (stackLabels).
    const labels: string[] = [];
    let line = 0;
    for (const placed of stackLabels(callouts, PAD, width - PAD, SMALL_FONT)) {
      const c = placed.label;
      const right = placed.side === 'right';
      const top = y + BAR_H + 6 + line * CALLOUT_LINE;
      body.push(
        `<path class="leader" d="M${n(c.x)},${n(y + BAR_H)} L${n(c.x)},${n(top + 10)} L${n(right ? c.x + 4 : c.x - 4)},${n(top + 10)}" stroke="${AXIS}" stroke-width="1" fill="none"/>`,
      );
      labels.push(
        textLines(right ? c.x + 6 : c.x - 6, top + SMALL_FONT, placed.lines, CALLOUT_LINE, {
          size: SMALL_FONT,
          anchor: right ? 'start' : 'end',
          fill: MUTED_TEXT,
          halo: BACKGROUND,
          className: 'callout',
        }),
      );
      line += placed.lines.length;
    }
    body.push(...labels);

    // A zero tick per bar rather than one long axis, so it never runs through callouts.
    body.push(`<line class="baseline" x1="${n(x0)}" y1="${n(y - 4)}" x2="${n(x0)}" y2="${n(y + BAR_H + 4)}" stroke="${AXIS}" stroke-width="1.5"/>`);
    y += BAR_H + line * CALLOUT_LINE + (line > 0 ? 8 : 0) + ROW_GAP;
  });

  const parts = rows.map((row, r) => {
    const detail = series
      .map((s) => ({ label: s.label, value: row.byKey.get(s.key)?.value ?? 0 }))
      .filter((d) => d.value > 0)
      .map((d) => t('chart.common.namedCount', { name: d.label, n: formatValue(d.value) }))
      .join(t('chart.common.enumerationSeparator'));
    return t('chart.levels.summary.row', { heading: headings[r]!, detail });
  });
  const summary = t('chart.common.summary', { title, text: parts.join(t('chart.common.listSeparator')) });

  const svg = svgDocument({
    id,
    width,
    height: y - ROW_GAP + PAD,
    title,
    desc: summary,
    defs: [...paints.values()].map((p) => p.def).join(''),
    body: leg.markup + body.join(''),
  });

  const tableRows = rows.map((row, r) => [row.label, ...series.map((s) => row.byKey.get(s.key)?.value ?? 0), countedTotals[r]!, totals[r]!]);
  return { svg, summary, table: { caption: title, head, rows: tableRows } };
}
