/**
 * Turns a Pagefind excerpt into DOM nodes without ever parsing it as HTML: only <mark> is kept as
 * an element, everything else becomes text, so page content can never inject markup.
 */

// Only the status messages, not the dictionary: see src/i18n/zh-CN/search-status.ts.
import { searchStatus } from '../i18n/zh-CN/search-status.ts';
import { matchedOnlyInKeywords, type WeightedLocation } from '../lib/search/keyword-weight.ts';

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

/** What Pagefind puts where it cut the page's text before or after an excerpt (its `excerptEllipsis` option). */
export const EXCERPT_ELLIPSIS = searchStatus['search.excerpt.ellipsis'];

/** An excerpt's plain text split into the ellipses Pagefind put where it cut the page (each '' where it did not) and the page's text between them. */
function withinEllipses(whole: string): { pre: string; text: string; post: string } {
  const pre = whole.startsWith(EXCERPT_ELLIPSIS) ? EXCERPT_ELLIPSIS : '';
  const post = whole.length > pre.length && whole.endsWith(EXCERPT_ELLIPSIS) ? EXCERPT_ELLIPSIS : '';
  return { pre, text: whole.slice(pre.length, whole.length - post.length), post };
}

// Where a figure may go on past a word boundary of Pagefind's (2.5 + %, 2 + .5%, - + 11.1%). Commas
// are left out: the notices use them as punctuation (道路10条,新建…) far more than to group digits.
const FIGURE_END = /[0-9０-９.．]$/;
const FIGURE_START = /^[0-9０-９.．%％‰]/;
const FIGURE_TAIL = /^[0-9０-９.．%％‰]*(?:[0-9０-９]|[%％‰])/;
const FIGURE_HEAD = /[+\-−＋－]?[0-9０-９][0-9０-９.．]*$/;

/**
 * The excerpt's parts, with a figure that its first or last word cuts completed from the page's
 * text (`content`, as Pagefind gives it: its words joined without separators). Pagefind counts an
 * excerpt in words and the Chinese segmentation splits 2.5% into 2.5 and %, so an excerpt could end
 * 不少于2.5 where the page says 不少于2.5%, a different figure to the reader. Only digits, decimal
 * points, percent or permille signs and a figure's sign are added, inside the ellipses, and only
 * where the excerpt occurs once in the text (else which occurrence it is cannot be told).
 */
export function completeFigures(parts: ExcerptPart[], content: string | undefined): ExcerptPart[] {
  if (!content || parts.length === 0) return parts;
  const { pre, text, post } = withinEllipses(parts.map((p) => p.text).join(''));
  const cutsEnd = FIGURE_END.test(text);
  const cutsStart = FIGURE_START.test(text);
  if (!cutsEnd && !cutsStart) return parts;
  const at = content.indexOf(text);
  if (at < 0 || content.indexOf(text, at + 1) >= 0) return parts;
  // A decimal point is taken only with the digit after it (FIGURE_TAIL ends in a digit or a sign).
  const tail = cutsEnd ? (content.slice(at + text.length).match(FIGURE_TAIL)?.[0] ?? '') : '';
  const head = cutsStart ? (content.slice(0, at).match(FIGURE_HEAD)?.[0] ?? '') : '';
  const completed = parts.map((p) => ({ ...p }));
  const last = completed[completed.length - 1]!;
  if (tail) last.text = last.text.slice(0, last.text.length - post.length) + tail + post;
  if (head) completed[0]!.text = pre + head + completed[0]!.text.slice(pre.length);
  return completed;
}

// Pagefind joins the texts of a page's elements with ". ", or with a space alone after punctuation,
// which in Chinese read as a stray full stop and a gap: 农村居民最低生活保障. 省级继续实施.,
// （财政补助） 50元/人, 全民健身苑。 量化目标.
const JOIN = /\. | /g;
const HAN = /\p{Script=Han}/u;
/** Where ". " ends Chinese text (a character, a closing bracket or quote, a percent sign). */
const ENDS_CHINESE = /[\p{Script=Han}”’）》」』%％]/u;
/** Where a space after it is only a join: Chinese punctuation and closing brackets and quotes. */
const NO_SPACE_AFTER = /[。；：！？，、”’）》」』]/;
const FIGURE_SIGN = /[+\-−＋－]/;

/**
 * The excerpt's text with Pagefind's joins between elements written as Chinese punctuation: ". "
 * after Chinese text (or between a figure and a signed figure, as in a table's cells) becomes 。, a space
 * after Chinese punctuation or a closing bracket goes, and a join just after the opening ellipsis
 * goes. Other spaces and full stops (an English name, CC BY 4.0, p12. p30) stay. The characters
 * around a join may be in the parts beside it (a highlighted word).
 */
export function chinesePunctuation(parts: ExcerptPart[]): ExcerptPart[] {
  const whole = parts.map((p) => p.text).join('');
  let start = 0;
  return parts.map((part) => {
    const from = start;
    start += part.text.length;
    const text = part.text.replace(JOIN, (join: string, offset: number) => {
      const at = from + offset;
      const previous = whole[at - 1] ?? '';
      const next = whole[at + join.length] ?? '';
      if (at === 0 || (at === EXCERPT_ELLIPSIS.length && whole.startsWith(EXCERPT_ELLIPSIS))) return '';
      if (join === ' ') return NO_SPACE_AFTER.test(previous) && (HAN.test(next) || /[0-9（“]/.test(next)) ? '' : join;
      const chinese = ENDS_CHINESE.test(previous) || (/[0-9]/.test(previous) && FIGURE_SIGN.test(next));
      return chinese ? searchStatus['search.excerpt.fullStop'] : join;
    });
    return { ...part, text };
  });
}

/** What a result shows of a Pagefind excerpt: its parts, figures completed from `content`, joins in Chinese punctuation. */
export function readableExcerpt(excerpt: string, content?: string): ExcerptPart[] {
  return chinesePunctuation(completeFigures(excerptParts(excerpt), content));
}

/** Appends the excerpt to `target` as text nodes and <mark> elements ({@link readableExcerpt}). */
export function renderExcerpt(target: HTMLElement, excerpt: string, content?: string): void {
  for (const part of readableExcerpt(excerpt, content)) {
    if (!part.mark) {
      target.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    target.append(mark);
  }
}

/** What of a hit decides between its excerpt and its page's summary ({@link showsSummary}). */
export interface ExcerptSource {
  excerpt: string;
  /** The page's whole indexed text: a project page's hidden search words are its last element. */
  content?: string;
  weighted_locations?: readonly WeightedLocation[];
  meta: Record<string, string | undefined>;
}

/**
 * True when a result shows its page's summary instead of its excerpt: the page has a summary (a
 * project page), and the query matched only its hidden search words, or the excerpt runs into
 * them (新农合 on 城乡居民基本医疗保险: …第 19 段。相关词：补贴 补贴款 … 新农合 医保 …, a run of bare
 * synonyms that the page never shows). The hidden words are the page's last element, so a lead
 * followed by another element (Pagefind joins elements with ". ") is the page's own text.
 */
export function showsSummary(hit: ExcerptSource): boolean {
  if (!hit.meta['summary']) return false;
  if (matchedOnlyInKeywords(hit.weighted_locations)) return true;
  const lead = searchStatus['search.keywords.lead'];
  const content = hit.content ?? '';
  const keywordsAt = content.lastIndexOf(lead);
  if (keywordsAt < 0 || content.includes('. ', keywordsAt)) return false;
  const whole = excerptParts(hit.excerpt)
    .map((p) => p.text)
    .join('');
  if (whole.includes(lead)) return true;
  // The excerpt cut inside the words, after their lead: where its text sits in the page's.
  const { text } = withinEllipses(whole);
  const at = text ? content.indexOf(text) : -1;
  return at >= 0 && at + text.length > keywordsAt;
}

/**
 * Fills `target` with what a result shows of its page: the summary where {@link showsSummary}, else
 * the readable excerpt. The sites' search page and the shard plan portal's search both use it.
 */
export function renderHitExcerpt(target: HTMLElement, hit: ExcerptSource): void {
  if (showsSummary(hit)) target.textContent = hit.meta['summary'] ?? '';
  else renderExcerpt(target, hit.excerpt, hit.content);
}
