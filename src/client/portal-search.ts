/**
 * The portal's search page (scripts/shards/portal-pages.ts writes the page, merge.ts this module
 * compiled beside the sites' search modules it imports): loads the first bundle of
 * search-indexes.json that loads (a site's primary bundle, with Pagefind's script and WebAssembly),
 * merges every other bundle into it with `mergeIndex`, and lists the results ten at a time, each
 * named by its site. A site whose bundle does not load is left out and named, and tried again on the
 * next search. Everything a result shows, and how, is the sites' own search page's: their Pagefind
 * options, query length, batch rule (whole-term.ts) and result item (search-results.ts), which
 * names the site where the sites name the programme. It gives the item no filter labels: each site
 * words its levels and its notice in its own terms (县级, 公告原文). Results link into their own site
 * (Pagefind derives each bundle's base URL from where it is served). The module holds no wording:
 * the page hands it its messages as JSON.
 */
import type { PagefindApi, PagefindHit } from './pagefind-loader.ts';
import { PAGEFIND_OPTIONS } from './pagefind-options.ts';
import { renderResult } from './search-results.ts';
import { batchCoverage, queryTerms } from '../lib/search/whole-term.ts';
import { boundedQuery } from '../lib/search/query-length.ts';
import type { SearchShardOption } from '../lib/search/scope.ts';

/** How many results the portal's search lists at a time. */
const BATCH = 10;

/** The portal's messages, `{name}` standing for each value (portal-pages.ts `searchMessages`). */
export interface PortalSearchMessages {
  loading: string;
  failed: string;
  found: string;
  foundShown: string;
  partialOnly: string;
  none: string;
  unavailable: string;
  siteSeparator: string;
}

/** What the page hands the script (`#portal-search-config`). */
export interface PortalSearchConfig {
  /** search-indexes.json, relative to the page. */
  indexes: string;
  messages: PortalSearchMessages;
}

/** A search bundle of the portal: where it is served and which shard it belongs to. */
export interface PortalBundle {
  shard: string;
  url: string;
}

/** The portal's `search-indexes.json` (scripts/shards/merge.ts writes it). */
export interface PortalIndexes {
  /** Every bundle; the first is a primary bundle (it has Pagefind's script), the others are merged into it. */
  bundles: PortalBundle[];
  /** Each shard's title and the URL prefix of its pages, for naming results. */
  sites: { shard: string; title: string; base: string }[];
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`#${id} missing`);
  return found;
}

function start(): void {
  const config = JSON.parse(element('portal-search-config', HTMLScriptElement).textContent ?? '{}') as PortalSearchConfig;
  const m = config.messages;
  const form = element('portal-search-form', HTMLFormElement);
  const input = element('portal-search-input', HTMLInputElement);
  const status = element('portal-search-status', HTMLElement);
  const unavailable = element('portal-search-unavailable', HTMLElement);
  const list = element('portal-search-results', HTMLOListElement);
  const more = element('portal-search-more', HTMLButtonElement);
  element('portal-search-fallback', HTMLElement).hidden = true;

  let indexes: PortalIndexes | null = null;
  let pf: PagefindApi | null = null;
  // Bundles not loaded yet: every search tries them again, so a site left out comes back once it answers.
  let pending: PortalBundle[] = [];

  async function attempt(): Promise<{ pf: PagefindApi; sites: SearchShardOption[]; missing: string[] }> {
    if (indexes === null) {
      indexes = (await (await fetch(new URL(config.indexes, location.href))).json()) as PortalIndexes;
      pending = [...indexes.bundles];
    }
    const still: PortalBundle[] = [];
    for (const bundle of pending) {
      try {
        if (pf === null) {
          // A site's primary bundle has Pagefind's script; its programme bundles follow it.
          const loaded = (await import(/* @vite-ignore */ `${bundle.url}pagefind.js`)) as PagefindApi;
          await loaded.options({ ...PAGEFIND_OPTIONS });
          await loaded.init();
          pf = loaded;
        } else {
          // Pagefind keeps a bundle that fails to load among its indexes, and every search then
          // fails: a bundle is merged only once its entry file answers.
          const entry = await fetch(`${bundle.url}pagefind-entry.json`);
          if (!entry.ok) throw new Error(bundle.url);
          await pf.mergeIndex(bundle.url);
        }
      } catch {
        still.push(bundle);
      }
    }
    pending = still;
    if (pf === null) throw new Error('no search index loads');
    const all = indexes.sites;
    const siteOf = (bundle: { shard: string }) => all.find((s) => s.shard === bundle.shard)?.title ?? bundle.shard;
    // Each site as the result item's "shard": its pages' URL prefix names it (shardOfUrl).
    const sites = all.map((s) => ({ id: s.shard, year: '', index: '', pages: s.base, label: s.title }));
    return { pf, sites, missing: [...new Set(pending.map(siteOf))] };
  }

  // One load at a time: a search typed while another loads waits for it rather than merging twice.
  let queue: Promise<unknown> = Promise.resolve();
  function load(): ReturnType<typeof attempt> {
    const next = queue.then(attempt);
    queue = next.catch(() => undefined);
    return next;
  }

  let generation = 0;
  let hits: PagefindHit[] = [];
  let query = '';
  let terms: ReturnType<typeof queryTerms> = [];
  let sites: SearchShardOption[] = [];
  let partialOnly = false;

  async function showBatch(from: number, mine: number): Promise<void> {
    const data = await Promise.all(hits.slice(from, from + BATCH).map((r) => r.data()));
    if (mine !== generation) return;
    // Whether every result shown so far holds only single characters of the query, by the sites' rule.
    const coverage = batchCoverage(
      data.map((d) => d.content),
      terms,
      from === 0,
      partialOnly,
    );
    partialOnly = coverage.partialOnly;
    const items = coverage.order.map((i) => renderResult(data[i]!, {}, sites, coverage.missing[i]));
    if (from === 0) list.replaceChildren(...items);
    else list.append(...items);
    const shown = list.children.length;
    more.hidden = shown >= hits.length;
    const total = String(hits.length);
    status.textContent = partialOnly
      ? fill(m.partialOnly, { q: query })
      : shown < hits.length
        ? fill(m.foundShown, { total, q: query, shown: String(shown) })
        : fill(m.found, { total, q: query });
  }

  async function run(q: string): Promise<void> {
    const mine = ++generation;
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = m.loading;
    try {
      const loaded = await load();
      if (mine !== generation) return;
      sites = loaded.sites;
      unavailable.hidden = loaded.missing.length === 0;
      unavailable.textContent = fill(m.unavailable, { sites: loaded.missing.join(m.siteSeparator) });
      const response = await loaded.pf.search(q);
      if (mine !== generation) return;
      hits = response.results;
      query = q;
      terms = queryTerms(q);
      if (hits.length === 0) {
        status.textContent = fill(m.none, { q });
        return;
      }
      await showBatch(0, mine);
    } catch {
      if (mine === generation) status.textContent = m.failed;
    }
  }

  more.addEventListener('click', async () => {
    // One batch per click: a second click while one loads would list it twice.
    if (more.disabled) return;
    more.disabled = true;
    const from = list.children.length;
    try {
      await showBatch(from, generation);
    } finally {
      more.disabled = false;
    }
    // Keyboard users continue from the first newly shown result, not from the end of the page.
    list.children[from]?.querySelector('a')?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = boundedQuery(input.value);
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    void run(q);
  });
  const initial = boundedQuery(new URLSearchParams(location.search).get('q') ?? '');
  input.value = initial;
  if (initial) void run(initial);
}

start();
