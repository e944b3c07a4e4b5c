/**
 * The published data files of this build, memoised: the endpoints under /data/ serve their bytes,
 * and the data page lists the same bytes' sizes and SHA-256 checksums. Computing both from one
 * in-memory result (rather than reading dist/ afterwards) is what lets the page be built before the
 * files are written; the post-build checksum step then verifies the page against the files on disk.
 */
import { createHash } from 'node:crypto';
import { lastUpdated } from '../lib/open-data/last-updated.ts';
import type { OpenDataContext } from '../lib/open-data/context.ts';
import { dataFiles, metadataFiles, type DataFile, type DescribedDataFile } from '../lib/open-data/files.ts';
import { DEPLOYMENT } from '../config/deployment.ts';
import { contentHistory } from '../io/content-history.ts';
import { dateWarnings, identityWarnings } from '../lib/open-data/identity.ts';
import { loadContent, loadIndexes } from './content.ts';
import { loadSiteBase } from './published.ts';

/** Everything the data endpoints and pages need. */
export interface OpenData {
  context: OpenDataContext;
  /** Every data file under data/, in catalogue order (SHA256SUMS excepted: it is written after the build). */
  files: DescribedDataFile[];
  byPath: Map<string, DescribedDataFile>;
}

const describe = (f: DataFile): DescribedDataFile => ({ ...f, size: f.bytes.byteLength, sha256: createHash('sha256').update(f.bytes).digest('hex') });

async function build(siteBase: string): Promise<OpenData> {
  const [content, indexes] = await Promise.all([loadContent(), loadIndexes()]);
  const context: OpenDataContext = {
    content,
    indexes,
    siteBase,
    updated: lastUpdated({ sourceDateEpoch: DEPLOYMENT.sourceDateEpoch?.toString(), corrections: content.corrections }),
    history: contentHistory(DEPLOYMENT.contentDir, content.programmes),
    ...(DEPLOYMENT.dataFileLimit === null ? {} : { fileLimit: DEPLOYMENT.dataFileLimit }),
  };
  // Printed once per build (this module is memoised): what the published data lacks, and why.
  for (const warning of [...identityWarnings(content.site), ...dateWarnings(context)]) console.warn(warning);
  const files = dataFiles(context).map(describe);
  // The metadata describes the files above by size and hash, so it is made from them, last.
  const all = [...files, ...metadataFiles(context, files).map(describe)];
  return { context, files: all, byPath: new Map(all.map((f) => [f.path, f])) };
}

let cached: Promise<OpenData> | undefined;

/** The open data of this build (its URLs from the published origin and `base`, site-relative in a preview), built once. */
export function loadOpenData(): Promise<OpenData> {
  cached ??= loadSiteBase().then(build);
  return cached;
}
