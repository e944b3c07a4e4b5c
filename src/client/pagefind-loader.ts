/**
 * Loads the Pagefind search API from the site's own /pagefind/ folder, once, and only when a
 * visitor is about to search: pages that are never searched download nothing.
 */

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
  filters: Record<string, string[] | undefined>;
}

export interface PagefindSearchResponse {
  results: PagefindHit[];
  unfilteredResultCount: number;
}

/** The part of Pagefind's browser API this site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearchResponse>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * The Pagefind API, loaded on first call. Runs on the main thread (`noWorker`): the index is
 * small, and the worker would be one more 43 KB download. A failed load is not cached, so a
 * later attempt can succeed.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ noWorker: true, excerptLength: 30 });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
