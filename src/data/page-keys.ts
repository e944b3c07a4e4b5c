/**
 * getStaticPaths() results with a `cacheKey` for Astro's incremental build: the routes of the
 * route table (src/lib/site/routes.ts), each keyed as src/lib/site/page-keys.ts explains, from
 * this build's content, settings and published addresses. Memoised, as the content is.
 */
import { createHash } from 'node:crypto';
import { DEPLOYMENT } from '../config/deployment.ts';
import { projectDownloads } from '../lib/open-data/data-page.ts';
import { historyPage } from '../lib/programme/history-page.ts';
import { pageKeys, stableJson, type PageKeyPart, type PageKeys } from '../lib/site/page-keys.ts';
import { type RouteKey, type RouteParams, staticPaths } from '../lib/site/routes.ts';
import { loadContent, loadHistories, loadHistoryKeys, loadIndexes, loadSearchExamples } from './content.ts';
import { loadProjectPage } from './project-pages.ts';
import { loadOpenData } from './open-data.ts';
import { loadPublishedOrigin, loadSiteBase } from './published.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let keys: Promise<PageKeys> | undefined;

const recordDigests = new WeakMap<object, string>();

/** The digest of a record, made once per record object. */
function recordDigest(record: object): string {
  let d = recordDigests.get(record);
  if (d === undefined) recordDigests.set(record, (d = sha256(stableJson(record))));
  return d;
}

/** The page keys of this build. */
export function loadPageKeys(): Promise<PageKeys> {
  keys ??= (async () => {
    const [content, historyKeys, searchExamples, origin, siteBase, openData] = await Promise.all([
      loadContent(),
      loadHistoryKeys(),
      loadSearchExamples(),
      loadPublishedOrigin(),
      loadSiteBase(),
      loadOpenData(),
    ]);
    // Every setting a page may render or act on; not the folders of this one build (staging, cache).
    const { outDir: _out, cacheDir: _cache, logLevel: _log, chromiumPath: _chromium, siteCacheDir: _siteCache, ...settings } = DEPLOYMENT;
    const { updated, history, fileLimit } = openData.context;
    return pageKeys(content, { ...settings, origin, siteBase, updated, history, fileLimit: fileLimit ?? null }, historyKeys, searchExamples, sha256);
  })();
  return keys;
}

/** What the key of a page of route `key` with `params` is made from. */
async function keyPart(key: RouteKey, params: Record<string, string | undefined>): Promise<PageKeyPart> {
  if (key === 'project' && params.programme && params.id) {
    const [indexes, page] = await Promise.all([loadIndexes(), loadProjectPage(params.programme, params.id)]);
    // The view the page renders, and the programme's own record it is worded and labelled by (its
    // digest, made once per programme rather than written out again for each of its projects).
    return { kind: 'view', view: { page, programme: recordDigest(indexes.get(params.programme)!.programme) } };
  }
  if (key === 'history' && params.id) {
    return { kind: 'view', view: historyPage((await loadHistories()).get(params.id)!) };
  }
  if (key === 'programmeData' && params.programme) {
    // Also the sizes and checksums of the files the page lists (the data files' bytes).
    const [indexes, { byPath }] = await Promise.all([loadIndexes(), loadOpenData()]);
    const listed = projectDownloads(indexes.get(params.programme)!, byPath).map((d) => d.files);
    return { kind: 'view', view: { programme: (await keyedProgramme(params.programme)).key, listed } };
  }
  if (params.programme) return { kind: 'programme', programme: params.programme };
  return { kind: 'content' };
}

/** The programme part's own key (for views that add to it). */
async function keyedProgramme(programme: string): Promise<{ key: string }> {
  return { key: (await loadPageKeys()).key('programme-part', { kind: 'programme', programme }) };
}

/** `staticPaths(key)` of the route table, each with its `cacheKey`. */
export async function keyedStaticPaths<K extends RouteKey>(key: K): Promise<{ params: RouteParams<K>; cacheKey: string }[]> {
  const [content, keys] = await Promise.all([loadContent(), loadPageKeys()]);
  return Promise.all(
    staticPaths(key, content).map(async ({ params }) => ({
      params,
      cacheKey: keys.key(key, await keyPart(key, params as Record<string, string | undefined>)),
    })),
  );
}

/** The key of the per-project files' bundle (src/lib/open-data/project-bundle.ts): every bundled file's path and checksum. */
export function bundleKey(files: readonly { path: string; sha256: string }[]): string {
  return sha256(files.map((f) => `${f.path}\t${f.sha256}`).join('\n'));
}
