import { stringify } from 'yaml';
import { t } from '../../i18n/index.ts';
import { CONTENT_LIMITS } from '../../schemas/limits.ts';
import type { NoticeParagraph } from '../../schemas/source.ts';
import type { BodyProblem } from './problems.ts';

/**
 * Reading a source document stored as MDX: one `<h1|h2|h3|p id="pN">` element per paragraph of the
 * original, so that every paragraph has a stable anchor that citations and readers can point to.
 */

export type { NoticeParagraph } from '../../schemas/source.ts';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&#123;': '{', '&#125;': '}' };

/** Turns text into MDX-safe element content (MDX would read `<`, `{` as code). */
export function escapeMdxText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** Reverses {@link escapeMdxText}. */
export function unescapeMdxText(text: string): string {
  return text.replace(/&lt;|&gt;|&amp;|&#123;|&#125;/g, (m) => ENTITIES[m] ?? m);
}

/** What {@link readNoticeBody} finds in a notice's body: its paragraphs, and what it refuses. */
export interface NoticeBody {
  /** The anchored paragraphs, in document order (a repeated id only once, at its first place). */
  paragraphs: NoticeParagraph[];
  /** Everything in the body that would not be published as written; empty for a valid body. */
  problems: BodyProblem[];
}

// An opening element of a paragraph, at the reading position; its attributes are checked apart.
const OPENING = /<(h1|h2|h3|p)(\s[^<>]*)?>/y;
// The one attribute list a paragraph element may have.
const ANCHOR_ONLY = /^\s+id="p(\d+)"\s*$/;
const ANY_ID = /\sid="(p\d+)"/;
// Where the next paragraph element may start, to end a run of text outside any.
const NEXT_OPENING = /<(?:h1|h2|h3|p)[\s>]/g;
const WHITESPACE = /\s*/y;

/** 1-based line (counted from `firstLine`) and column of each offset of `text`. */
function positionsOf(text: string, firstLine: number): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: offset - starts[lo]! + 1 };
  };
}

/** The start of a run of text, as a message quotes it: its first line, at most 20 characters. */
function excerpt(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 20 ? `${line.slice(0, 20)}…` : line;
}

/**
 * Reads a notice's body strictly: it must be nothing but anchored paragraph elements
 * (`<p id="p12">…</p>`, or h1–h3), numbered p1, p2, p3 … in order, separated by blank space.
 * Whatever else it holds would be silently lost or misread by the site, so it is reported, with its
 * line: an element with other attributes, or without its id; text outside any element; an id that
 * repeats or breaks the order; markup or an unclosed element inside a paragraph; a paragraph
 * longer than {@link CONTENT_LIMITS.paragraphLength}. The paragraphs that could be read are
 * returned all the same, so that citations of them are still checked. Lines are counted from
 * `firstLine`, the line of the file on which the body starts.
 */
export function readNoticeBody(body: string, firstLine = 1): NoticeBody {
  const at = positionsOf(body, firstLine);
  const paragraphs: NoticeParagraph[] = [];
  const problems: BodyProblem[] = [];
  const report = (offset: number, field: string, message: string) => problems.push({ field, message, ...at(offset) });
  const lineOf = new Map<string, number>();
  let expected = 1;
  // After a repeated id, the next may follow either the repeat or the id it was probably meant to be.
  let afterRepeat = false;
  let pos = 0;
  for (;;) {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(body);
    pos = WHITESPACE.lastIndex;
    if (pos >= body.length) break;
    OPENING.lastIndex = pos;
    const opening = OPENING.exec(body);
    if (!opening) {
      NEXT_OPENING.lastIndex = pos + 1;
      const end = NEXT_OPENING.exec(body)?.index ?? body.length;
      report(pos, '', t('check.notice.unanchored', { text: excerpt(body.slice(pos, end)) }));
      pos = end;
      continue;
    }
    const tag = opening[1]!;
    const attributes = opening[2] ?? '';
    const id = ANY_ID.exec(attributes)?.[1] ?? '';
    const closing = `</${tag}>`;
    const start = pos + opening[0].length;
    const end = body.indexOf(closing, start);
    if (end < 0) {
      report(pos, id, t('check.notice.unclosed', { tag }));
      break;
    }
    const inner = body.slice(start, end);
    pos = end + closing.length;
    if (!ANCHOR_ONLY.test(attributes)) report(opening.index, id, t('check.notice.attributes', { tag }));
    if (inner.includes('<')) report(start, id, t('check.notice.markup', { tag }));
    const text = unescapeMdxText(inner);
    if (text.length > CONTENT_LIMITS.paragraphLength) report(start, id, t('check.notice.tooLong', { max: CONTENT_LIMITS.paragraphLength }));
    if (!id) continue;
    const seen = lineOf.get(id);
    if (seen !== undefined) {
      report(opening.index, id, t('check.notice.duplicate', { line: seen }));
      afterRepeat = true;
      continue;
    }
    lineOf.set(id, at(opening.index).line);
    const number = Number(id.slice(1));
    if (id !== `p${expected}` && !(afterRepeat && id === `p${expected + 1}`)) report(opening.index, id, t('check.notice.order', { expected: `p${expected}` }));
    afterRepeat = false;
    expected = Math.max(expected, number + 1);
    paragraphs.push({ id, number, kind: tag as NoticeParagraph['kind'], text });
  }
  return { paragraphs, problems };
}

/** The anchored paragraphs of an MDX source body, in document order (see {@link readNoticeBody}). */
export function parseNoticeParagraphs(body: string): NoticeParagraph[] {
  return readNoticeBody(body).paragraphs;
}

/**
 * Classifies one line of a plain-text Chinese government notice: the first line is the title,
 * 一、… starts a part, a short （一）… line is a section heading, anything else is body text.
 */
export function classifyNoticeLine(line: string, index: number): NoticeParagraph['kind'] {
  if (index === 0) return 'h1';
  if (/^[一二三四五六七八九十]+、/.test(line)) return 'h2';
  if (/^（[一二三四五六七八九十]+）/.test(line) && line.length <= 20) return 'h3';
  return 'p';
}

/** Renders plain-text lines as the anchored MDX body that {@link parseNoticeParagraphs} reads back. */
export function noticeLinesToMdx(lines: string[]): string {
  return lines
    .map((line, i) => {
      const kind = classifyNoticeLine(line, i);
      return `<${kind} id="p${i + 1}">${escapeMdxText(line)}</${kind}>`;
    })
    .join('\n\n');
}

/** A whole source document: YAML front matter (see src/schemas/source.ts) and the anchored body. */
export function sourceDocumentMdx(frontMatter: Record<string, unknown>, lines: string[]): string {
  return `---\n${stringify(frontMatter)}---\n\n${noticeLinesToMdx(lines)}\n`;
}

/** Splits a plain-text notice into its paragraphs: one per non-empty line, trimmed. */
export function noticeTextLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
