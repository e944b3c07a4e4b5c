/**
 * The search page: searches as the visitor types (debounced), with filters, keeping the query in
 * the URL. Pagefind is loaded only once there is something to search for. Without JavaScript the
 * page shows its fallback message instead; this script hides it.
 */
import { ALL_PROGRAMMES, narrowsScope, SHARD_FILTER, shardFilter, shardsInScope, type SearchShardOption } from '../lib/search/scope.ts';
import { loadPagefind, loadShards, mergedShards, type PagefindFilterValue, type PagefindHit } from './pagefind-loader.ts';
import { renderResult } from './search-results.ts';
import { batchCoverage, queryTerms } from '../lib/search/whole-term.ts';
import { FILTER_KEYS, readSearchState, searchQueryString, type FilterKey, type FilterLabels, type SearchState } from './search-state.ts';
// Only the status messages, not the dictionary: see src/i18n/zh-CN/search-status.ts.
import { searchStatus } from '../i18n/zh-CN/search-status.ts';

/**
 * Three results first: each result is one more download (its fragment file), and three keep the
 * first search within 8 requests; the best matches come first anyway.
 */
const FIRST_BATCH = 3;
const NEXT_BATCH = 10;
const DEBOUNCE_MS = 300;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filterBox: HTMLElement;
  selects: Map<FilterKey, HTMLSelectElement>;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** Ways on (topics, groups, the full list), shown except while results are listed; absent on a site without programmes. */
  suggestions: HTMLElement | null;
  /** The scope controls (year, programme) and the shards their options list. */
  yearSelect: HTMLSelectElement | null;
  programmeSelect: HTMLSelectElement | null;
  shards: SearchShardOption[];
  /** The programme a search covers when the visitor chose none (src/lib/search/scope.ts). */
  defaultProgramme: string;
}

function findElements(): Elements | null {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-page-input');
  const filterBox = document.getElementById('search-filters');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  if (
    !(form instanceof HTMLFormElement) ||
    !(input instanceof HTMLInputElement) ||
    !filterBox ||
    !status ||
    !(list instanceof HTMLOListElement) ||
    !(more instanceof HTMLButtonElement)
  )
    return null;
  const selects = new Map<FilterKey, HTMLSelectElement>();
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key);
    if (select instanceof HTMLSelectElement) selects.set(key, select);
  }
  const yearSelect = form.elements.namedItem('year');
  const programmeSelect = form.elements.namedItem('programme');
  const programmes = programmeSelect instanceof HTMLSelectElement ? programmeSelect : null;
  // The programme options carry their shard: value (id), data-year, data-index (bundle URL), text (label).
  const shards: SearchShardOption[] = programmes
    ? [...programmes.options]
        .filter((o) => o.dataset['pages'])
        .map((o) => ({ id: o.value, year: o.dataset['year'] ?? '', index: o.dataset['index'] ?? '', pages: o.dataset['pages'] ?? '', label: o.text }))
    : [];
  return {
    form,
    input,
    filterBox,
    selects,
    status,
    list,
    more,
    suggestions: document.getElementById('search-suggestions'),
    yearSelect: yearSelect instanceof HTMLSelectElement ? yearSelect : null,
    programmeSelect: programmes,
    shards,
    defaultProgramme: filterBox.dataset['defaultProgramme'] ?? ALL_PROGRAMMES,
  };
}

/** The label of each filter value, as the page's own controls show them (their values are the codes). */
function filterLabels(els: Elements): FilterLabels {
  const labels: FilterLabels = {};
  for (const [key, select] of els.selects) labels[key] = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  return labels;
}

function currentState(els: Elements): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, select] of els.selects) if (select.value) filters[key] = select.value;
  const programme = els.programmeSelect?.value ?? '';
  // The default programme is left out of the URL, so that a shared link follows the site's default.
  const scope = { year: els.yearSelect?.value ?? '', programme: programme === els.defaultProgramme ? '' : programme };
  return { q: els.input.value.trim(), filters, scope };
}

/**
 * Pagefind filters of a search: the visitor's, and the shards in scope where a loaded programme is
 * outside it (the primary bundle's programme, or one merged for an earlier scope).
 */
function searchFilters(state: SearchState, inScope: readonly SearchShardOption[], all: readonly SearchShardOption[]): Record<string, PagefindFilterValue> {
  const loaded = [...all.filter((s) => !s.index).map((s) => s.id), ...mergedShards()];
  const shard = shardFilter(inScope, loaded);
  return shard ? { ...state.filters, [SHARD_FILTER]: shard } : { ...state.filters };
}

/**
 * The status line. `partialOnly`: the best hits all lack a Chinese word of the query, matching
 * only some of its characters, so the search is reported as finding nothing that holds it.
 */
function summary(state: SearchState, total: number, shown: number, scopeNarrowed: boolean, partialOnly = false): string {
  const filtered = Object.keys(state.filters).length > 0 || scopeNarrowed;
  if (total === 0) return searchStatus['search.status.none']({ q: state.q, filtered });
  if (partialOnly) return searchStatus['search.status.partialOnly']({ q: state.q, filtered });
  return searchStatus['search.status.found']({ total: String(total), q: state.q, filtered, shown: shown < total ? String(shown) : null });
}

function start(els: Elements): void {
  const fallback = document.getElementById('search-fallback');
  if (fallback) fallback.hidden = true;
  els.filterBox.hidden = false;
  if (els.filterBox instanceof HTMLFieldSetElement) els.filterBox.disabled = false;

  const labels = filterLabels(els);
  const initial = readSearchState(location.search, labels);
  els.input.value = initial.q;
  for (const [key, select] of els.selects) select.value = initial.filters[key] ?? '';
  if (els.yearSelect) els.yearSelect.value = initial.scope.year;
  if (els.programmeSelect) els.programmeSelect.value = initial.scope.programme || (initial.scope.year ? ALL_PROGRAMMES : els.defaultProgramme);
  const narrowed = (s: SearchState) => narrowsScope(s.scope, els.shards, els.defaultProgramme);

  let generation = 0;
  let hits: PagefindHit[] = [];
  // Whether the hits shown so far all lack a word of the query (src/lib/search/whole-term.ts).
  let partialOnly = false;
  let state: SearchState = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loaded = false;

  /** Renders hits[from, from + count); `from` 0 replaces the list only once the new items are ready, so it never flickers empty. */
  async function showBatch(from: number, count: number, mine: number): Promise<HTMLLIElement[] | null> {
    const data = await Promise.all(hits.slice(from, from + count).map((hit) => hit.data()));
    if (mine !== generation) return null;
    const coverage = batchCoverage(
      data.map((d) => d.content),
      queryTerms(state.q),
      from === 0,
      partialOnly,
    );
    const items = coverage.order.map((i) => renderResult(data[i]!, labels, els.shards, coverage.missing[i]));
    partialOnly = coverage.partialOnly;
    if (from === 0) els.list.replaceChildren(...items);
    else els.list.append(...items);
    const shown = els.list.children.length;
    els.more.hidden = shown >= hits.length;
    els.status.textContent = summary(state, hits.length, shown, narrowed(state), partialOnly);
    // With only partial matches, the ways on (topics, groups, the full list) stay in view below them.
    if (els.suggestions) els.suggestions.hidden = !partialOnly;
    return items;
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    state = currentState(els);
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    if (!state.q) {
      hits = [];
      els.list.replaceChildren();
      els.more.hidden = true;
      els.status.textContent = '';
      if (els.suggestions) els.suggestions.hidden = false;
      return;
    }
    if (!loaded) els.status.textContent = searchStatus['search.status.loading'];
    try {
      const shards = shardsInScope(state.scope, els.shards, els.defaultProgramme);
      const api = await loadShards(shards);
      loaded = true;
      if (mine !== generation) return;
      const response = await api.search(state.q, { filters: searchFilters(state, shards, els.shards) });
      if (mine !== generation) return;
      hits = response.results;
      if (hits.length > 0) {
        await showBatch(0, FIRST_BATCH, mine);
        return;
      }
      els.list.replaceChildren();
      els.more.hidden = true;
      els.status.textContent = summary(state, 0, 0, narrowed(state));
      if (els.suggestions) els.suggestions.hidden = false;
    } catch {
      if (mine !== generation) return;
      els.status.textContent = searchStatus['search.status.failed'];
      if (els.suggestions) els.suggestions.hidden = false;
    }
  }

  const runSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  const runNow = () => {
    clearTimeout(timer);
    void run();
  };

  els.input.addEventListener('input', runSoon);
  els.input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });
  for (const select of els.selects.values()) select.addEventListener('change', runNow);
  // A chosen year widens the default programme to that year's; a programme of another year gives way to it.
  els.yearSelect?.addEventListener('change', () => {
    const chosen = els.shards.find((s) => s.id === els.programmeSelect?.value);
    if (els.programmeSelect && els.yearSelect?.value && (!chosen || chosen.year !== els.yearSelect.value)) els.programmeSelect.value = ALL_PROGRAMMES;
    runNow();
  });
  els.programmeSelect?.addEventListener('change', () => {
    const chosen = els.shards.find((s) => s.id === els.programmeSelect?.value);
    if (els.yearSelect && chosen && els.yearSelect.value && chosen.year !== els.yearSelect.value) els.yearSelect.value = '';
    runNow();
  });
  els.more.addEventListener('click', async () => {
    const mine = generation;
    const items = await showBatch(els.list.children.length, NEXT_BATCH, mine).catch(() => null);
    // Keyboard users continue from the first newly shown result, not from the end of the page.
    items?.[0]?.querySelector('a')?.focus();
  });

  if (initial.q) {
    // Results are on their way: the ways on come back only if there are none.
    if (els.suggestions) els.suggestions.hidden = true;
    void run();
  }
}

const els = findElements();
if (els) start(els);
