/**
 * What a notice's headline figure counts, e.g. “29+8”: 29 = 省级22项 + 市级7项, 8 = 区级8项, from
 * the programme's `headlineParts` and the per-level totals the notice states, with the paragraphs
 * that state them. Editorial (the notice gives the figure, not its sum): the page says so.
 */
import type { Programme } from '../../schemas/programme.ts';
import { citedParagraph, type CitedParagraph } from './page-links.ts';

/** One number of the headline and the levels' stated counts that make it up. */
export interface HeadlinePart {
  count: number;
  levels: { level: 'provincial' | 'municipal' | 'district'; implemented: number }[];
}

/** The headline's parts with their levels' counts, and the paragraphs stating them; null when any count is not stated. */
export function explainHeadline(programme: Programme): { parts: HeadlinePart[]; paragraphs: CitedParagraph[] } | null {
  if (!programme.headline || programme.headlineParts.length === 0) return null;
  const paragraphs = new Map<string, CitedParagraph>();
  const parts: HeadlinePart[] = [];
  for (const part of programme.headlineParts) {
    const levels: HeadlinePart['levels'] = [];
    for (const level of part.levels) {
      const totals = programme.statedTotals[level];
      if (!totals) return null;
      levels.push({ level, implemented: totals.implemented });
      const first = totals.citations[0];
      if (first) paragraphs.set(first.paragraph, citedParagraph(programme.id, first));
    }
    parts.push({ count: part.count, levels });
  }
  return { parts, paragraphs: [...paragraphs.values()].sort((a, b) => Number(a.number) - Number(b.number)) };
}
