/**
 * What a programme's notice page shows: every paragraph, with the names the notice gives its projects
 * linked, and after the paragraph of an item that has no name of its own a link to its project. The
 * item's text itself stays unlinked: a whole paragraph underlined as one link is hard to read, most
 * of all for the elderly readers a 公告's list of items is for.
 */
import type { NoticeParagraph } from '../../schemas/source.ts';
import type { SourceDocument } from '../content/content-set.ts';
import { projectNameLinker, type TextPart } from './link-names.ts';
import type { ProgrammeIndex } from './programme-index.ts';

/** One paragraph as the page renders it. */
export interface NoticePageParagraph {
  /** Its anchor, e.g. `p12`. */
  id: string;
  number: number;
  /** The element it is rendered as: the notice's title and parts are h2 (the page's h1 is its own), sections h3. */
  tag: 'p' | 'h2' | 'h3';
  /** Its text in runs; a run that names a project carries the project's id. */
  parts: TextPart[];
  /** The project whose item this paragraph is, when the project has no name of the notice's own to link (its page is linked after the text), or null. */
  item: string | null;
}

/** What the notice page of one programme renders. */
export interface NoticePage<S extends SourceDocument = SourceDocument> {
  source: S;
  paragraphs: NoticePageParagraph[];
  /** Whether some project name in the text is linked, and whether some paragraph is followed by its item's link: what the page's intro explains. */
  links: { names: boolean; items: boolean };
}

const TAGS: Record<NoticeParagraph['kind'], NoticePageParagraph['tag']> = { p: 'p', h1: 'h2', h2: 'h2', h3: 'h3' };

/** The notice page of the index's programme; throws when its source is not among `sources`. */
export function noticePage<S extends SourceDocument>(index: ProgrammeIndex, sources: readonly S[]): NoticePage<S> {
  const { programme } = index;
  const source = sources.find((s) => s.id === programme.source);
  if (!source) throw new Error(`programme ${programme.id}: no source ${programme.source}`);
  // Every name the notice gives a project links to its page. A title this site gave an item (nameOrigin
  // editorial) is not the notice's: where its words happen to occur in the text, they are not linked as a name.
  const linkNames = projectNameLinker(
    index.projects.flatMap((p) => [...(p.nameOrigin === 'source' ? [{ name: p.name, id: p.id }] : []), ...p.aliases.map((a) => ({ name: a.name, id: p.id }))]),
  );
  const items = itemParagraphs(index, source.id);
  const paragraphs = source.paragraphs.map((para): NoticePageParagraph => {
    const parts = linkNames(para.text);
    // The paragraph of an item without a name of its own links to its project, unless a name in it links there already
    // (another project named in it keeps its own link).
    const item = para.kind === 'p' ? items.get(para.id) : undefined;
    const linksItem = item !== undefined && para.text.length > 0 && !parts.some((part) => part.id === item);
    return { id: para.id, number: para.number, tag: TAGS[para.kind], parts, item: linksItem ? item : null };
  });
  return {
    source,
    paragraphs,
    links: { names: paragraphs.some((p) => p.parts.some((part) => part.id !== undefined)), items: paragraphs.some((p) => p.item !== null) },
  };
}

/**
 * The paragraphs that are the item of one project with an editorial title (the paragraphs its own
 * citations quote), by paragraph id → project id. A paragraph that several such projects cite is no
 * one item's, and is left out.
 */
function itemParagraphs(index: ProgrammeIndex, sourceId: string): Map<string, string> {
  const cited = new Map<string, Set<string>>();
  for (const p of index.projects) {
    if (p.nameOrigin !== 'editorial') continue;
    for (const c of p.citations) {
      if (c.source !== sourceId) continue;
      const ids = cited.get(c.paragraph) ?? new Set<string>();
      ids.add(p.id);
      cited.set(c.paragraph, ids);
    }
  }
  return new Map([...cited].flatMap(([paragraph, ids]) => (ids.size === 1 ? [[paragraph, [...ids][0]!] as const] : [])));
}
