import type { RecordOf, RecordTypeName, RecordTypes } from '../../schemas/record-types.ts';
import type { Source } from '../../schemas/source.ts';
import type { NoticeParagraph } from './notice.ts';

/** A validated record together with the file it came from (for messages and provenance). */
export type Located<T> = T & { file: string };

/** A source document with its anchored paragraphs. */
export type SourceDocument = Source & { paragraphs: NoticeParagraph[] };

/** What a content set holds of type `N`: the one entry of a singleton (or `Missing`), else a list. */
type Entries<N extends RecordTypeName, Missing> = RecordTypes[N]['key'] extends 'singleton' ? Located<RecordOf<N>> | Missing : Located<RecordOf<N>>[];

/**
 * The whole validated content tree, as plain data: one property per record type of the registry
 * (src/schemas/record-types.ts), a singleton's being null when its file is missing or invalid.
 */
export type ContentSet = { [N in RecordTypeName]: Entries<N, null> };

/** Validated content whose singletons (the site configuration) are present: what a build publishes. */
export type PublishableContent = { [N in RecordTypeName]: Entries<N, never> };

/** Entries of one type of a content set, as a list (a singleton's has none or one). */
export function entriesOf<N extends RecordTypeName>(content: ContentSet, name: N): Located<RecordOf<N>>[] {
  const entries: unknown = content[name];
  if (Array.isArray(entries)) return entries as Located<RecordOf<N>>[];
  return entries === null ? [] : [entries as Located<RecordOf<N>>];
}
