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
const ROW_GAP = 18;
const CALLOUT_LINE = 22;

/** A series (standing) in the order it first appears in the rows. */
interface Series {
  key: string;
  label: string;
  index: number;
}

/** Sums duplicate keys within a row so each standing is drawn and tabulated once. */
function aggregate(row: LevelStandingRow, t: Translate): Map<string, { label: string; value: number }> {
  const byKey = new Map<string, { label: string; value: number }>();
  for (const seg of row.segments) {
    const value = checkCount(seg.value, t('chart.levels.segmentCount', { level: row.label, standing: seg.label }));
    const prev = byKey.get(seg.key);
    byKey.set(seg.key, { label: prev?.label ?? seg.label, value: (prev?.value ?? 0) + value });
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
  const totalLabel = (total: number): string => t('chart.levels.total', { n: formatValue(total) });

  const series: Series[] = [];
  for (const row of rows) {
    for (const [key, seg] of row.byKey) {
      if (seg.value > 0 && !series.some((s) => s.key === key)) series.push({ key, label: seg.label, index: series.length });
    }
  }
  const head = [t('chart.common.levelHeading'), ...series.map((s) => s.label), t('chart.levels.totalHeading')];
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

  const labelW = Math.min(width * 0.3, Math.max(40, ...rows.map((r) => textWidth(r.label, LABEL_FONT) + 12)));
  const totalW = Math.max(...totals.map((total) => textWidth(totalLabel(total), LABEL_FONT))) + 12;
  const x0 = PAD + labelW;
  const x1 = width - PAD - totalW;
  // A zero domain would divide by zero; with no projects every bar simply stays empty.
  const x = scaleLinear()
    .domain([0, maxTotal > 0 ? maxTotal : 1])
    .range([x0, x1]);

  const body: string[] = [];
  let y = PAD + leg.height + (leg.height > 0 ? 8 : 0);

  rows.forEach((row, r) => {
    const total = totals[r]!;
    const segs: string[] = [];
    const inside: string[] = [];
    const callouts: { x: number; start: number; end: number; line: number; content: string }[] = [];
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
        const content = `${s.label} ${valueText}`;
        const cw = textWidth(content, SMALL_FONT);
        const centre = sx + w / 2;
        const start = Math.max(PAD, Math.min(width - PAD - cw, centre - cw / 2));
        // Put the callout on the first line where it does not collide with earlier ones.
        let line = 0;
        while (callouts.some((c) => c.line === line && start < c.end + 8 && start + cw > c.start - 8)) line += 1;
        callouts.push({ x: centre, start, end: start + cw, line, content });
      }
    }

    const lines = wrapText(row.label, labelW - 12, LABEL_FONT);
    const firstBaseline = y + BAR_H / 2 + 6 - ((lines.length - 1) * 20) / 2;
    body.push(textLines(x0 - 10, firstBaseline, lines, 20, { anchor: 'end', weight: 'bold', className: 'row-label' }));
    body.push(...segs, ...inside);
    body.push(text(x(total) + 8, y + BAR_H / 2 + 6, totalLabel(total), { fill: TEXT, weight: 'bold', className: 'row-total' }));

    // Leaders first, then labels with a white halo: a leader to a lower line may pass behind a label above.
    for (const c of callouts) {
      const labelTop = y + BAR_H + 6 + c.line * CALLOUT_LINE;
      const anchorX = Math.max(c.start + 2, Math.min(c.end - 2, c.x));
      body.push(`<path class="leader" d="M${n(c.x)},${n(y + BAR_H)} L${n(anchorX)},${n(labelTop + 2)}" stroke="${AXIS}" stroke-width="1" fill="none"/>`);
    }
    for (const c of callouts) {
      const labelTop = y + BAR_H + 6 + c.line * CALLOUT_LINE;
      body.push(text(c.start, labelTop + SMALL_FONT + 2, c.content, { size: SMALL_FONT, fill: MUTED_TEXT, halo: BACKGROUND, className: 'callout' }));
    }

    // A zero tick per bar rather than one long axis, so it never runs through callouts.
    body.push(`<line class="baseline" x1="${n(x0)}" y1="${n(y - 4)}" x2="${n(x0)}" y2="${n(y + BAR_H + 4)}" stroke="${AXIS}" stroke-width="1.5"/>`);
    const calloutLines = callouts.length === 0 ? 0 : Math.max(...callouts.map((c) => c.line)) + 1;
    y += BAR_H + calloutLines * CALLOUT_LINE + (calloutLines > 0 ? 8 : 0) + ROW_GAP;
  });

  const parts = rows.map((row, r) => {
    const detail = series
      .map((s) => ({ label: s.label, value: row.byKey.get(s.key)?.value ?? 0 }))
      .filter((d) => d.value > 0)
      .map((d) => t('chart.common.namedCount', { name: d.label, n: formatValue(d.value) }))
      .join(t('chart.common.enumerationSeparator'));
    return t('chart.levels.summary.row', { level: row.label, total: formatValue(totals[r]!), detail });
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

  const tableRows = rows.map((row, r) => [row.label, ...series.map((s) => row.byKey.get(s.key)?.value ?? 0), totals[r]!]);
  return { svg, summary, table: { caption: title, head, rows: tableRows } };
}
