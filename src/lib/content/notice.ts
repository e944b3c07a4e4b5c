import { stringify } from 'yaml';
import type { NoticeParagraph } from '../../schemas/source.ts';

/**
 * Reading a source document stored as MDX: one `<h1|h2|h3|p id="pN">` element per paragraph of the
 * original, so that every paragraph has a stable anchor that citations and readers can point to.
 */

export type { NoticeParagraph } from '../../schemas/source.ts';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&#123;': '{', '&#125;': '}' };
const PARAGRAPH = /<(h1|h2|h3|p) id="(p(\d+))">([^]*?)<\/\1>/g;

/** Turns text into MDX-safe element content (MDX would read `<`, `{` as code). */
export function escapeMdxText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** Reverses {@link escapeMdxText}. */
export function unescapeMdxText(text: string): string {
  return text.replace(/&lt;|&gt;|&amp;|&#123;|&#125;/g, (m) => ENTITIES[m] ?? m);
}

/** Extracts the anchored paragraphs of an MDX source body, in document order. */
export function parseNoticeParagraphs(body: string): NoticeParagraph[] {
  return [...body.matchAll(PARAGRAPH)].map((m) => ({
    id: m[2]!,
    number: Number(m[3]),
    kind: m[1] as NoticeParagraph['kind'],
    text: unescapeMdxText(m[4]!),
  }));
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
