/**
 * Colours and fill patterns shared by every chart.
 *
 * Every series fill has at least 4.5:1 contrast against white, so it passes the 3:1 rule for
 * graphical objects against the page and can also carry white value labels (AA for normal text).
 * Each series also has its own fill pattern, so series stay distinguishable in greyscale print
 * and for readers who do not see the colour difference.
 */

import { t } from '../i18n/index.ts';

/** Body text: 17.4:1 on white. */
export const TEXT = '#1a1a1a';
/** Secondary text (units, axis labels): 8.5:1 on white, still AA for small text. */
export const MUTED_TEXT = '#4d4d4d';
/** Axis lines and outlines that must be seen (4.5:1 on white, above the 3:1 needed for graphics). */
export const AXIS = '#767676';
/** Purely decorative guides (month bands, tracks); never the only way to read a value. */
export const GRID = '#d4d4d4';
/** Light band fill behind alternating months; decorative. */
export const BAND = '#eef2f7';
/** Link text: 8:1 on white, distinct from body text and underlined as well. */
export const LINK = '#0b4f9c';
/** Background of every chart, also used for label halos. */
export const BACKGROUND = '#ffffff';
/** Outline and hatching for "unknown / not stated" parts: 7:1 on white. */
export const UNKNOWN = '#595959';

/** How a series fill is textured on top of its colour. */
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'antidiagonal' | 'vertical' | 'grid';

/** Visual identity of one data series: a colour plus a texture. */
export interface SeriesStyle {
  /** Fill colour, >= 4.5:1 against white. */
  fill: string;
  /** Texture drawn over the fill so the series is not told apart by colour alone. */
  pattern: PatternKind;
}

/** Series styles in a fixed order; charts pick by index so the same key keeps its look. */
export const SERIES: readonly SeriesStyle[] = [
  { fill: '#1f5fa8', pattern: 'solid' },
  { fill: '#2f7d32', pattern: 'diagonal' },
  { fill: '#7b3f98', pattern: 'dots' },
  { fill: '#00766f', pattern: 'horizontal' },
  { fill: '#b3261e', pattern: 'cross' },
  { fill: '#a34a00', pattern: 'antidiagonal' },
  { fill: '#5f6368', pattern: 'vertical' },
  { fill: '#a21caf', pattern: 'grid' },
];

/**
 * Fixed series slots for the project standings (keys as in `src/schemas/vocabulary.ts`), so that
 * e.g. withdrawn (退出实施) looks the same in the level chart and in the decision funnel. Keyed by
 * code only: a colour must not change when a programme words a standing its own way.
 */
const STANDING_SLOTS: Readonly<Record<string, number>> = {
  new: 0,
  continued: 1,
  'formed-by-merger': 2,
  implemented: 3,
  withdrawn: 4,
  'adjusted-out': 5,
  'merged-away': 6,
};

/** Style of the n-th series, cycling when there are more series than styles. */
export function seriesStyle(index: number): SeriesStyle {
  const safe = Number.isFinite(index) && index >= 0 ? Math.floor(index) : 0;
  return SERIES[safe % SERIES.length]!;
}

/**
 * Style for a series identified by a standing key; unknown keys get the `fallbackIndex`-th style.
 * Known standings keep their slot across charts so readers can rely on a consistent look.
 */
export function styleForKey(key: string, fallbackIndex: number): SeriesStyle {
  const slot = STANDING_SLOTS[key];
  return seriesStyle(slot ?? fallbackIndex);
}

/** Relative luminance of a `#rrggbb` colour as defined by WCAG 2. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(t('chart.common.error.colour', { value: hex }));
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => {
    const v = parseInt(part, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
