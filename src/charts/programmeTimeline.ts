/**
 * The programme year as a 12-month timeline: deadlines as labelled markers (6月中旬前：…)
 * and recurring oversight rhythms (一旬一督查, 一月一通报) as rows of ticks across the year.
 */

import { scaleLinear } from 'd3-scale';
import { t as defaultTranslate, type Translate } from '../i18n/index.ts';
import { AXIS, BACKGROUND, BAND, MUTED_TEXT, SERIES, TEXT } from './palette.ts';
import {
  LABEL_FONT,
  SMALL_FONT,
  emptyChart,
  escapeXml,
  n,
  resolveOptions,
  stackLabels,
  svgDocument,
  text,
  textLines,
  textWidth,
  type ChartOptions,
  type ChartResult,
} from './svg.ts';

/** Part of a month in Chinese deadlines: 上旬, 中旬, 下旬, 月底. */
export type TimelineMonthPart = 'early' | 'mid' | 'late' | 'end';

/** A deadline, e.g. 区级配套资金 by 6月中旬. */
export interface TimelineDeadline {
  /** What must be done, e.g. 区级配套资金全部配套到位. */
  label: string;
  /** Month 1–12 of the programme year. */
  month: number;
  /** Part of the month; null when the source names only the month. */
  monthPart: TimelineMonthPart | null;
  /** Whether the deadline is "before" that point (…前); default true, as in most notices. */
  before?: boolean;
}

/** A unit of a recurring action's interval: a day, a 旬 (a third of a month: 1–10, 11–20, 21–end) or a month. */
export type RhythmUnit = 'day' | 'xun' | 'month';

/** A recurring action, e.g. `{ label: '一旬一督查', every: { count: 1, unit: 'xun' } }`. */
export interface TimelineRhythm {
  label: string;
  /**
   * Interval in the source's own unit: 一月一通报 is once a month, never "every 30 days", which
   * would state it more precisely than the source does.
   */
  every: { count: number; unit: RhythmUnit };
}

/** Input of {@link programmeTimeline}. */
export interface ProgrammeTimelineData {
  /** Programme year; decides 365 or 366 days. */
  year: number;
  deadlines: TimelineDeadline[];
  rhythms: TimelineRhythm[];
}

/**
 * Day of the month that stands for a month part: 上旬 5, 中旬 15, 下旬 25, 月底 the last day.
 * These are conventions for placing a marker, not dates stated by any source.
 */
const PART_DAY: Record<Exclude<TimelineMonthPart, 'end'>, number> = { early: 5, mid: 15, late: 25 };

const PAD = 16;
const DEADLINE_LINE = 24;
const MONTH_ROW = 28;
const LANE_H = 52;

/** Number of days in `year` (Gregorian). */
export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** Days in each month of `year`, January first. */
export function monthLengths(year: number): number[] {
  const feb = daysInYear(year) === 366 ? 29 : 28;
  return [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
}

/** Days from 1 January 00:00 to the start of `month` (1–12). */
function monthStart(year: number, month: number): number {
  return monthLengths(year)
    .slice(0, month - 1)
    .reduce((sum, d) => sum + d, 0);
}

/**
 * Position of a deadline as days elapsed since 1 January 00:00, at the end of the day that
 * stands for the month part (so 6月中旬 in 2017 is 151 + 15 = 166). For a whole-month
 * deadline (null part) this is the middle of the month; the chart then shades the whole month.
 */
export function deadlineDay(year: number, month: number, part: TimelineMonthPart | null): number {
  const start = monthStart(year, month);
  const length = monthLengths(year)[month - 1]!;
  if (part === null) return start + length / 2;
  if (part === 'end') return start + length;
  return start + PART_DAY[part];
}

/** When a deadline falls, e.g. `6月中旬前`. */
function deadlineWhen(deadline: TimelineDeadline, t: Translate = defaultTranslate): string {
  return t('vocab.deadline', { month: deadline.month, part: deadline.monthPart, before: deadline.before !== false });
}

/** Reads a deadline, e.g. `6月中旬前：区级配套资金全部配套到位`. */
export function deadlineText(deadline: TimelineDeadline, t: Translate = defaultTranslate): string {
  return t('chart.calendar.deadline', { when: deadlineWhen(deadline, t), label: deadline.label });
}

/**
 * Days (since 1 January 00:00) of each occurrence of a rhythm: one at the end of every full
 * interval, intervals counted on the calendar (a month ends on its last day, a 旬 on the 10th, the
 * 20th and the month's last day).
 */
export function rhythmDays(every: TimelineRhythm['every'], year: number): number[] {
  const ends: number[] = [];
  if (every.unit === 'day') {
    for (let d = every.count; d <= daysInYear(year); d += every.count) ends.push(d);
    return ends;
  }
  let start = 0;
  for (const length of monthLengths(year)) {
    if (every.unit === 'xun') ends.push(start + 10, start + 20);
    ends.push(start + length);
    start += length;
  }
  return ends.filter((_, k) => (k + 1) % every.count === 0);
}

function checkData(data: ProgrammeTimelineData, t: Translate): void {
  if (!Number.isInteger(data.year)) throw new RangeError(t('chart.calendar.error.year', { value: String(data.year) }));
  for (const d of data.deadlines) {
    if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) {
      throw new RangeError(t('chart.calendar.error.month', { label: d.label, value: String(d.month) }));
    }
  }
  for (const r of data.rhythms) {
    if (!Number.isInteger(r.every.count) || r.every.count <= 0) {
      throw new RangeError(t('chart.calendar.error.interval', { label: r.label, value: String(r.every.count) }));
    }
  }
}

/**
 * Builds the programme-year timeline.
 *
 * Months are drawn with their true lengths (day-based scale), so a marker's x is proportional
 * to the date it stands for. Rhythm ticks show how often an action recurs, not when it happens;
 * the lane label and the summary say so.
 */
export function programmeTimeline(data: ProgrammeTimelineData, options: ChartOptions): ChartResult {
  const resolved = resolveOptions(options, 'chart.calendar.title');
  const { id, width, title, t } = resolved;
  const head = [t('chart.calendar.kindHeading'), t('chart.calendar.itemHeading'), t('chart.calendar.whenHeading')];
  if (data.deadlines.length === 0 && data.rhythms.length === 0) return emptyChart(resolved, head);
  checkData(data, t);

  const year = data.year;
  const days = daysInYear(year);
  const lengths = monthLengths(year);
  const x0 = PAD + 4;
  const x1 = width - PAD - 4;
  const x = scaleLinear().domain([0, days]).range([x0, x1]);

  const deadlines = data.deadlines.map((d) => ({ ...d, day: deadlineDay(year, d.month, d.monthPart), text: deadlineText(d, t) })).sort((a, b) => a.day - b.day);

  const body: string[] = [];
  let y = PAD;
  body.push(text(PAD, y + SMALL_FONT, t('chart.calendar.year', { year }), { size: SMALL_FONT, fill: MUTED_TEXT, weight: 'bold', className: 'year' }));
  y += 26;

  // Labels above the axis, nearest line first, placed so that no marker's line runs through
  // another deadline's label on its way up to its own (stackLabels); the lines are then laid out
  // from the top, the furthest first.
  const stacked = stackLabels(
    deadlines.map((d, i) => ({ x: x(d.day), content: d.text, i })),
    PAD,
    width - PAD,
    LABEL_FONT,
    8,
  ).reverse();
  const lineTops = new Map<number, number>();
  for (const placed of stacked) {
    lineTops.set(placed.label.i, y);
    y += placed.lines.length * 20 + (DEADLINE_LINE - 20);
  }
  const axisY = y + 10;

  // Month bands and labels: alternate shading only helps the eye; the labels carry the months.
  let start = 0;
  lengths.forEach((len, m) => {
    const bx = x(start);
    const bw = x(start + len) - bx;
    if (m % 2 === 0) body.push(`<rect class="month-band" x="${n(bx)}" y="${n(axisY)}" width="${n(bw)}" height="${MONTH_ROW}" fill="${BAND}"/>`);
    // In a narrow viewBox 10月–12月 would overrun their band; the bare number still reads as a month there.
    const label = textWidth(t('chart.calendar.month', { month: 12 }), SMALL_FONT) + 4 <= bw ? t('chart.calendar.month', { month: m + 1 }) : String(m + 1);
    body.push(text(bx + bw / 2, axisY + 20, label, { size: SMALL_FONT, anchor: 'middle', className: 'month-label' }));
    body.push(`<line class="month-tick" x1="${n(bx)}" y1="${n(axisY - 5)}" x2="${n(bx)}" y2="${n(axisY + MONTH_ROW)}" stroke="${AXIS}" stroke-width="1"/>`);
    start += len;
  });
  body.push(
    `<line class="month-tick" x1="${n(x1)}" y1="${n(axisY - 5)}" x2="${n(x1)}" y2="${n(axisY + MONTH_ROW)}" stroke="${AXIS}" stroke-width="1"/>`,
    `<line class="axis" x1="${n(x0)}" y1="${n(axisY)}" x2="${n(x1)}" y2="${n(axisY)}" stroke="${TEXT}" stroke-width="1.5"/>`,
  );

  const markers: string[] = [];
  const labels: string[] = [];
  for (const placed of stacked) {
    const d = deadlines[placed.label.i]!;
    const mx = x(d.day);
    const top = lineTops.get(placed.label.i)!;
    const right = placed.side === 'right';
    labels.push(textLines(right ? mx + 8 : mx - 8, top + LABEL_FONT, placed.lines, 20, { anchor: right ? 'start' : 'end', halo: BACKGROUND, className: 'deadline-label' }));
    if (d.monthPart === null) {
      const ms = monthStart(year, d.month);
      const bx = x(ms);
      const bw = x(ms + lengths[d.month - 1]!) - bx;
      markers.push(`<rect class="deadline-month" x="${n(bx)}" y="${n(axisY - 8)}" width="${n(bw)}" height="8" fill="${TEXT}"><title>${escapeXml(d.text)}</title></rect>`);
    }
    markers.push(
      `<line class="deadline" x1="${n(mx)}" y1="${n(top + 4)}" x2="${n(mx)}" y2="${n(axisY)}" stroke="${TEXT}" stroke-width="1.5"><title>${escapeXml(d.text)}</title></line>`,
      `<path class="deadline-marker" d="M${n(mx - 6)},${n(axisY - 10)} L${n(mx + 6)},${n(axisY - 10)} L${n(mx)},${n(axisY)} Z" fill="${TEXT}"/>`,
    );
  }
  body.push(...markers, ...labels);

  y = axisY + MONTH_ROW + 14;
  const rhythms = data.rhythms.map((r) => {
    const ticks = rhythmDays(r.every, year);
    return { ...r, ticks, frequency: t('chart.calendar.frequency', { every: r.every.count, unit: r.every.unit }) };
  });
  rhythms.forEach((r, lane) => {
    const colour = SERIES[lane % SERIES.length]!.fill;
    const laneLabel = t('chart.calendar.rhythmLabel', { label: r.label, frequency: r.frequency });
    body.push(text(PAD, y + SMALL_FONT, laneLabel, { size: SMALL_FONT, className: 'rhythm-label' }));
    const tickTop = y + 24;
    body.push(`<line class="lane" x1="${n(x0)}" y1="${n(tickTop + 16)}" x2="${n(x1)}" y2="${n(tickTop + 16)}" stroke="${AXIS}" stroke-width="1"/>`);
    const ticks = r.ticks
      .map((day) => `<line class="tick" x1="${n(x(day))}" y1="${n(tickTop)}" x2="${n(x(day))}" y2="${n(tickTop + 16)}" stroke="${colour}" stroke-width="2"/>`)
      .join('');
    body.push(`<g class="rhythm">${ticks}</g>`);
    y += LANE_H;
  });

  const listSeparator = t('chart.common.listSeparator');
  const deadlinePart = deadlines.length > 0 ? t('chart.calendar.summary.deadlines', { list: deadlines.map((d) => d.text).join(listSeparator) }) : '';
  const rhythmPart =
    rhythms.length > 0
      ? t('chart.calendar.summary.rhythms', {
          list: rhythms.map((r) => t('chart.calendar.summary.rhythm', { label: r.label, frequency: r.frequency })).join(listSeparator),
        })
      : '';
  const titleWithYear = t('chart.calendar.titleWithYear', { title, year });
  const summary = t('chart.common.summary', {
    title: titleWithYear,
    text: [deadlinePart, rhythmPart].filter(Boolean).join(t('chart.common.sentenceSeparator')),
  });

  const svg = svgDocument({ id, width, height: y + PAD - (rhythms.length > 0 ? 10 : 0), title, desc: summary, body: body.join('') });
  const rows: (string | number)[][] = [
    ...deadlines.map((d) => [t('chart.calendar.deadlineKind'), d.label, deadlineWhen(d, t)]),
    ...rhythms.map((r) => [t('chart.calendar.rhythmKind'), r.label, r.frequency]),
  ];
  return { svg, summary, table: { caption: titleWithYear, head, rows } };
}
