/** A run of text, linked to a project when `id` is set. */
export interface TextPart {
  text: string;
  id?: string;
}

type Names = readonly { name: string; id: string }[];
// A notice page links hundreds of paragraphs against the same list: sort it once, not per paragraph.
const sortedLists = new WeakMap<Names, Names>();

function longestFirst(names: Names): Names {
  let sorted = sortedLists.get(names);
  if (!sorted) {
    sorted = [...names].filter((n) => n.name.length > 0).sort((a, b) => b.name.length - a.name.length);
    sortedLists.set(names, sorted);
  }
  return sorted;
}

/**
 * Splits a paragraph into runs, marking every occurrence of a project name. Longer names win over
 * names they contain (城乡居民基本医疗保险 over 城镇居民基本医疗保险 never overlaps, but
 * 义务教育经费保障机制 sits inside 城乡义务教育经费保障机制), and matches never overlap. The sorted
 * order of `names` is kept per list, so a list must not change once passed.
 */
export function linkProjectNames(text: string, names: readonly { name: string; id: string }[]): TextPart[] {
  const sorted = longestFirst(names);
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
