import type { Citation } from '../../schemas/citation.ts';
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';

/** Every citation in a record, with the dotted path of the field holding it. */
export function collectCitations(value: unknown, path = ''): { path: string; citation: Citation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.paragraph === 'string' && typeof o.quote === 'string') {
      return [{ path, citation: o as unknown as Citation }];
    }
    return Object.entries(o).flatMap(([k, v]) => (k === 'file' ? [] : collectCitations(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

/**
 * The citations worth quoting to a reader: a quote contained in another quote of the same paragraph
 * adds nothing, so only the longer one is kept, and a quote given twice is kept once (the first).
 * Order is kept. Quadratic in the citations of one page, which are few.
 */
export function distinctQuotes<C extends Pick<Citation, 'paragraph' | 'quote'>>(citations: readonly C[]): C[] {
  return citations.filter((c, i) => !citations.some((d, j) => d.paragraph === c.paragraph && d.quote.includes(c.quote) && (d.quote !== c.quote || j < i)));
}

/**
 * Every citation of a project's facts (its name, aliases, description, changes, targets, units,
 * exit) and of its standards' figures, in the order of the paragraphs cited (stable, so citations
 * of one paragraph keep their order): the citations its page quotes and the paragraphs projects.csv
 * lists for it. A raised standard is stated in a paragraph of its own (2017's p11), often not the
 * one that names the project, so leaving any of them out would send a reader to the wrong paragraph.
 */
export function projectCitations(project: Project, standards: readonly Standard[]): Citation[] {
  return [...collectCitations(project).map((c) => c.citation), ...standards.flatMap((s) => s.citations)].sort(
    (a, b) => Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)),
  );
}

/** A citation's place, as the text lookup below takes it (any record's, validated or not). */
type CitedPlace = { source?: unknown; paragraph?: unknown };

/**
 * The text of every paragraph of `sources`, looked up by a citation's source and paragraph:
 * undefined where the citation names no such paragraph (the citation check reports that). Built
 * once per check over all sources, so that checking every citation stays linear.
 */
export function paragraphTexts(sources: readonly { id: string; paragraphs: readonly { id: string; text: string }[] }[]): (cited: CitedPlace) => string | undefined {
  const texts = new Map(sources.flatMap((s) => s.paragraphs.map((p) => [`${s.id}#${p.id}`, p.text] as const)));
  return (cited) => texts.get(`${String(cited.source)}#${String(cited.paragraph)}`);
}
