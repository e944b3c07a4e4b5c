/**
 * Site-wide tables that stay within CDN limits: a table file whose bytes would pass the limit is
 * published as parts, one per programme (`<name>/part-<programme>.<ext>`, e.g.
 * `projects/part-luyang-2017.json`), and the whole file is not published. Each part is a file of the
 * catalogue's kind (catalogue.ts `partPath`), so the data page, datapackage.json, catalog.jsonld and
 * the checksums list the parts as they list any file. A programme's part that alone passes the
 * limit is published as numbered chunks (`projects/part-luyang-2017-1.json`, `…-2.json`), each a
 * complete file of the table (files.ts `chunkRanges`). Below the limit nothing changes.
 */
import type { Translate } from '../../i18n/index.ts';
import { partPath, type FilePart, type FileKind, type PublishedFile } from './catalogue.ts';
import { formatSize } from './format-size.ts';

/** The default limit: 25 MiB, a common CDN per-file limit (Cloudflare Pages). */
export const DEFAULT_FILE_LIMIT = 25 * 1024 * 1024;

/** The per-file limit in bytes: the configured one (MINSHENG_DATA_FILE_LIMIT, for tests), else {@link DEFAULT_FILE_LIMIT}. */
export function fileLimitOf(configured: number | null | undefined): number {
  return configured ?? DEFAULT_FILE_LIMIT;
}

/**
 * What the data page, datapackage.json and catalog.jsonld say about one part of a split table: why
 * the table is split and, for a numbered chunk, that the programme's part is split too; empty for a
 * whole file.
 */
export function partNote(part: FilePart | undefined, translate: Translate): string {
  if (!part) return '';
  return `${translate('data.page.part', { limit: formatSize(part.limit) })}${part.chunk ? translate('data.page.partChunk', { of: part.chunk.of }) : ''}`;
}

/**
 * The name of a site-wide kind as published: its own path, or for a table split by programme the
 * pattern of its parts, with the numbered chunks' pattern too when some part is cut into chunks
 * (`projects/part-<计划编号>.json、projects/part-<计划编号>-<序号>.json`), worded by `translate`.
 */
export function publishedPattern(kind: FileKind, files: readonly PublishedFile[], translate: Translate): string | null {
  if (kind.scope !== 'site') return null;
  const own = files.filter((f) => f.kind === kind);
  if (!own.some((f) => f.part)) return kind.path;
  const programme = translate('data.dictionary.placeholder.programme');
  const forms = [
    ...(own.some((f) => f.part && !f.part.chunk) ? [partPath(kind, programme)] : []),
    ...(own.some((f) => f.part?.chunk) ? [partPath(kind, programme, translate('data.dictionary.placeholder.chunk'))] : []),
  ];
  return forms.join(translate('data.dictionary.patternSeparator'));
}
