/** Builds one search result as DOM: linked title, what kind of page it is, highlighted excerpt. */
import type { PagefindHitData } from './pagefind-loader.ts';
import { shardOfUrl, type SearchShardOption } from '../lib/search/scope.ts';
import { renderHitExcerpt } from './search-excerpt.ts';
import { FILTER_KEYS, type FilterLabels } from './search-state.ts';
// Only the status messages, not the dictionary: see src/i18n/zh-CN/search-status.ts.
import { searchStatus } from '../i18n/zh-CN/search-status.ts';

/**
 * "项目 · 省级 · 继续实施 · 提标扩面": the labels of the filter values (codes) a hit carries, in a
 * fixed order. A filter without labels is left out (the portal's search, whose sites word their
 * levels and notices each their own way, gives none).
 */
export function resultFacts(filters: PagefindHitData['filters'], labels: FilterLabels): string {
  return FILTER_KEYS.flatMap((key) => {
    const byCode = labels[key];
    return byCode ? (filters[key] ?? []).map((code) => byCode.get(code) ?? code) : [];
  }).join(' · ');
}

/**
 * A list item for one hit; a hit of a programme's pages names the programme and its year first.
 * `missing` are the query's Chinese words the page does not hold (src/lib/search/whole-term.ts):
 * the item says it matched only some of their characters.
 */
export function renderResult(data: PagefindHitData, labels: FilterLabels, shards: readonly SearchShardOption[] = [], missing: readonly string[] = []): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  // An empty title reads as its address, never as an empty link.
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  const programme = shardOfUrl(data.url, shards)?.label;
  const facts = [programme, resultFacts(data.filters, labels)].filter(Boolean).join(' · ');
  if (facts) {
    const p = document.createElement('p');
    p.className = 'search-result-facts';
    p.textContent = facts;
    item.append(p);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Found only through the hidden search words, or cut from them: the page's summary stands in for a run of synonyms.
  renderHitExcerpt(excerpt, data);
  if (excerpt.textContent) item.append(excerpt);
  if (missing.length > 0) {
    const partial = document.createElement('p');
    partial.className = 'search-result-partial';
    partial.textContent = searchStatus['search.result.partial']({ terms: missing });
    item.append(partial);
  }
  return item;
}
