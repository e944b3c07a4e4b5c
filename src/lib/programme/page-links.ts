/**
 * The links a programme's pages make: to another project of the same programme, and to the
 * paragraph of the notice that states a fact.
 */
import type { Citation } from '../../schemas/citation.ts';
import { paragraphPath, projectPath } from '../site/routes.ts';
import type { ProgrammeIndex } from './programme-index.ts';

/** A link to one project page of a programme. */
export interface ProjectLink {
  id: string;
  /** The project's name; its id where the programme has no such project, so that a link never reads empty. */
  name: string;
  /** Site path of the project's page. */
  path: string;
}

/** The link to project `id` of the index's programme. */
export function projectLink(index: Pick<ProgrammeIndex, 'programme' | 'byId'>, id: string): ProjectLink {
  return { id, name: index.byId.get(id)?.name ?? id, path: projectPath(index.programme.id, id) };
}

/** A paragraph of the notice that a page cites. */
export interface CitedParagraph {
  /** Its anchor, e.g. `p12`. */
  id: string;
  /** Its number as readers see it, e.g. `12`. */
  number: string;
  /** Site path of the paragraph in the programme's notice page. */
  path: string;
}

/** The paragraph a citation points to, in programme `programme`'s notice. */
export function citedParagraph(programme: string, citation: Pick<Citation, 'paragraph'>): CitedParagraph {
  return { id: citation.paragraph, number: citation.paragraph.slice(1), path: paragraphPath(programme, citation.paragraph) };
}

/** The paragraph a record's first citation points to: the one its row or fact links to. */
export function leadParagraph(programme: string, record: { citations: readonly Pick<Citation, 'paragraph'>[] }): CitedParagraph {
  // Every fact-bearing record has at least one citation (citationsSchema).
  return citedParagraph(programme, record.citations[0]!);
}
