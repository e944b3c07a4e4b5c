/**
 * Checksum lists in the format `sha256sum -c` reads: `<hex>  <path>` per line, the two-space (text
 * mode) form. The site's data/SHA256SUMS (written after the build) and each programme's
 * data/<programme>/SHA256SUMS (made in the build, its paths relative to the programme's folder).
 */

/** A checksum list's text, one line per entry in the given order. */
export function checksumsText(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

/** The entries of a checksum list's text, path → hex. */
export function parseChecksums(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^([0-9a-f]{64}) {2}(.+)$/gm)].map((m) => [m[2]!, m[1]!]));
}
