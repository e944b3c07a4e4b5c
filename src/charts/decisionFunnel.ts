/**
 * Per level: how many projects were decided (e.g. 省政府确定实施33项) against how many the district
 * carries out (我区实际实施22项), with the gap split into what the notice explains and what it does not.
 */

import { scaleLinear } from 'd3-scale';
import type { Translate } from '../i18n/index.ts';
import { AXIS, BACKGROUND, BAND, MUTED_TEXT, UNKNOWN, seriesStyle, styleForKey } from './palette.ts';
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
  type ChartOptions,
  type ChartResult,
  type LegendItem,
} from './svg.ts';

/** A known reason some decided projects are not carried out, e.g. 退出实施 1项. */
export interface DecisionExplanation {
  label: string;
  value: number;
  /** Optional standing key (e.g. `withdrawn`) so the colour matches the level chart; the label is tried otherwise. */
  key?: string;
}

/** One level: decided vs implemented, with the explained part of the difference. */
export interface DecisionRow {
  /** Level label, e.g. 省级. */
  label: string;
  /** Projects the deciding government set for the year; null where the notice does not say. */
  decided: number | null;
  /** Projects this district carries out. */
  implemented: number;
  /** Parts of the difference the notice accounts for; zero entries are left out. */
  explained: DecisionExplanation[];
}

/** Input of {@link decisionFunnel}. */
export interface DecisionFunnelData {
  rows: DecisionRow[];
}

const PAD = 16;
const BAR_H = 28;
const HEADING_H = 26;
const BAR_GAP = 8;
const CALLOUT_LINE = 22;
const ROW_GAP = 22;

/**
 * Decided projects neither implemented nor explained; 0 when `decided` is null or the
 * known parts already reach it (over-counts are reported separately, never drawn as negative).
 */
export function unexplainedRemainder(row: DecisionRow): number {
  if (row.decided === null) return 0;
  const explained = row.explained.reduce((sum, e) => sum + e.value, 0);
  return Math.max(0, row.decided - row.implemented - explained);
}

/** Validated numbers of one row. */
interface Checked {
  label: string;
  decided: number | null;
  implemented: number;
  explained: DecisionExplanation[];
  explainedSum: number;
  unexplained: number;
  /** How far implemented + explained exceed decided (inconsistent data), else 0. */
  over: number;
}

function check(row: DecisionRow, t: Translate): Checked {
  const decided = row.decided === null ? null : checkCount(row.decided, t('chart.funnel.decidedCount', { level: row.label }));
  const implemented = checkCount(row.implemented, t('chart.funnel.implementedCount', { level: row.label }));
  const explained = row.explained.map((e) => ({ ...e, value: checkCount(e.value, `${row.label}·${e.label}`) })).filter((e) => e.value > 0);
  const explainedSum = explained.reduce((sum, e) => sum + e.value, 0);
  const unexplained = unexplainedRemainder({ ...row, decided, implemented, explained });
  const over = decided === null ? 0 : Math.max(0, implemented + explainedSum - decided);
  return { label: row.label, decided, implemented, explained, explainedSum, unexplained, over };
}

/** Sentence fragment for one level. */
function describe(row: Checked, t: Translate): string {
  const level = row.label;
  const implemented = formatValue(row.implemented);
  if (row.decided === null) return t('chart.funnel.summary.decidedUnknown', { level, implemented });
  const decided = formatValue(row.decided);
  if (row.decided === row.implemented && row.explainedSum === 0) return t('chart.funnel.summary.allImplemented', { level, decided });
  const parts = [t('chart.funnel.summary.decidedImplemented', { level, decided, implemented })];
  const gap = row.decided - row.implemented;
  if (gap > 0) parts.push(t('chart.funnel.summary.gap', { n: formatValue(gap) }));
  if (row.explained.length > 0) {
    const list = row.explained.map((e) => t('chart.common.namedCount', { name: e.label, n: formatValue(e.value) })).join(t('chart.common.enumerationSeparator'));
    parts.push(t('chart.funnel.summary.explained', { list }));
  }
  if (row.unexplained > 0) parts.push(t('chart.funnel.summary.unexplained', { n: formatValue(row.unexplained) }));
  if (row.over > 0) parts.push(t('chart.funnel.summary.over', { n: formatValue(row.over) }));
  return parts.join(t('chart.common.phraseSeparator'));
}

/**
 * Builds the decided-vs-implemented chart.
 *
 * The second bar is as long as the first: implemented, then each explained reason, then the
 * unexplained remainder, drawn hatched with a dashed outline and named 未在本区实施，原因通知未载明,
 * so the chart never implies a reason the notice does not give. All bars share one scale.
 */
export function decisionFunnel(data: DecisionFunnelData, options: ChartOptions): ChartResult {
  const resolved = resolveOptions(options, 'chart.funnel.title');
  const { id, width, title, t } = resolved;
  const rows = data.rows.map((row) => check(row, t));
  const decidedLabel = t('chart.funnel.decided');
  const implementedLabel = t('chart.funnel.implemented');
  const unexplainedLabel = t('chart.funnel.unexplained');
  const count = (value: number): string => t('chart.common.count', { n: formatValue(value) });

  const reasons: string[] = [];
  for (const row of rows) for (const e of row.explained) if (!reasons.includes(e.label)) reasons.push(e.label);
  const head = [t('chart.common.levelHeading'), decidedLabel, implementedLabel, ...reasons, unexplainedLabel];
  if (rows.length === 0) return emptyChart(resolved, head);

  const implStyle = seriesStyle(0);
  const reasonPaints = new Map(
    reasons.map((label, i) => {
      const key = rows.flatMap((r) => r.explained).find((e) => e.label === label)?.key ?? label;
      const style = styleForKey(key, i + 4);
      return [label, { style, ...seriesPaint(`${id}-r${i}`, style) }];
    }),
  );
  const unknownId = `${id}-unknown`;
  const defs =
    [...reasonPaints.values()].map((p) => p.def).join('') +
    `<pattern id="${unknownId}" patternUnits="userSpaceOnUse" width="8" height="8">` +
    `<rect width="8" height="8" fill="${BACKGROUND}"/><path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" stroke="${UNKNOWN}" stroke-width="1.5"/></pattern>`;

  const anyDecided = rows.some((r) => r.decided !== null);
  const anyUnexplained = rows.some((r) => r.unexplained > 0);
  const legendItems: LegendItem[] = [
    ...(anyDecided ? [{ label: decidedLabel, fill: BAND, stroke: MUTED_TEXT }] : []),
    { label: implementedLabel, fill: implStyle.fill },
    ...reasons.map((label) => ({ label, fill: reasonPaints.get(label)!.fill })),
    ...(anyUnexplained ? [{ label: unexplainedLabel, fill: `url(#${unknownId})`, stroke: UNKNOWN, dashed: true }] : []),
  ];
  const leg = legend(legendItems, PAD, PAD, width - 2 * PAD);

  const maxValue = Math.max(0, ...rows.map((r) => Math.max(r.decided ?? 0, r.implemented + r.explainedSum + r.unexplained)));
  const captionW = textWidth(implementedLabel, SMALL_FONT) + 14;
  const endW = Math.max(60, ...rows.map((r) => textWidth(count(r.decided ?? 0), LABEL_FONT) + 12));
  const x0 = PAD + captionW;
  const x1 = width - PAD - endW;
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .range([x0, x1]);

  const body: string[] = [];
  let y = PAD + leg.height + (leg.height > 0 ? 10 : 0);

  for (const row of rows) {
    const heading =
      row.decided === null
        ? t('chart.funnel.heading.decidedUnknown', { level: row.label, implemented: formatValue(row.implemented) })
        : t('chart.funnel.heading', { level: row.label, decided: formatValue(row.decided), implemented: formatValue(row.implemented) });
    body.push(text(PAD, y + LABEL_FONT, heading, { weight: 'bold', className: 'row-heading' }));
    y += HEADING_H;

    if (row.decided !== null) {
      const w = x(row.decided) - x0;
      body.push(
        text(x0 - 8, y + BAR_H / 2 + 5, decidedLabel, { size: SMALL_FONT, anchor: 'end', fill: MUTED_TEXT }),
        `<rect class="decided" x="${n(x0)}" y="${n(y)}" width="${n(w)}" height="${BAR_H}" fill="${BAND}" stroke="${MUTED_TEXT}" stroke-width="1.5">` +
          `<title>${escapeXml(t('chart.common.partTooltip', { whole: row.label, part: decidedLabel, n: formatValue(row.decided) }))}</title></rect>`,
        text(x(row.decided) + 8, y + BAR_H / 2 + 6, count(row.decided), { weight: 'bold', className: 'decided-label' }),
      );
      y += BAR_H + BAR_GAP;
    }

    body.push(text(x0 - 8, y + BAR_H / 2 + 5, implementedLabel, { size: SMALL_FONT, anchor: 'end', fill: MUTED_TEXT }));
    const callouts: { cx: number; content: string; cls: string }[] = [];
    let cum = 0;
    const segment = (value: number, label: string, cls: string, fill: string, extra: string): void => {
      if (value <= 0) return;
      const sx = x(cum);
      const w = x(cum + value) - sx;
      cum += value;
      body.push(
        `<rect class="${cls}" x="${n(sx)}" y="${n(y)}" width="${n(w)}" height="${BAR_H}" fill="${escapeXml(fill)}"${extra}>` +
          `<title>${escapeXml(t('chart.common.partTooltip', { whole: row.label, part: label, n: formatValue(value) }))}</title></rect>`,
      );
      const valueText = formatValue(value);
      // The implemented count goes inside its bar when it fits; every other part is named below
      // the bar, because a count alone would not say what the part is.
      if (cls === 'implemented' && textWidth(valueText, LABEL_FONT) + 8 <= w) {
        body.push(text(sx + w / 2, y + BAR_H / 2 + 6, valueText, { anchor: 'middle', fill: '#ffffff', halo: implStyle.fill, weight: 'bold', className: 'implemented-label' }));
      } else {
        const content = t('chart.common.countLabel', { name: label, n: valueText });
        callouts.push({ cx: sx + w / 2, content, cls: `${cls}-label` });
      }
    };
    segment(row.implemented, implementedLabel, 'implemented', implStyle.fill, ' stroke="#ffffff" stroke-width="1"');
    for (const e of row.explained) {
      const paint = reasonPaints.get(e.label)!;
      segment(e.value, e.label, 'explained', paint.fill, ' stroke="#ffffff" stroke-width="1"');
    }
    segment(row.unexplained, unexplainedLabel, 'unexplained', `url(#${unknownId})`, ` stroke="${UNKNOWN}" stroke-width="1.5" stroke-dasharray="5 3"`);

    const barBottom = y + BAR_H;
    // Nearest line first, placed so that no leader runs through another part's label (stackLabels);
    // the white halo keeps a label readable where it meets a leader's own elbow.
    const labels: string[] = [];
    let line = 0;
    for (const placed of stackLabels(
      callouts.map((c) => ({ ...c, x: c.cx })),
      PAD,
      width - PAD,
      SMALL_FONT,
    )) {
      const c = placed.label;
      const right = placed.side === 'right';
      const top = barBottom + 6 + line * CALLOUT_LINE;
      const tip = right ? c.cx + 4 : c.cx - 4;
      body.push(`<path class="leader" d="M${n(c.cx)},${n(barBottom)} L${n(c.cx)},${n(top + 10)} L${n(tip)},${n(top + 10)}" stroke="${AXIS}" stroke-width="1" fill="none"/>`);
      labels.push(
        textLines(right ? c.cx + 6 : c.cx - 6, top + SMALL_FONT, placed.lines, CALLOUT_LINE, {
          size: SMALL_FONT,
          anchor: right ? 'start' : 'end',
          fill: c.cls === 'unexplained-label' ? UNKNOWN : MUTED_TEXT,
          halo: BACKGROUND,
          className: c.cls,
        }),
      );
      line += placed.lines.length;
    }
    body.push(...labels);
    y = barBottom + (line > 0 ? 8 + line * CALLOUT_LINE : 0) + ROW_GAP;
  }

  const summary = t('chart.common.summary', { title, text: rows.map((row) => describe(row, t)).join(t('chart.common.listSeparator')) });
  const svg = svgDocument({ id, width, height: y - ROW_GAP + PAD, title, desc: summary, defs, body: leg.markup + body.join('') });

  const tableRows = rows.map((row) => [
    row.label,
    row.decided ?? t('vocab.notStated'),
    row.implemented,
    ...reasons.map((label) => row.explained.filter((e) => e.label === label).reduce((sum, e) => sum + e.value, 0)),
    row.decided === null ? '—' : row.unexplained,
  ]);
  return { svg, summary, table: { caption: title, head, rows: tableRows } };
}
