/**
 * Where a quote is in a source, when it is not word for word where it is cited: the paragraph that
 * holds it exactly, or the paragraph and passage nearest to it with the characters that differ
 * (a half-width `,` typed for the notice's full-width `，`, a missing `。`). Used by the citations
 * check (checks/citations.ts) to say what to cite instead, and by the spreadsheet import
 * (src/lib/sheets/) to locate each row's citation in the notice.
 */
import { t } from '../../i18n/index.ts';

/** A paragraph as the locator reads it: its anchor and text. */
export interface QuotableParagraph {
  id: string;
  text: string;
}

/** One difference between a quote and the source's words: a character typed for another, one too many or one missing. */
export type QuoteDifference =
  | { kind: 'replaced'; quoted: string; source: string; at: number }
  | { kind: 'extra'; quoted: string; at: number }
  | { kind: 'missing'; source: string; at: number };

/** Where a quote was found: exactly (`differences` empty), or the nearest passage and how it differs. */
export interface QuoteLocation {
  paragraph: string;
  /** The source's own words the quote stands for: what to quote instead. */
  passage: string;
  differences: QuoteDifference[];
}

/** At most this share of the quote's characters may differ for a passage to count as the quote meant. */
const MAX_DIFFERENCE_SHARE = 0.34;

/**
 * The passage of `text` nearest to `quote` (fewest characters changed, added or dropped: a
 * semi-global edit distance, free at both ends of `text`), with its differences in quote order.
 */
export function nearestPassage(quote: string, text: string): { passage: string; distance: number; differences: QuoteDifference[] } {
  const q = [...quote];
  const s = [...text];
  const m = q.length;
  const n = s.length;
  // d[i][j]: cost of matching q[0..i) to a passage of s ending at j.
  const d: Uint32Array[] = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
  for (let i = 1; i <= m; i++) d[i]![0] = i;
  for (let i = 1; i <= m; i++) {
    const row = d[i]!;
    const prev = d[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const same = q[i - 1] === s[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j - 1]! + same, prev[j]! + 1, row[j - 1]! + 1);
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (d[m]![j]! < d[m]![end]!) end = j;
  const differences: QuoteDifference[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const here = d[i]![j]!;
    if (j > 0 && here === d[i - 1]![j - 1]! + (q[i - 1] === s[j - 1] ? 0 : 1)) {
      if (q[i - 1] !== s[j - 1]) differences.push({ kind: 'replaced', quoted: q[i - 1]!, source: s[j - 1]!, at: i - 1 });
      i--;
      j--;
    } else if (here === d[i - 1]![j]! + 1) {
      differences.push({ kind: 'extra', quoted: q[i - 1]!, at: i - 1 });
      i--;
    } else {
      differences.push({ kind: 'missing', source: s[j - 1]!, at: i });
      j--;
    }
  }
  differences.reverse();
  return { passage: s.slice(j, end).join(''), distance: d[m]![end]!, differences };
}

/**
 * Locates `quote` among `paragraphs`: the cited paragraph first (`cited`) if it holds the quote,
 * else the first paragraph holding it exactly, else the paragraph with the nearest passage, if
 * that passage differs in no more than about a third of the quote's characters. Null when nothing is near.
 */
export function locateQuote(quote: string, paragraphs: readonly QuotableParagraph[], cited?: string): QuoteLocation | null {
  const exact = paragraphs.find((p) => p.id === cited && p.text.includes(quote)) ?? paragraphs.find((p) => p.text.includes(quote));
  if (exact) return { paragraph: exact.id, passage: quote, differences: [] };
  const length = [...quote].length;
  if (!length) return null;
  let best: (QuoteLocation & { distance: number }) | null = null;
  // The cited paragraph first, so that a tie keeps the editor's choice.
  const ordered = [...paragraphs.filter((p) => p.id === cited), ...paragraphs.filter((p) => p.id !== cited)];
  for (const p of ordered) {
    // A paragraph much shorter than the quote cannot hold it within the allowed difference.
    if ([...p.text].length < length * (1 - MAX_DIFFERENCE_SHARE)) continue;
    const near = nearestPassage(quote, p.text);
    if (!best || near.distance < best.distance) best = { paragraph: p.id, ...near };
  }
  if (!best || best.distance > Math.max(1, Math.floor(length * MAX_DIFFERENCE_SHARE))) return null;
  const { distance: _distance, ...location } = best;
  return location;
}

/** How many differences a message lists before it only counts the rest. */
const LISTED_DIFFERENCES = 5;

/** Whether `wide` is the full-width form of the ASCII `narrow` (`，` of `,`, `（` of `(`). */
const isFullWidthOf = (wide: string, narrow: string) =>
  narrow.length === 1 && narrow.charCodeAt(0) > 0x20 && narrow.charCodeAt(0) < 0x7f && wide.charCodeAt(0) === narrow.charCodeAt(0) + 0xfee0;

/**
 * The differences as a message lists them, in Chinese (第 N 字“,”应为“，”（原文为全角）) and in
 * short English (`14: "," → "，"`); positions count the quote's characters from 1.
 */
export function describeDifferences(differences: readonly QuoteDifference[]): { zh: string; en: string } {
  const listed = differences.slice(0, LISTED_DIFFERENCES);
  const zh = listed.map((d) => {
    if (d.kind === 'replaced')
      return t('check.citations.diff.replaced', {
        at: d.at + 1,
        quoted: d.quoted,
        source: d.source,
        width: isFullWidthOf(d.source, d.quoted) ? t('check.citations.diff.width') : '',
      });
    if (d.kind === 'extra') return t('check.citations.diff.extra', { at: d.at + 1, quoted: d.quoted });
    return t('check.citations.diff.missing', { at: d.at + 1, source: d.source });
  });
  const en = listed.map((d) =>
    d.kind === 'replaced' ? `${d.at + 1}: "${d.quoted}" → "${d.source}"` : d.kind === 'extra' ? `${d.at + 1}: "${d.quoted}" extra` : `${d.at + 1}: "${d.source}" missing`,
  );
  const more = differences.length > listed.length;
  return {
    zh: zh.join(t('check.citations.diff.separator')) + (more ? t('check.citations.diff.more', { count: differences.length }) : ''),
    en: en.join('; ') + (more ? ` (${differences.length} in all)` : ''),
  };
}
