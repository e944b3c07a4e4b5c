/** A run of text, linked to a project when `id` is set. */
export interface TextPart {
  text: string;
  id?: string;
}

/**
 * Splits paragraphs into runs, marking every occurrence of a project name. Longer names win over
 * names they contain (城乡居民基本医疗保险 over 城镇居民基本医疗保险 never overlaps, but
 * 义务教育经费保障机制 sits inside 城乡义务教育经费保障机制), and matches never overlap. The names are
 * sorted once, so that a notice page links its hundreds of paragraphs against one sorted list.
 */
export function projectNameLinker(names: readonly { name: string; id: string }[]): (text: string) => TextPart[] {
  const sorted = [...names].filter((n) => n.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  return (text) => linkSorted(text, sorted);
}

function linkSorted(text: string, sorted: readonly { name: string; id: string }[]): TextPart[] {
  const taken: { start: number; end: number; id: string }[] = [];
  for (const { name, id } of sorted) {
    let from = 0;
    for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, from)) {
      const end = at + name.length;
      if (!taken.some((t) => at < t.end && end > t.start)) taken.push({ start: at, end, id });
      from = at + 1;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const t of taken) {
    if (t.start > cursor) parts.push({ text: text.slice(cursor, t.start) });
    parts.push({ text: text.slice(t.start, t.end), id: t.id });
    cursor = t.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}
