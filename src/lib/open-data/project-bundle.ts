/**
 * The per-project data files (one JSON and one CSV per project) travel out of the Astro build as
 * one bundle that a post-build step unpacks. As separate routes they were two thirds of all the
 * files Astro rendered, at Astro's full per-route cost, for bytes that are already computed.
 */

/** Name of the bundle inside data/; it never survives the build. */
export const PROJECT_BUNDLE_FILE = 'project-files.bundle.jsonl';

/** A file in the bundle: its path under data/ and its exact bytes. */
export interface BundledFile {
  path: string;
  bytes: Uint8Array;
}

/** One JSON line per file, bytes in base64, so that any content survives unchanged. */
export function encodeBundle(files: readonly BundledFile[]): string {
  return files.map((f) => `${JSON.stringify({ path: f.path, base64: Buffer.from(f.bytes).toString('base64') })}\n`).join('');
}

/** One line of {@link encodeBundle}'s output back to its file; refuses a path that would leave data/. */
export function decodeBundleLine(line: string): BundledFile {
  const { path, base64 } = JSON.parse(line) as { path: string; base64: string };
  if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`project bundle: unsafe path ${path}`);
  return { path, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** Reverses {@link encodeBundle}. */
export function decodeBundle(text: string): BundledFile[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map(decodeBundleLine);
}
