import { describe, expect, it } from 'vitest';
import { AXIS, LINK, MUTED_TEXT, SERIES, TEXT, UNKNOWN, contrastRatio, styleForKey } from '../../src/charts/palette.ts';
import { chartId, escapeXml, formatValue, n, stackLabels, textWidth, wrapText, type LeaderLabel, type StackedLabel } from '../../src/charts/svg.ts';
import { parseXml } from './xml.ts';

describe('shared SVG helpers', () => {
  it('escapes the characters that break markup', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('makes ids safe for XML and url(#…)', () => {
    expect(chartId('levels')).toBe('levels');
    expect(chartId('a b/c')).toBe('a-b-c');
    expect(chartId('2017')).toBe('c-2017');
    expect(chartId('图表')).toBe('c---');
  });

  it('refuses to write non-finite coordinates', () => {
    expect(n(1.23456)).toBe('1.23');
    expect(n(-0.001)).toBe('0');
    expect(() => n(Number.NaN)).toThrow(RangeError);
    expect(() => n(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(formatValue(3)).toBe('3');
    expect(formatValue(2.5)).toBe('2.5');
  });

  it('measures CJK wider than digits and wraps without splitting numbers or leading punctuation', () => {
    expect(textWidth('省级', 16)).toBe(32);
    expect(textWidth('12', 16)).toBeLessThan(32);
    const lines = wrapText('将高校毕业生就业见习补助标准由600元提高到800元，即增加33.3%。', 16 * 8, 16);
    expect(lines.join('')).toBe('将高校毕业生就业见习补助标准由600元提高到800元，即增加33.3%。');
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
    expect(lines.length).toBeGreaterThan(2);
    for (const token of ['600', '800', '33.3%']) expect(lines.some((l) => l.includes(token))).toBe(true);
    for (const line of lines) expect(textWidth(line.replace(/[，。]$/, ''), 16)).toBeLessThanOrEqual(16 * 8);
    expect(wrapText('', 100, 16)).toEqual(['']);
  });
});

describe('palette', () => {
  it('meets WCAG AA: series fills >= 4.5:1 on white (so white labels on them pass too), text >= 4.5:1, outlines >= 3:1', () => {
    for (const s of SERIES) expect(contrastRatio(s.fill, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(MUTED_TEXT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(LINK, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(UNKNOWN, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(AXIS, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('gives every series a distinct colour and pattern, and a standing the same look by its key', () => {
    expect(new Set(SERIES.map((s) => s.fill)).size).toBe(SERIES.length);
    expect(new Set(SERIES.map((s) => s.pattern)).size).toBe(SERIES.length);
    expect(styleForKey('withdrawn', 0)).toBe(styleForKey('withdrawn', 3));
    expect(styleForKey('withdrawn', 0)).toBe(SERIES[4]);
    // A label is not a key: colours must not follow a programme's wording.
    expect(styleForKey('退出实施', 3)).toBe(SERIES[3]);
    expect(styleForKey('unknown-key', 2)).toBe(SERIES[2]);
  });
});

describe('test XML reader', () => {
  it('rejects what would break a standalone SVG', () => {
    expect(() => parseXml('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => parseXml('<svg><text>a</svg>')).toThrow();
    expect(() => parseXml('<svg a=b></svg>')).toThrow();
    expect(() => parseXml('<svg x="1" x="2"></svg>')).toThrow();
    expect(parseXml('<svg><text x="1">a &amp; b</text></svg>').children).toHaveLength(1);
  });
});

describe('stackLabels', () => {
  /** The span a placed label covers, from its leader's side. */
  const span = (p: StackedLabel<LeaderLabel>, gap = 6): [number, number] => {
    const w = Math.max(...p.lines.map((l) => textWidth(l, 14)));
    return p.side === 'right' ? [p.label.x + gap, p.label.x + gap + w] : [p.label.x - gap - w, p.label.x - gap];
  };

  it.each([
    ['the 1280 px funnel: 退出实施 then 未载明 at the end of the bar', [480, 590], 640],
    ['a narrow bar with three slivers', [300, 320, 340], 360],
    ['labels spread over the width', [40, 200, 330], 360],
  ])('no label covers the leader of one placed further from the bar (%s)', (_name, xs, width) => {
    const labels = xs.map((x, i) => ({ x, content: ['退出实施 1项', '未在本区实施，原因通知未载明 10项', '调整退出 2项'][i % 3]! }));
    const placed = stackLabels(labels, 16, width - 16, 14);
    expect(placed.map((p) => p.label).sort((a, b) => a.x - b.x)).toEqual(labels);
    placed.forEach((p, i) => {
      const [from, to] = span(p);
      for (const later of placed.slice(i + 1)) expect(later.label.x < from || later.label.x > to, `${p.label.content} covers ${later.label.content}`).toBe(true);
      // Wrapped only when it has to, into lines of even length (no lone last character).
      if (p.lines.length > 1) expect(p.lines.at(-1)!.length).toBeGreaterThan(1);
    });
  });
});
