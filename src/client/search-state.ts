/**
 * The search page's state lives in its URL (?q=…&level=…), so a search can be bookmarked,
 * shared, and submitted by the plain GET forms of the header and the search page itself.
 * Filter values are codes (`?type=project&level=district`), as in the search index; `year` and
 * `programme` choose which parts of the index a search loads (src/lib/search/scope.ts).
 */
import { boundedQuery } from '../lib/search/query-length.ts';
import type { SearchScope } from '../lib/search/scope.ts';

/** Pagefind filters the search page offers, in the order of its controls. */
export const FILTER_KEYS = ['type', 'level', 'standing', 'change'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** URL parameters of the scope (src/lib/search/scope.ts): which parts of the index a search loads. */
export const SCOPE_KEYS = ['year', 'programme'] as const;

export interface SearchState {
  q: string;
  /** Only filters with a chosen value. */
  filters: Partial<Record<FilterKey, string>>;
  /** Year and programme ('' when not chosen). */
  scope: SearchScope;
}

/** Each filter's values: code → the label the search page shows for it. */
export type FilterLabels = Partial<Record<FilterKey, ReadonlyMap<string, string>>>;

/**
 * The code a value in the URL stands for. Links made before filter values became codes carry the
 * label (`?type=项目`); a label the page shows is read as its code, so those links still filter.
 */
function filterCode(value: string, labels: ReadonlyMap<string, string> | undefined): string {
  if (!labels || labels.has(value)) return value;
  for (const [code, label] of labels) if (label === value) return code;
  return value;
}

/** Reads the state from a query string such as `?q=五保&level=provincial`; a query longer than the search box allows is cut to its length. */
export function readSearchState(search: string, labels: FilterLabels = {}): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = filterCode(value, labels[key]);
  }
  const scope = { year: params.get('year')?.trim() ?? '', programme: params.get('programme')?.trim() ?? '' };
  return { q: boundedQuery(params.get('q') ?? ''), filters, scope };
}

/** The query string for a state (`?q=…`), empty when there is nothing to keep. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  for (const key of SCOPE_KEYS) if (state.scope?.[key]) params.set(key, state.scope[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
