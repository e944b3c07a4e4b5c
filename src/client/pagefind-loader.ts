/**
 * Loads the Pagefind search API from the site's own /pagefind/ folder, once, and only when a
 * visitor is about to search: pages that are never searched download nothing.
 */

import { PAGEFIND_OPTIONS } from './pagefind-options.ts';

/** One hit, before its content is fetched. */
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindHitData>;
}

/** A hit's content: one fragment file per page. */
export interface PagefindHitData {
  url: string;
  /** Plain text with HTML special characters escaped and the matched words wrapped in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's whole indexed text (its hidden search words included). */
  content?: string;
  /** Where the query matched, with the weight of the element it matched in. */
  weighted_locations?: { weight: number }[];
  filters: Record<string, string[] | undefined>;
}

export interface PagefindSearchResponse {
  results: PagefindHit[];
  unfilteredResultCount: number;
}

/** A filter value: one code, or any of several. */
export type PagefindFilterValue = string | { any: string[] };

/** The part of Pagefind's browser API this site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, PagefindFilterValue> }): Promise<PagefindSearchResponse>;
}

let loading: Promise<PagefindApi> | undefined;

/** The Pagefind API, loaded on first call with {@link PAGEFIND_OPTIONS}. A failed load is not cached, so a later attempt can succeed. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ ...PAGEFIND_OPTIONS });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Programme bundles merged so far, by programme id (a failed merge is forgotten, so that it can be tried again). */
const merged = new Map<string, Promise<void>>();

/** Programme ids whose bundles are merged (or on their way). */
export function mergedShards(): string[] {
  return [...merged.keys()];
}

/**
 * The Pagefind API with the programme bundles of `shards` merged in, each once (a shard whose
 * `index` is '' is in the primary bundle already). Bundles merged for an earlier, wider scope
 * stay: the search then filters on `shard` (src/lib/search/scope.ts).
 */
export async function loadShards(shards: readonly { id: string; index: string }[]): Promise<PagefindApi> {
  const api = await loadPagefind();
  await Promise.all(
    shards
      .filter((shard) => shard.index)
      .map((shard) => {
        let merging = merged.get(shard.id);
        if (!merging) {
          merging = api.mergeIndex(shard.index).catch((error: unknown) => {
            merged.delete(shard.id);
            throw error;
          });
          merged.set(shard.id, merging);
        }
        return merging;
      }),
  );
  return api;
}
