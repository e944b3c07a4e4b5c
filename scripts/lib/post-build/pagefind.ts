/**
 * Post-build step: the Chinese full-text search index. Pagefind (pinned to 1.6.0, whose only
 * binary segments Chinese words) indexes the staged HTML into `<outDir>/pagefind/`, which the
 * search page loads on demand. Only pages whose <main> BaseLayout marks `data-pagefind-body` are
 * indexed, and only that element, so header, navigation, breadcrumbs and footer never produce hits.
 * Which pages those are, and the `type` filter they carry, is the route table's
 * (src/lib/site/routes.ts): this step does not look at paths.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withToolEnvironment } from '../../../src/config/environment.ts';
import { t } from '../../../src/i18n/index.ts';
import { NON_PAGE_FOLDERS, SEARCH_INDEX_FOLDER } from '../../../src/lib/site/site-folders.ts';
import { childrenGone } from '../child-exit.ts';
import { linkTree } from '../files.ts';
import { htmlForIndex } from './pagefind-html.ts';
import { listSitePages } from './site-pages.ts';
import type { PostBuildStep } from './types.ts';

const BUNDLE = SEARCH_INDEX_FOLDER;
/** Command name of Pagefind's binary (pagefind or pagefind_extended) as the system lists it. */
export const PAGEFIND_COMMAND = 'pagefind';
/**
 * Files Pagefind writes that the site never loads: its ready-made UIs (our own UI is smaller and in
 * Chinese), the result-page highlighter, and the worker (the search script sets `noWorker`).
 */
const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;
/**
 * Word locations per index chunk (Pagefind's default: 20000). A search downloads the chunk(s)
 * holding its words; smaller chunks keep that download near 10 KB however large the site grows,
 * at the price of an extra request for some multi-word queries. Pagefind reads this from its
 * environment only (an "unstable" knob of the pinned 1.6.0); the payload test in tests/search/search-page.test.ts guards it.
 */
const INDEX_CHUNK_SIZE = '6000';
/** Page body marker of BaseLayout; pages without it (no search type) are left out. */
const BODY_MARKER = /\sdata-pagefind-body(?=[\s=>])/;

/**
 * Stops Pagefind's service and waits until its binary has exited: `close()` only signals it, and a
 * binary not yet reaped when the build ends would outlive it, its CPU time missing from GNU time's
 * figure (the benchmark's baseline closes Pagefind the same way).
 */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
  await childrenGone(PAGEFIND_COMMAND);
}

/**
 * Starts the Pagefind service with the site's settings and returns a new index; throws on any error.
 * The chunk size is read from the environment once, at start-up. Chart SVGs (axis labels, tick
 * numbers) and the notice's paragraph links (¶12) would only add noise to hits and excerpts; chart
 * figcaptions and the paragraphs themselves stay indexed. The benchmark's baseline uses it too.
 */
export async function createSiteIndex(): Promise<pagefind.PagefindIndex> {
  // A service left running by an earlier call would ignore our chunk size.
  await closePagefind();
  // The service inherits this process's environment when it starts, here.
  return withToolEnvironment({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE }, async () => {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '.para-link'] });
    check(errors, 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');
    return index;
  });
}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
}

/**
 * Where a page says which bundle of the index it goes into: BaseLayout's `data-search-bundle` on
 * <main> (its programme), absent for the primary bundle (site-wide pages and the newest programme).
 */
const BUNDLE_MARKER = /<main\b[^>]*\sdata-search-bundle="([^"]+)"/;
/** The list of the index's shards, beside the site-wide bundle (read by the portal merge and the tests). */
export const SHARDS_FILE = 'shards.json';
/** Files of a shard bundle that only the primary (site-wide) bundle needs: merged indexes load neither script nor WebAssembly. */
const PRIMARY_ONLY_FILE = /^(pagefind\.js|wasm\..*)$/;

/** One shard of the search index with a bundle of its own: a programme's pages, in `pagefind/<programme>/`. */
export interface SearchShard {
  /** The programme id (the folder below pagefind/). */
  programme: string;
  /** Pages indexed. */
  pages: number;
}

/** The `pagefind/shards.json` document. */
export interface SearchShardList {
  /** Pages of the primary bundle (pagefind/ itself: about, dictionary, history …, and the newest programme). */
  primaryPages: number;
  shards: SearchShard[];
}

/** The bundle `html` goes into: its programme, or '' for the primary bundle. */
export function bundleOf(html: string): string {
  return BUNDLE_MARKER.exec(html)?.[1] ?? '';
}

/** What decides a bundle's files besides its pages: Pagefind's version and binary (the lockfile), this step's code and settings. */
function indexerDigest(): string {
  const hash = createHash('sha256');
  for (const file of [join(PROJECT_ROOT, 'package-lock.json'), fileURLToPath(import.meta.url), fileURLToPath(new URL('./pagefind-html.ts', import.meta.url))]) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.update(INDEX_CHUNK_SIZE).digest('hex');
}

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Folder of the reused bundles in the build's cache: `<bundle or _site>/` with the files, beside `<bundle>.inputs` (their digest). */
const BUNDLE_CACHE = 'pagefind-bundles';

/** One bundle of the index in this build: its pages, and the digest of their URLs and bytes as built. */
interface BundlePlan {
  pages: { file: string; url: string }[];
  pageBytes: ReturnType<typeof createHash>;
}

/**
 * What a cached bundle was made from, in its `<bundle>.inputs` file: the indexer's digest, the
 * bundle, and two digests of its pages, each with its URL, in order: of their bytes as built, and
 * of the HTML fed to Pagefind ({@link htmlForIndex}, a function of those bytes and of this step's
 * code, which the indexer's digest covers). The bundle's files are a function of the latter.
 */
interface BundleInputs {
  indexer: string;
  shard: string;
  pageBytes: string;
  indexedHtml: string;
}

const formatInputs = (inputs: BundleInputs): string => `${inputs.indexer}\n${inputs.shard}\n${inputs.pageBytes}\n${inputs.indexedHtml}\n`;

function readInputs(file: string): BundleInputs | null {
  const lines = readText(file)?.split('\n');
  if (lines?.length !== 5 || lines[4] !== '') return null;
  const [indexer, shard, pageBytes, indexedHtml] = lines as [string, string, string, string];
  return { indexer, shard, pageBytes, indexedHtml };
}

/**
 * Adds one page to a digest of a list of pages: its URL, then its length (in bytes, or UTF-16 code
 * units for a text, hashed in UTF-8) before its content, so that no two lists hash alike (a URL
 * holds no NUL).
 */
function hashPage(hash: ReturnType<typeof createHash>, url: string, content: Buffer | string): void {
  hash.update(url).update('\0').update(String(content.length)).update('\0').update(content);
}

/** The HTML Pagefind is fed for `file`. */
const indexedHtmlOf = (file: string): string => htmlForIndex(readFileSync(file, 'utf8'));

/**
 * Indexes the staged site, one index per bundle; throws (failing the build) on any Pagefind error
 * or an empty index. The site-wide pages and the newest programme go into `pagefind/`, the primary
 * bundle every search loads; every other programme's pages into `pagefind/<programme>/`, which the
 * search page merges (`mergeIndex`) only when the visitor's scope includes that programme
 * (src/lib/search/scope.ts). So the first search costs the primary bundle plus the programmes in
 * scope, whatever the number of programmes; a site of one programme has one bundle, as before.
 *
 * A bundle is reused from the build's cache when the exact inputs fed to Pagefind for it (each
 * page's URL and indexed HTML, in order, with Pagefind's version and this step's code and
 * settings) are those of the cached copy; otherwise it is indexed and the copy replaced. Bundles
 * are independent indexes, so the files of one depend on its own pages only.
 *
 * Reducing every page to its indexed HTML only to find it unchanged cost more than anything else
 * in a rebuild's own process, so the decision looks first at the pages' bytes as built, hashed as
 * they are read: the same bytes (with the same indexer) give the same indexed HTML, so the bundle
 * is reused without reducing a page. Only when some byte differs are the pages reduced and the
 * indexed HTML compared, as before: a change outside what Pagefind reads (the frame of every page
 * after a change of the layout or the site's settings) still reuses the bundle. So a bundle is
 * reused exactly when its indexed HTML is unchanged, and a page is reduced once more only in a
 * bundle whose bytes changed.
 */
export const pagefindStep: PostBuildStep = {
  name: 'pagefind',
  async run({ outDir, cacheDir }) {
    const bundleDir = join(outDir, BUNDLE);
    rmSync(bundleDir, { recursive: true, force: true });
    // Pages come in path order, in which a programme's pages are contiguous but the site-wide ones are not.
    const plans = new Map<string, BundlePlan>();
    let indexed = 0;
    for (const page of listSitePages(outDir, NON_PAGE_FOLDERS)) {
      // Read as bytes and decoded once: the digest takes the bytes (hashing the string would encode
      // it back to UTF-8), the markers the text (the same string readFileSync(file, 'utf8') gives).
      const bytes = readFileSync(page.file);
      const html = bytes.toString('utf8');
      if (!BODY_MARKER.test(html)) continue;
      const shard = bundleOf(html);
      let plan = plans.get(shard);
      if (!plan) plans.set(shard, (plan = { pages: [], pageBytes: createHash('sha256') }));
      const url = `/${page.path}`;
      plan.pages.push({ file: page.file, url });
      hashPage(plan.pageBytes, url, bytes);
      indexed += 1;
    }
    if (indexed === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from BaseLayout?');
    const indexer = indexerDigest();
    const list: SearchShardList = { primaryPages: 0, shards: [] };
    let reused = 0;
    try {
      let serviceStarted = false;
      for (const [shard, plan] of [...plans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const dir = shard ? join(bundleDir, shard) : bundleDir;
        const pageBytes = plan.pageBytes.digest('hex');
        const cached = cacheDir ? join(cacheDir, BUNDLE_CACHE, shard || '_site') : null;
        const before = cached && existsSync(cached) ? readInputs(`${cached}.inputs`) : null;
        let reuse = before !== null && before.indexer === indexer && before.shard === shard && before.pageBytes === pageBytes;
        // The pages reduced to compare their indexed HTML, kept for indexing them if it changed (one bundle's at a time).
        let reduced: string[] | null = null;
        if (!reuse && before !== null && before.indexer === indexer && before.shard === shard) {
          reduced = plan.pages.map((page) => indexedHtmlOf(page.file));
          const indexedHtml = createHash('sha256');
          plan.pages.forEach((page, i) => hashPage(indexedHtml, page.url, reduced![i]!));
          reuse = before.indexedHtml === indexedHtml.digest('hex');
          // The bundle's files stand for these bytes too: the next build need not reduce the pages again.
          if (reuse) writeFileSync(`${cached}.inputs`, formatInputs({ ...before, pageBytes }));
        }
        if (cached && reuse) {
          linkTree(cached, dir);
          reused += 1;
        } else {
          // One service for every bundle indexed, started with the site's settings on the first.
          const index = serviceStarted ? await createBundleIndex() : await createSiteIndex();
          serviceStarted = true;
          const indexedHtml = createHash('sha256');
          for (const [i, page] of plan.pages.entries()) {
            const content = reduced?.[i] ?? indexedHtmlOf(page.file);
            hashPage(indexedHtml, page.url, content);
            const added = await index.addHTMLFile({ url: page.url, content });
            check(added.errors, `indexing ${page.url}`);
          }
          // Pagefind writes the bundle itself: getFiles() sent all of it back to Node as base64 in one
          // message, which at 20 000 pages added a few hundred MB to the build's peak memory.
          const { errors: writeErrors } = await index.writeFiles({ outputPath: dir });
          check(writeErrors, 'writing the index');
          await index.deleteIndex();
          for (const file of readdirSync(dir)) {
            if (UNUSED_FILE.test(file) || (shard && PRIMARY_ONLY_FILE.test(file))) rmSync(join(dir, file), { recursive: true, force: true });
          }
          if (cached) {
            // The inputs file goes last: a copy without it is never taken for a finished one.
            rmSync(`${cached}.inputs`, { force: true });
            rmSync(cached, { recursive: true, force: true });
            mkdirSync(dirname(cached), { recursive: true });
            // The primary bundle's folder holds the other bundles' folders: only its own files are linked.
            linkTree(dir, cached, (path) => shard !== '' || !plans.has(path));
            writeFileSync(`${cached}.inputs`, formatInputs({ indexer, shard, pageBytes, indexedHtml: indexedHtml.digest('hex') }));
          }
        }
        if (shard) list.shards.push({ programme: shard, pages: plan.pages.length });
        else list.primaryPages = plan.pages.length;
      }
      writeFileSync(join(bundleDir, SHARDS_FILE), `${JSON.stringify(list)}\n`);
      console.log(t('cli.build.searchIndex', { pages: indexed }));
      if (reused > 0) console.log(t('cli.build.searchBundlesReused', { reused, bundles: plans.size }));
    } finally {
      await closePagefind();
    }
  },
};

/** A further index on the running service (the settings are the service's, from {@link createSiteIndex}). */
async function createBundleIndex(): Promise<pagefind.PagefindIndex> {
  const created = await pagefind.createIndex({ excludeSelectors: ['svg', '.para-link'] });
  check(created.errors, 'createIndex');
  if (!created.index) throw new Error('Pagefind createIndex returned no index');
  return created.index;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
