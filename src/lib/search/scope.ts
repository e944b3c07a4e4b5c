/**
 * The scope of a search: which parts (shards) of the search index it loads. The index is split by
 * programme (scripts/lib/post-build/pagefind.ts): the primary bundle `pagefind/` holds the
 * site-wide pages and the newest programme, each other programme has its own bundle
 * `pagefind/<programme>/`. A search always loads the primary bundle and merges (Pagefind's
 * `mergeIndex`) the other programmes in scope, so what the first search downloads depends on the
 * scope, not on the size of the site. Every indexed page carries its shard as the `shard` filter
 * (BaseLayout), so that a search can leave out a programme whose bundle is loaded.
 *
 * Pure: the search page (src/pages/search.astro) lists the shards, the browser script
 * (src/client/search.ts) chooses among them.
 */

/** The Pagefind filter naming a page's shard: its programme id, or {@link SITE_SHARD}. */
export const SHARD_FILTER = 'shard';
/** The `shard` of site-wide pages (about, dictionary, history …): in every scope. */
export const SITE_SHARD = '_site';

/** The programme value that means "every programme (of the chosen year)". */
export const ALL_PROGRAMMES = 'all';

/**
 * Up to this many programmes, a search covers all of them unless the visitor narrows it (each more
 * programme costs its index's metadata and word chunks, about 10–30 KB). Beyond it, a search starts
 * in the newest programme and the visitor widens it with the year and programme controls.
 */
export const SEARCH_ALL_UP_TO = 3;

/** One shard the search page offers. */
export interface SearchShardOption {
  /** Programme id, also the value of the programme control and the shard's `shard` filter. */
  id: string;
  year: string;
  /** URL of its Pagefind bundle (`<base>pagefind/<id>/`); '' when it is in the primary bundle. */
  index: string;
  /** URL prefix of its pages (`<base><id>/`). */
  pages: string;
  /** How a result of this programme names it: its title and year. */
  label: string;
}

/** The visitor's choice: year ('' every year) and programme ('' the default, `all`, or an id). */
export interface SearchScope {
  year: string;
  programme: string;
}

/** The programme a search covers when the visitor chose none: every one (`all`) on a small site, else the newest. */
export function defaultProgramme(programmeIds: readonly string[]): string {
  return programmeIds.length <= SEARCH_ALL_UP_TO ? ALL_PROGRAMMES : (programmeIds[0] ?? ALL_PROGRAMMES);
}

/**
 * The shards a search in `scope` loads. A chosen programme is that one shard; otherwise every
 * programme of the chosen year, or of every year. Only the default programme gives way to a chosen
 * year (a visitor who picks a year wants that year's programmes).
 */
export function shardsInScope(scope: SearchScope, shards: readonly SearchShardOption[], fallback: string): SearchShardOption[] {
  const programme = scope.programme || (scope.year ? ALL_PROGRAMMES : fallback);
  if (programme !== ALL_PROGRAMMES) return shards.filter((s) => s.id === programme);
  return shards.filter((s) => !scope.year || s.year === scope.year);
}

/** Whether `scope` leaves out some programme (the status line then says the results are filtered). */
export function narrowsScope(scope: SearchScope, shards: readonly SearchShardOption[], fallback: string): boolean {
  return shardsInScope(scope, shards, fallback).length < shards.length;
}

/** The shard a result URL belongs to, by the longest matching page prefix; undefined for site-wide pages. */
export function shardOfUrl(url: string, shards: readonly SearchShardOption[]): SearchShardOption | undefined {
  let best: SearchShardOption | undefined;
  for (const s of shards) {
    if (url.startsWith(s.pages) && (!best || s.pages.length > best.pages.length)) best = s;
  }
  return best;
}

/**
 * The `shard` filter a search needs, or null when none: only when a loaded programme (in the primary
 * bundle or merged for an earlier, wider scope) is outside the scope. A search without it downloads
 * no filter chunk.
 */
export function shardFilter(inScope: readonly SearchShardOption[], loaded: readonly string[]): { any: string[] } | null {
  const ids = new Set(inScope.map((s) => s.id));
  return loaded.every((id) => ids.has(id)) ? null : { any: [SITE_SHARD, ...ids] };
}
