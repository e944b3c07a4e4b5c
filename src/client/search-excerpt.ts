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

/** Appends the excerpt to `target` as text nodes and <mark> elements. */
export function renderExcerpt(target: HTMLElement, excerpt: string): void {
  for (const part of excerptParts(excerpt)) {
    if (!part.mark) {
      target.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    target.append(mark);
  }
}
