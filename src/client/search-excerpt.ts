/**
 * Turns a Pagefind excerpt into DOM nodes without ever parsing it as HTML: only <mark> is kept as
 * an element, everything else becomes text, so page content can never inject markup.
 */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// Pagefind escapes exactly these two characters of page text before adding <mark> tags.
function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Splits an excerpt at its `<mark>`/`</mark>` tags. Pagefind escapes `<` and `>` of page text, so
 * those are decoded back to characters; any other tag-like text stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: decode(piece), mark });
  }
  return parts;
}

// Where a figure may go on past a word boundary of Pagefind's (2.5 + %, 2 + .5%). Commas are left
// out: the notices use them as punctuation (道路10条,新建…) far more than to group digits.
const FIGURE_END = /[0-9０-９.．]$/;
const FIGURE_START = /^[0-9０-９.．%％‰]/;
const FIGURE_TAIL = /^[0-9０-９.．%％‰]*(?:[0-9０-９]|[%％‰])/;
const FIGURE_HEAD = /(?:[0-9０-９])[0-9０-９.．]*$/;

/**
 * The excerpt's parts, with a figure that its first or last word cuts completed from the page's
 * text (`content`, as Pagefind gives it: its words joined without separators). Pagefind counts an
 * excerpt in words and the Chinese segmentation splits 2.5% into 2.5 and %, so an excerpt could end
 * 不少于2.5 where the page says 不少于2.5%, a different figure to the reader. Only digits, decimal
 * points and percent or permille signs are added, and only where the excerpt is found in the text.
 */
export function completeFigures(parts: ExcerptPart[], content: string | undefined): ExcerptPart[] {
  if (!content || parts.length === 0) return parts;
  const text = parts.map((p) => p.text).join('');
  const cutsEnd = FIGURE_END.test(text);
  const cutsStart = FIGURE_START.test(text);
  if (!cutsEnd && !cutsStart) return parts;
  const at = content.indexOf(text);
  if (at < 0) return parts;
  const completed = parts.map((p) => ({ ...p }));
  const tail = cutsEnd ? (content.slice(at + text.length).match(FIGURE_TAIL)?.[0] ?? '') : '';
  const head = cutsStart ? (content.slice(0, at).match(FIGURE_HEAD)?.[0] ?? '') : '';
  // A decimal point is taken only with the digit after it (FIGURE_TAIL ends in a digit or a sign).
  if (tail) completed[completed.length - 1]!.text += tail;
  if (head) completed[0]!.text = head + completed[0]!.text;
  return completed;
}

/** Appends the excerpt to `target` as text nodes and <mark> elements, completing figures it cuts from `content` ({@link completeFigures}). */
export function renderExcerpt(target: HTMLElement, excerpt: string, content?: string): void {
  for (const part of completeFigures(excerptParts(excerpt), content)) {
    if (!part.mark) {
      target.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    target.append(mark);
  }
}
