/**
 * Every file of the catalogue (src/lib/open-data/catalogue.ts) that the build makes, from
 * src/data/open-data.ts (SHA256SUMS is written after it). The per-project files leave the build
 * as one bundle that a post-build step of scripts/build.ts unpacks (see
 * src/lib/open-data/project-bundle.ts); elsewhere (astro dev) they are served one by one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DEPLOYMENT } from '../../config/deployment.ts';
import { loadOpenData } from '../../data/open-data.ts';
import { bundleKey } from '../../data/page-keys.ts';
import { encodeBundle, PROJECT_BUNDLE_FILE } from '../../lib/open-data/project-bundle.ts';

/** Set by scripts/build.ts, whose post-build steps unpack the bundle; `astro dev` serves files one by one. */
const bundled = DEPLOYMENT.bundleProjectFiles;

export const getStaticPaths = (async () => {
  const { files } = await loadOpenData();
  const routed = bundled ? files.filter((f) => f.kind.scope !== 'project') : files;
  // Each file is keyed by its checksum, the bundle by its files' (Astro's incremental build, src/lib/site/page-keys.ts).
  const bundle = bundled ? [{ params: { file: PROJECT_BUNDLE_FILE }, cacheKey: bundleKey(files.filter((f) => f.kind.scope === 'project')) }] : [];
  return [...routed.map((f) => ({ params: { file: f.path }, cacheKey: `${f.kind.mediaType}\n${f.sha256}` })), ...bundle];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files, byPath } = await loadOpenData();
  if (params.file === PROJECT_BUNDLE_FILE) {
    return new Response(encodeBundle(files.filter((f) => f.kind.scope === 'project')), { headers: { 'Content-Type': 'application/jsonl' } });
  }
  const file = byPath.get(params.file ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.bytes, { headers: { 'Content-Type': file.kind.mediaType } });
};
