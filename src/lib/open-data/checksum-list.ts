/**
 * Checksum lists in the format `sha256sum -c` reads: `<hex>  <path>` per line, the two-space (text
 * mode) form. The site's data/SHA256SUMS (written after the build) and each programme's
 * data/<programme>/SHA256SUMS (made in the build, its paths relative to the programme's folder).
 */

/** One entry of a checksum list. */
const line = (e: { path: string; sha256: string }) => `${e.sha256}  ${e.path}\n`;

/** A checksum list's text, one line per entry in the given order. */
export function checksumsText(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map(line).join('');
}

/** The entries of a checksum list's text, path → hex. */
export function parseChecksums(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^([0-9a-f]{64}) {2}(.+)$/gm)].map((m) => [m[2]!, m[1]!]));
}

/** Bytes of the checksum list of `entries` (its UTF-8 text), counted line by line rather than made whole. */
export function checksumsBytes(entries: readonly { path: string; sha256: string }[]): number {
  const encoder = new TextEncoder();
  return entries.reduce((sum, e) => sum + encoder.encode(line(e)).byteLength, 0);
}

/** Whether the site's checksum list holds every data file, or all but the per-project ones (see {@link siteChecksumEntries}). */
export type SiteChecksumScope = 'all' | 'without-project-files';

/**
 * What the site's checksum list (data/SHA256SUMS) holds, from every data file (the list itself
 * excepted): every one (`all`), unless that list would pass `limit` bytes (a CDN's per-file limit,
 * src/lib/open-data/split.ts; at 100 000 projects it was 32.7 MiB, three lines per project). Then
 * it holds every file but the per-project ones (`without-project-files`): their checksums are in
 * their programmes' lists (data/<programme>/SHA256SUMS), which it lists, so that `sha256sum -c`
 * still reaches every file. The data page says which (src/pages/data/index.astro).
 */
export function siteChecksumEntries<E extends { path: string; sha256: string; perProject: boolean }>(
  entries: readonly E[],
  limit: number,
): { scope: SiteChecksumScope; entries: E[] } {
  if (checksumsBytes(entries) <= limit) return { scope: 'all', entries: [...entries] };
  return { scope: 'without-project-files', entries: entries.filter((e) => !e.perProject) };
}
