/**
 * What a visitor's search downloads: the built site is served on 127.0.0.1, Debian's Chromium
 * opens the real search page with `?q=<word>`, the page's own script loads Pagefind and shows the
 * first results, and every response under /pagefind/ is added up (Pagefind's script, its WebAssembly,
 * the entry and metadata files, the index and filter chunks, and one fragment per result shown).
 */
import { launchBrowser, isolatedContext } from '../browser.ts';
import { serveDist } from '../static-server.ts';

/** Bytes and requests one search cost. */
export interface SearchCost {
  word: string;
  /** Results Pagefind reported. */
  results: number;
  /** Bytes of the responses under /pagefind/ (as served: Pagefind's chunks are gzip files already). */
  bytes: number;
  requests: number;
  /** Bytes per kind of Pagefind file, e.g. `index`, `fragment`, `wasm`, `pagefind.js`. */
  byKind: Record<string, number>;
}

/** Kind of a Pagefind file, from its path below /pagefind/. */
function kindOf(path: string): string {
  const rest = path.slice(path.indexOf('/pagefind/') + '/pagefind/'.length);
  const parts = rest.split('/');
  // A programme's own bundle (pagefind/<programme>/…), merged when the scope includes it.
  if (parts.length > 2 || (parts.length === 2 && !['index', 'fragment', 'filter'].includes(parts[0]!))) return 'shard';
  if (parts.length === 2) return parts[0]!;
  if (rest.startsWith('wasm.')) return 'wasm';
  if (rest.endsWith('.pf_meta')) return 'meta';
  return rest;
}

/** Runs each search in a fresh browser context (nothing cached) against `distDir` served at `/`. */
export async function measureSearches(distDir: string, words: readonly string[]): Promise<SearchCost[]> {
  const server = await serveDist(distDir, '/');
  const browser = await launchBrowser();
  try {
    const costs: SearchCost[] = [];
    for (const word of words) {
      const { context } = await isolatedContext(browser, server.origin);
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      const cost: SearchCost = { word, results: 0, bytes: 0, requests: 0, byKind: {} };
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.includes('/pagefind/')) return;
        pending.push(
          response.body().then((body) => {
            cost.bytes += body.byteLength;
            cost.requests += 1;
            const kind = kindOf(path);
            cost.byKind[kind] = (cost.byKind[kind] ?? 0) + body.byteLength;
          }),
        );
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(word)}`);
      // The status line is set only after the first results' fragments have arrived.
      await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const status = (await page.textContent('#search-status')) ?? '';
      cost.results = Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0);
      costs.push(cost);
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
