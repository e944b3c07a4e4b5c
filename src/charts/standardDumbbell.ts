/**
 * Subsidy standards before and after: one dumbbell per standard (hollow dot = previous,
 * filled dot = current), each value labelled with its year and unit, plus the percentage change.
 *
 * Each row has its own scale from 0 to its larger value. A shared scale would squeeze 45→50元
 * into a few units next to 600→800元; with per-row scales the gap between the dots is
 * 1 − smaller/larger, which grows with the relative change, so gaps stay comparable as
 * proportions while amounts are read from the labels. The summary and a note say so.
 */

import { scaleLinear } from 'd3-scale';
import type { Translate } from '../i18n/index.ts';
import { AXIS, BACKGROUND, GRID, MUTED_TEXT, SERIES, TEXT } from './palette.ts';
import {
  LABEL_FONT,
  SMALL_FONT,
  checkCount,
  emptyChart,
  escapeXml,
  formatValue,
  n,
  resolveOptions,
  svgDocument,
  text,
  textLines,
  textWidth,
  wrapText,
  type ChartOptions,
  type ChartResult,
} from './svg.ts';

/** One standard: an amount that changed from `previous` to `current`. */
export interface StandardItem {
  /** Name of the standard, e.g. 高校毕业生就业见习补助标准. */
  label: string;
  previous: number;
  current: number;
  /** Unit written after each value, e.g. 元 or 元/人·月. */
  unit: string;
  /** Year of the previous value; null where the source does not say. */
  previousYear: number | null;
  /** Year of the current value; null where the source does not say. */
  currentYear: number | null;
}

/** Input of {@link standardDumbbell}. */
export interface StandardDumbbellData {
  items: StandardItem[];
}

const PAD = 16;
const R = 7;
const VALUE_LINE = 20;
const ROW_GAP = 22;

// One definition of the change shown in charts, tables and data files.
export { formatPercent as formatPercentChange, percentChange } from '../lib/programme/standards.ts';
import { formatPercent as formatPercentChange, percentChange } from '../lib/programme/standards.ts';

/** Label for one end of a dumbbell, e.g. 2016年：45元; `fallback` stands in for an unknown year. */
function endLabel(value: number, unit: string, year: number | null, fallback: string, t: Translate): string {
  const when = year === null ? fallback : t('chart.standards.year', { year });
  return t('chart.standards.endLabel', { when, value: formatValue(value), unit });
}

/** Sentence fragment for one standard. */
function describe(item: StandardItem, percent: number | null, t: Translate): string {
  const standard = item.label;
  const unit = item.unit;
  if (item.previous === item.current) {
    return t('chart.standards.summary.unchanged', { standard, amount: t('chart.standards.amount', { year: null, value: formatValue(item.previous), unit }) });
  }
  const from = t('chart.standards.amount', { year: item.previousYear, value: formatValue(item.previous), unit });
  const to = t('chart.standards.amount', { year: item.currentYear, value: formatValue(item.current), unit });
  const change = { standard, from, to, percent: percent === null ? null : formatPercentChange(percent) };
  return item.current > item.previous ? t('chart.standards.summary.raised', change) : t('chart.standards.summary.lowered', change);
}

/** Builds the before/after dumbbell chart of subsidy standards. */
export function standardDumbbell(data: StandardDumbbellData, options: ChartOptions): ChartResult {
  const resolved = resolveOptions(options, 'chart.standards.title');
  const { id, width, title, t } = resolved;
  const previousHeading = t('chart.standards.previous');
  const currentHeading = t('chart.standards.current');
  const head = [
    t('chart.standards.standardHeading'),
    previousHeading,
    t('chart.standards.previousYearHeading'),
    currentHeading,
    t('chart.standards.currentYearHeading'),
    t('chart.standards.unitHeading'),
    t('chart.standards.changeHeading'),
  ];
  if (data.items.length === 0) return emptyChart(resolved, head);

  const items = data.items.map((item) => ({
    ...item,
    previous: checkCount(item.previous, t('chart.standards.previousValue', { standard: item.label })),
    current: checkCount(item.current, t('chart.standards.currentValue', { standard: item.label })),
  }));
  const percents = items.map((item) => percentChange(item.previous, item.current));
  const pctW = Math.max(...percents.map((p) => textWidth(formatPercentChange(p), LABEL_FONT))) + 16;
  const x0 = PAD + 12;
  const x1 = width - PAD - pctW;
  const currentFill = SERIES[0]!.fill;

  const body: string[] = [];
  // Legend drawn with the same dot shapes as the chart, since shape (hollow/filled) is the cue.
  const legendY = PAD + 8;
  body.push(
    `<circle cx="${n(PAD + R)}" cy="${n(legendY)}" r="${R}" fill="${BACKGROUND}" stroke="${MUTED_TEXT}" stroke-width="2.5"/>`,
    text(PAD + 2 * R + 6, legendY + 5, t('chart.standards.legend.previous'), { size: SMALL_FONT }),
  );
  const secondX = PAD + 2 * R + 6 + textWidth(t('chart.standards.legend.previous'), SMALL_FONT) + 24;
  body.push(
    `<circle cx="${n(secondX + R)}" cy="${n(legendY)}" r="${R}" fill="${currentFill}"/>`,
    text(secondX + 2 * R + 6, legendY + 5, t('chart.standards.legend.current'), { size: SMALL_FONT }),
  );
  let y = legendY + R + 18;

  items.forEach((item, i) => {
    const percent = percents[i]!;
    const lines = wrapText(item.label, width - 2 * PAD, LABEL_FONT);
    body.push(textLines(PAD, y + LABEL_FONT, lines, 20, { weight: 'bold', className: 'item-label' }));
    y += lines.length * 20 + 6;

    const max = Math.max(item.previous, item.current);
    const x = scaleLinear()
      .domain([0, max > 0 ? max : 1])
      .range([x0, x1]);
    const px = x(item.previous);
    const cx = x(item.current);
    const prevText = endLabel(item.previous, item.unit, item.previousYear, previousHeading, t);
    const currText = endLabel(item.current, item.unit, item.currentYear, currentHeading, t);

    // The left dot's label ends at that dot and the right dot's label starts at its dot, so they
    // only collide when the dots nearly touch; then they go on two lines.
    const leftIsPrev = px <= cx;
    const [leftText, rightText] = leftIsPrev ? [prevText, currText] : [currText, prevText];
    const [lx, rx] = leftIsPrev ? [px, cx] : [cx, px];
    const lw = textWidth(leftText, SMALL_FONT);
    const rw = textWidth(rightText, SMALL_FONT);
    const lStart = Math.max(PAD, lx + R - lw);
    const rStart = Math.min(width - PAD - rw, rx - R);
    const twoLines = rStart < lStart + lw + 10;
    const trackY = y + (twoLines ? 2 : 1) * VALUE_LINE + R;
    const labelClass = (isPrev: boolean): string => (isPrev ? 'previous-label' : 'current-label');
    body.push(
      text(lStart, y + SMALL_FONT, leftText, { size: SMALL_FONT, className: labelClass(leftIsPrev) }),
      text(rStart, y + (twoLines ? VALUE_LINE : 0) + SMALL_FONT, rightText, { size: SMALL_FONT, className: labelClass(!leftIsPrev) }),
    );

    body.push(
      `<line class="track" x1="${n(x0)}" y1="${n(trackY)}" x2="${n(x1)}" y2="${n(trackY)}" stroke="${GRID}" stroke-width="2"/>`,
      `<line class="zero" x1="${n(x0)}" y1="${n(trackY - 6)}" x2="${n(x0)}" y2="${n(trackY + 6)}" stroke="${AXIS}" stroke-width="1.5"/>`,
      text(x0, trackY + 22, '0', { size: SMALL_FONT, anchor: 'middle', fill: MUTED_TEXT, className: 'zero-label' }),
      `<line class="change" x1="${n(px)}" y1="${n(trackY)}" x2="${n(cx)}" y2="${n(trackY)}" stroke="${TEXT}" stroke-width="3"/>`,
      `<circle class="previous" cx="${n(px)}" cy="${n(trackY)}" r="${R}" fill="${BACKGROUND}" stroke="${MUTED_TEXT}" stroke-width="2.5"><title>${escapeXml(prevText)}</title></circle>`,
      `<circle class="current" cx="${n(cx)}" cy="${n(trackY)}" r="${R}" fill="${currentFill}"><title>${escapeXml(currText)}</title></circle>`,
      text(x1 + 12, trackY + 6, formatPercentChange(percent), { weight: 'bold', className: 'percent' }),
    );
    y = trackY + R + 20 + (i < items.length - 1 ? ROW_GAP : 0);
  });

  // The percentages beside the dots are the site's arithmetic: the note says so under the chart and in its summary.
  const scaleNote = t('chart.standards.scaleNote') + t('chart.standards.computedNote');
  const noteLines = wrapText(scaleNote, width - 2 * PAD, SMALL_FONT);
  y += 12;
  body.push(textLines(PAD, y + SMALL_FONT, noteLines, 18, { size: SMALL_FONT, fill: MUTED_TEXT, className: 'note' }));
  y += noteLines.length * 18;

  const summary = t('chart.common.summary', { title, text: items.map((item, i) => describe(item, percents[i]!, t)).join(t('chart.common.listSeparator')) }) + scaleNote;
  const svg = svgDocument({ id, width, height: y + PAD, title, desc: summary, body: body.join('') });
  const rows = items.map((item, i) => [
    item.label,
    item.previous,
    item.previousYear ?? t('vocab.notStated'),
    item.current,
    item.currentYear ?? t('vocab.notStated'),
    item.unit,
    formatPercentChange(percents[i]!),
  ]);
  return { svg, summary, table: { caption: title, head, rows } };
}
