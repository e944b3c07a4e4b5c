/**
 * Shared pieces of the chart builders: the result shape, escaping, number formatting,
 * rough text measuring for layout, the accessible SVG root and fill patterns.
 *
 * Charts are rendered at build time with no DOM, so text cannot be measured; {@link textWidth}
 * over-estimates instead, which errs towards extra space rather than overlapping labels.
 */

import { t as defaultTranslate, type MessageKey, type Translate } from '../i18n/index.ts';
import { BACKGROUND, MUTED_TEXT, TEXT, type SeriesStyle } from './palette.ts';

/** Tabular form of a chart's data, for an HTML `<table>` next to (or instead of) the chart. */
export interface ChartTable {
  /** Table caption. */
  caption: string;
  /** Column headings. */
  head: string[];
  /** One array per row, in the order of `head`. Empty when there is no data. */
  rows: (string | number)[][];
}

/** What every chart builder returns. */
export interface ChartResult {
  /** Standalone SVG document (also valid inline in HTML). */
  svg: string;
  /** One or two sentences stating what the chart shows, with its numbers. */
  summary: string;
  /** The same data as a table. */
  table: ChartTable;
}

/** Options common to every builder. */
export interface ChartOptions {
  /**
   * Unique id of the chart on its page; the `<title>`, `<desc>` and pattern ids derive from it.
   * Characters not allowed in an XML id are replaced, so any slug or label can be passed.
   */
  id: string;
  /** Title shown to assistive technology and used as the table caption; each builder has a default. */
  title?: string;
  /** Width of the viewBox in SVG units (default 640; clamped to at least 360 so layouts stay sane). */
  width?: number;
  /**
   * Wording lookup for every text the chart draws; default the site's ({@link defaultTranslate}).
   * A programme with its own terms (本县 rather than 本区) passes its translator.
   */
  translate?: Translate;
}

/** Default viewBox width: labels of 14 units stay about 8 px tall when shown 360 px wide. */
export const DEFAULT_WIDTH = 640;
/** Narrowest viewBox accepted; below this the fixed margins leave no room for data. */
export const MIN_WIDTH = 360;
/** Smallest font size used anywhere. */
export const SMALL_FONT = 14;
/** Font size of value labels and row labels. */
export const LABEL_FONT = 16;

/** CSS font stack with Chinese fonts first; single quotes because it sits in a double-quoted attribute. */
export const FONT_FAMILY = "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif";

/** Escapes text for use in SVG/XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Turns any string into something usable as an XML id and inside `url(#…)`, so that callers
 * can pass slugs or even Chinese labels without breaking references.
 */
export function chartId(raw: string): string {
  const cleaned = String(raw).replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

/**
 * Formats a coordinate for an attribute. Throws on NaN/Infinity: a broken layout should fail
 * the build loudly instead of publishing a chart that silently draws nothing.
 */
export function n(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(defaultTranslate('chart.common.error.coordinate', { value: String(value) }));
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Formats a data value for a label: integers as is, other numbers with at most two decimals. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(defaultTranslate('chart.common.error.value', { value: String(value) }));
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Checks a count coming from data. Counts feed scales directly, so a negative or NaN value
 * would produce nonsense geometry; reject it with a message that names the offending item.
 */
export function checkCount(value: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(defaultTranslate('chart.common.error.count', { what, value: String(value) }));
  }
  return value;
}

/** Rough advance width of one character in ems: CJK and full-width forms are square, the rest narrower. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f)) return 1;
  if (char === ' ') return 0.33;
  if (/[il.,:;'|!]/.test(char)) return 0.32;
  if (/[A-Z%mwMW@]/.test(char)) return 0.78;
  return 0.6;
}

/** Estimated width of `text` at `fontSize`, slightly generous so labels do not collide. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Characters that must not start a line in Chinese typesetting (避头尾). */
const NO_LINE_START = /^[，。、；：？！）」』”’》〉】,.;:?!)\]%]/;

/**
 * Breaks text into lines no wider than `maxWidth`. Chinese may break between any two characters,
 * but runs of Latin letters and digits are kept whole and closing punctuation stays on its line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.%+\-−/]+|\s+|[^]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Options for {@link text}. */
export interface TextOptions {
  /** Font size in SVG units; default {@link LABEL_FONT}. */
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** Class for styling hooks and tests. */
  className?: string;
  /**
   * Colour of an outline painted under the glyphs; keeps a label readable where it
   * crosses patterns, curves or grid lines.
   */
  halo?: string;
  /** Text decoration, used to mark links beyond their colour. */
  decoration?: 'underline';
}

/** Presentation attributes shared by {@link text} and {@link textLines}. */
function textAttrs(options: TextOptions): string[] {
  const attrs = [`font-size="${n(options.size ?? LABEL_FONT)}"`];
  if (options.anchor && options.anchor !== 'start') attrs.push(`text-anchor="${options.anchor}"`);
  if (options.weight === 'bold') attrs.push('font-weight="bold"');
  attrs.push(`fill="${escapeXml(options.fill ?? TEXT)}"`);
  if (options.halo) {
    attrs.push(`stroke="${escapeXml(options.halo)}"`, 'stroke-width="4"', 'stroke-linejoin="round"', 'paint-order="stroke"');
  }
  if (options.decoration) attrs.push(`text-decoration="${options.decoration}"`);
  if (options.className) attrs.push(`class="${escapeXml(options.className)}"`);
  return attrs;
}

/** A single-line `<text>` element with escaped content; `y` is the baseline. */
export function text(x: number, y: number, content: string, options: TextOptions = {}): string {
  return `<text x="${n(x)}" y="${n(y)}" ${textAttrs(options).join(' ')}>${escapeXml(content)}</text>`;
}

/**
 * One `<text>` element with a `<tspan>` per line, so a wrapped label stays one piece of text
 * (selected, copied and read as a whole); `y` is the first baseline.
 */
export function textLines(x: number, y: number, lines: string[], lineHeight: number, options: TextOptions = {}): string {
  if (lines.length <= 1) return text(x, y, lines[0] ?? '', options);
  const spans = lines.map((line, i) => `<tspan x="${n(x)}" y="${n(y + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text x="${n(x)}" y="${n(y)}" ${textAttrs(options).join(' ')}>${spans}</text>`;
}

/** Pattern tile size; small enough to texture a 10-unit-wide segment. */
const TILE = 8;

/** Path drawn in white over the fill for each pattern kind. */
const PATTERN_PATHS: Record<Exclude<SeriesStyle['pattern'], 'solid' | 'dots'>, string> = {
  diagonal: `M-2,2 L2,-2 M0,${TILE} L${TILE},0 M${TILE - 2},${TILE + 2} L${TILE + 2},${TILE - 2}`,
  antidiagonal: `M-2,${TILE - 2} L2,${TILE + 2} M0,0 L${TILE},${TILE} M${TILE - 2},-2 L${TILE + 2},2`,
  horizontal: `M0,${TILE / 2} L${TILE},${TILE / 2}`,
  vertical: `M${TILE / 2},0 L${TILE / 2},${TILE}`,
  cross: `M0,0 L${TILE},${TILE} M0,${TILE} L${TILE},0`,
  grid: `M0,${TILE / 2} L${TILE},${TILE / 2} M${TILE / 2},0 L${TILE / 2},${TILE}`,
};

/**
 * Returns the `fill` value for a series and, for textured series, the `<pattern>` to put in `<defs>`.
 * The white texture is semi-transparent so the fill keeps its contrast against the page.
 */
export function seriesPaint(patternId: string, style: SeriesStyle): { fill: string; def: string } {
  if (style.pattern === 'solid') return { fill: style.fill, def: '' };
  const texture =
    style.pattern === 'dots'
      ? `<circle cx="${TILE / 2}" cy="${TILE / 2}" r="1.6" fill="${BACKGROUND}" fill-opacity="0.55"/>`
      : `<path d="${PATTERN_PATHS[style.pattern]}" stroke="${BACKGROUND}" stroke-opacity="0.45" stroke-width="1.5" fill="none"/>`;
  const def =
    `<pattern id="${patternId}" patternUnits="userSpaceOnUse" width="${TILE}" height="${TILE}">` +
    `<rect width="${TILE}" height="${TILE}" fill="${style.fill}"/>${texture}</pattern>`;
  return { fill: `url(#${patternId})`, def };
}

/** Resolved chart options with a safe id and width. */
export interface ResolvedOptions {
  id: string;
  title: string;
  width: number;
  /** The wording lookup the chart uses. */
  t: Translate;
}

/** Key of a builder's default title: `chart.<chart>.title`. */
export type ChartTitleKey = Extract<MessageKey, `chart.${string}.title`>;

/** Applies defaults and bounds to builder options; the default title is looked up with the chart's translator. */
export function resolveOptions(options: ChartOptions, defaultTitle: ChartTitleKey): ResolvedOptions {
  const t = options.translate ?? defaultTranslate;
  const width = options.width !== undefined && Number.isFinite(options.width) ? Math.max(MIN_WIDTH, options.width) : DEFAULT_WIDTH;
  const title = options.title !== undefined && options.title.trim() !== '' ? options.title : t(defaultTitle);
  return { id: chartId(options.id), title, width, t };
}

/** Parts of an SVG document assembled by {@link svgDocument}. */
export interface SvgDocumentParts {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Contents of `<defs>` (patterns, markers); omitted when empty. */
  defs?: string;
  body: string;
}

/**
 * Wraps chart content in an accessible, standalone SVG root: no fixed pixel size so it scales
 * to its container, `role="img"` with `<title>`/`<desc>` wired through `aria-labelledby`, and
 * a white background so a downloaded file keeps its contrast in dark-themed viewers.
 */
export function svgDocument(parts: SvgDocumentParts): string {
  const titleId = `${parts.id}-title`;
  const descId = `${parts.id}-desc`;
  const height = Math.ceil(parts.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(parts.width)} ${n(height)}" ` +
    `preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="${titleId} ${descId}" ` +
    `font-family="${FONT_FAMILY}" font-size="${SMALL_FONT}">` +
    `<title id="${titleId}">${escapeXml(parts.title)}</title>` +
    `<desc id="${descId}">${escapeXml(parts.desc)}</desc>` +
    (parts.defs ? `<defs>${parts.defs}</defs>` : '') +
    `<rect class="background" x="0" y="0" width="${n(parts.width)}" height="${n(height)}" fill="${BACKGROUND}"/>` +
    parts.body +
    `</svg>`
  );
}

/** The result for empty input: a small valid SVG saying 暂无数据 and a table with no rows. */
export function emptyChart(resolved: ResolvedOptions, head: string[]): ChartResult {
  const height = 80;
  const noData = resolved.t('chart.common.noData');
  const summary = resolved.t('chart.common.summary', { title: resolved.title, text: noData });
  const svg = svgDocument({
    id: resolved.id,
    width: resolved.width,
    height,
    title: resolved.title,
    desc: summary,
    body: text(resolved.width / 2, height / 2 + 6, noData, { anchor: 'middle', fill: MUTED_TEXT, className: 'no-data' }),
  });
  return { svg, summary, table: { caption: resolved.title, head, rows: [] } };
}

/** Legend entry: a swatch painted like the series plus its label. */
export interface LegendItem {
  label: string;
  /** Paint for the swatch rect, e.g. a colour or `url(#…)`. */
  fill: string;
  /** Optional outline, for series drawn outlined rather than filled. */
  stroke?: string;
  dashed?: boolean;
}

/**
 * Lays legend items out left to right, wrapping to new lines within `width`.
 * Returns the markup and the height used so the caller can place the plot below it.
 */
export function legend(items: LegendItem[], x: number, y: number, width: number): { markup: string; height: number } {
  const swatchW = 20;
  const swatchH = 14;
  const lineH = 24;
  let cx = x;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    const itemW = swatchW + 6 + textWidth(item.label, SMALL_FONT) + 18;
    if (cx > x && cx + itemW > x + width) {
      cx = x;
      cy += lineH;
    }
    const stroke = item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="1.5"${item.dashed ? ' stroke-dasharray="4 3"' : ''}` : '';
    parts.push(
      `<g class="legend-item"><rect x="${n(cx)}" y="${n(cy)}" width="${swatchW}" height="${swatchH}" fill="${escapeXml(item.fill)}"${stroke}/>` +
        text(cx + swatchW + 6, cy + swatchH - 2, item.label, { size: SMALL_FONT }) +
        `</g>`,
    );
    cx += itemW;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: items.length === 0 ? 0 : cy - y + lineH };
}

/** A label tied to a point on a bar or an axis by a leader line, for {@link stackLabels}. */
export interface LeaderLabel {
  /** Where the leader starts, in chart units. */
  x: number;
  content: string;
}

/** Where {@link stackLabels} put a label: its side of the leader and its lines. */
export interface StackedLabel<L extends LeaderLabel> {
  label: L;
  side: 'right' | 'left';
  lines: string[];
}

/**
 * Orders labels that hang off one bar (or one axis) in lines, nearest line first, so that no
 * leader crosses another label: every leader runs straight from its point past the lines nearer
 * the bar to its own label, so a label must not span the x of any label placed further away.
 *
 * Greedy: the label furthest right goes right of its leader when it fits (nothing that remains
 * lies right of it), else the one furthest left goes left of its leader; when neither fits, the
 * one with more room is wrapped into that room. Labels may sit between `minX` and `maxX`.
 */
export function stackLabels<L extends LeaderLabel>(labels: readonly L[], minX: number, maxX: number, fontSize: number, gap = 6): StackedLabel<L>[] {
  // Wrapped into lines of even length, so that no last line holds a lone character.
  const wrap = (content: string, room: number): string[] => {
    const lines = wrapText(content, Math.max(room, 2 * fontSize), fontSize);
    if (lines.length < 2) return lines;
    const even = wrapText(content, Math.min(Math.max(room, 2 * fontSize), textWidth(content, fontSize) / lines.length + fontSize), fontSize);
    return even.length === lines.length ? even : lines;
  };
  const remaining = [...labels].sort((a, b) => a.x - b.x);
  const placed: StackedLabel<L>[] = [];
  while (remaining.length > 0) {
    const rightmost = remaining.at(-1)!;
    const leftmost = remaining[0]!;
    const spaceRight = maxX - (rightmost.x + gap);
    const spaceLeft = leftmost.x - gap - minX;
    if (textWidth(rightmost.content, fontSize) <= spaceRight) {
      placed.push({ label: remaining.pop()!, side: 'right', lines: [rightmost.content] });
    } else if (textWidth(leftmost.content, fontSize) <= spaceLeft) {
      placed.push({ label: remaining.shift()!, side: 'left', lines: [leftmost.content] });
    } else if (spaceRight >= spaceLeft) {
      placed.push({ label: remaining.pop()!, side: 'right', lines: wrap(rightmost.content, spaceRight) });
    } else {
      placed.push({ label: remaining.shift()!, side: 'left', lines: wrap(leftmost.content, spaceLeft) });
    }
  }
  return placed;
}
