/** What a programme's notice page shows: every paragraph, with the project names in it linked. */
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
}

/** What the notice page of one programme renders. */
export interface NoticePage<S extends SourceDocument = SourceDocument> {
  source: S;
  paragraphs: NoticePageParagraph[];
}

const TAGS: Record<NoticeParagraph['kind'], NoticePageParagraph['tag']> = { p: 'p', h1: 'h2', h2: 'h2', h3: 'h3' };

/** The notice page of the index's programme; throws when its source is not among `sources`. */
export function noticePage<S extends SourceDocument>(index: ProgrammeIndex, sources: readonly S[]): NoticePage<S> {
  const { programme } = index;
  const source = sources.find((s) => s.id === programme.source);
  if (!source) throw new Error(`programme ${programme.id}: no source ${programme.source}`);
  // Every name a project goes by in the notice links to its page.
  const linkNames = projectNameLinker(index.projects.flatMap((p) => [{ name: p.name, id: p.id }, ...p.aliases.map((a) => ({ name: a.name, id: p.id }))]));
  return {
    source,
    paragraphs: source.paragraphs.map((para) => ({ id: para.id, number: para.number, tag: TAGS[para.kind], parts: linkNames(para.text) })),
  };
}
