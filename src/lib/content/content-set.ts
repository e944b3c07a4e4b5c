import type { Correction } from '../../schemas/correction.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Source } from '../../schemas/source.ts';
import type { Standard } from '../../schemas/standard.ts';
import type { NoticeParagraph } from './notice.ts';

/** A validated record together with the file it came from (for messages and provenance). */
export type Located<T> = T & { file: string };

/** A source document with its anchored paragraphs. */
export type SourceDocument = Source & { paragraphs: NoticeParagraph[] };

/** The whole validated content tree, as plain data. */
export interface ContentSet {
  site: SiteConfig | null;
  programmes: Located<Programme>[];
  projects: Located<Project>[];
  standards: Located<Standard>[];
  milestones: Located<Milestone>[];
  oversight: Located<Oversight>[];
  sources: Located<SourceDocument>[];
  corrections: Located<Correction>[];
}
