/**
 * Writes data/SHA256SUMS (the format `sha256sum -c` reads) for every file under data/ (past the
 * CDN's per-file limit, every one but the per-project files: src/lib/open-data/checksum-list.ts), from the
 * bytes actually on disk (for the per-project files, hashed as the unpacking wrote them: nothing
 * writes them afterwards, and reading 12 000 files back at 4 000 projects cost more than hashing
 * them), and checks the data pages against them: the pages list the checksums
 * computed in the build from the same bytes the endpoints served, so any difference means the two
 * drifted and the build fails rather than publish a page that misstates its files. The per-project
 * files are checked against their programme's checksum list (data/<programme>/SHA256SUMS, made in
 * the build from the same bytes; its own checksum is on the programme's data page). A file that no
 * kind of the catalogue (src/lib/open-data/catalogue.ts) describes fails the build too: it would be
 * published without a word about it in the data pages, the metadata or the dictionary.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../../src/i18n/index.ts';
import { CATALOGUE, CHECKSUMS_FILE, fileKind, kindOfPath } from '../../../src/lib/open-data/catalogue.ts';
import { checksumsText, parseChecksums, siteChecksumEntries } from '../../../src/lib/open-data/checksum-list.ts';
import { fileLimitOf } from '../../../src/lib/open-data/split.ts';
import { DEPLOYMENT } from '../../../src/config/deployment.ts';
import { filesUnder } from '../files.ts';
import type { PostBuildStep } from './types.ts';

/** Files written after the build (SHA256SUMS itself): not data files whose checksums are listed. */
const POST_BUILD_FILES = new Set<string>(CATALOGUE.flatMap((k) => (k.stage === 'post-build' && k.scope === 'site' ? [k.path] : [])));

/** Every data file under `dataDir` as a sorted list of paths relative to it (pages and SHA256SUMS excluded). */
export function listDataFiles(dataDir: string): string[] {
  return filesUnder(dataDir).filter((path) => !path.endsWith('.html') && !POST_BUILD_FILES.has(path));
}

export { checksumsText };

/** Checksums the data page lists, from its `<code data-sha256-of="path">hex</code>` elements. */
export function listedChecksums(html: string): Map<string, string> {
  return new Map([...html.matchAll(/data-sha256-of="([^"]+)"[^>]*>([0-9a-f]{64})</g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Checksums the data pages list: the data page (site-wide files) and each programme's data page
 * (`data/<programme>/index.html`, its checksum list), merged with each programme's checksum list
 * (`data/<programme>/SHA256SUMS`, its per-project files, paths relative to its folder).
 */
export function listedOnDataPages(dataDir: string): Map<string, string> {
  const programmes = readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const pages = [join(dataDir, 'index.html'), ...programmes.map((name) => join(dataDir, name, 'index.html'))];
  const listed = new Map<string, string>();
  for (const page of pages.filter((p) => existsSync(p))) for (const [path, sha256] of listedChecksums(readFileSync(page, 'utf8'))) listed.set(path, sha256);
  for (const name of programmes) {
    const list = join(dataDir, fileKind('programme-checksums').path(name));
    if (existsSync(list)) for (const [path, sha256] of parseChecksums(readFileSync(list, 'utf8'))) listed.set(`${name}/${path}`, sha256);
  }
  return listed;
}

/** The post-build step; registered last, so that it sees every data file as published. */
export const checksumsStep: PostBuildStep = {
  name: 'checksums',
  async run({ outDir, writtenChecksums }) {
    const dataDir = join(outDir, 'data');
    if (!existsSync(dataDir)) throw new Error('checksums: no data/ folder in the build');
    // Every file on disk is listed; one whose bytes a step hashed as it wrote them is not read again.
    // Each file's kind is looked up once: it says both whether the catalogue knows it and whether it is a per-project file.
    const entries = listDataFiles(dataDir).map((path) => ({
      path,
      kind: kindOfPath(path),
      sha256:
        writtenChecksums?.get(path) ??
        createHash('sha256')
          .update(readFileSync(join(dataDir, path)))
          .digest('hex'),
    }));
    const listed = listedOnDataPages(dataDir);
    // A set, not a search of the list per listed path: that was quadratic in the number of files.
    const built = new Set(entries.map((e) => e.path));
    const problems = [
      ...entries.filter((e) => e.kind === undefined).map((e) => `${e.path}: not a kind of file in the catalogue (src/lib/open-data/catalogue.ts)`),
      ...entries.filter((e) => listed.get(e.path) !== e.sha256).map((e) => `${e.path}: page lists ${listed.get(e.path) ?? 'nothing'}, file is ${e.sha256}`),
      ...[...listed.keys()].filter((path) => !built.has(path)).map((path) => `${path}: listed on the data page but not built`),
    ];
    if (problems.length) throw new Error(`checksums: the data page does not match the data files:\n  ${problems.join('\n  ')}`);
    // Past the CDN's per-file limit, the per-project files are left to their programmes' lists (checked above).
    const site = siteChecksumEntries(
      entries.map((e) => ({ ...e, perProject: e.kind?.scope === 'project' })),
      fileLimitOf(DEPLOYMENT.dataFileLimit),
    );
    writeFileSync(join(dataDir, CHECKSUMS_FILE), checksumsText(site.entries));
    console.log(t('cli.build.checksums', { files: entries.length }));
  },
};
