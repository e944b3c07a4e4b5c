/**
 * Progressive enhancement of the project list: facet links filter the table in place and the
 * filter lives in the URL (?level=…&standing=…&change=…) so a filtered view can be shared.
 * Without JavaScript the same links open pre-built filtered pages. The status message comes from
 * the table (data-filtered-status, rendered through the wording module by ProjectTable.astro), so
 * the script carries no wording of its own.
 */
import { fillSlots } from '../i18n/slots.ts';

const KINDS = ['level', 'standing', 'change'] as const;
type Kind = (typeof KINDS)[number];

function apply(table: HTMLTableElement, statusEl: HTMLElement, filters: Partial<Record<Kind, string>>) {
  let shown = 0;
  for (const row of Array.from(table.tBodies[0]?.rows ?? [])) {
    const ok = KINDS.every((k) => !filters[k] || (row.dataset[k] ?? '').split(' ').includes(filters[k]!));
    row.hidden = !ok;
    if (ok) shown += 1;
  }
  const count = table.querySelector('[data-count]');
  if (count) count.textContent = String(shown);
  statusEl.textContent = fillSlots(table.dataset.filteredStatus ?? '', { shown: String(shown) });
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('#facet-links a[data-facet]'))) {
    const on = filters[a.dataset.facet as Kind] === a.dataset.value;
    if (on) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

function readFilters(): Partial<Record<Kind, string>> {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(KINDS.filter((k) => params.get(k)).map((k) => [k, params.get(k)!]));
}

const table = document.querySelector<HTMLTableElement>('#project-table[data-enhance]');
const statusEl = document.getElementById('filter-status');
if (table && statusEl) {
  let filters = readFilters();
  if (Object.keys(filters).length) apply(table, statusEl, filters);
  document.getElementById('facet-links')?.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a');
    if (!a) return;
    event.preventDefault();
    const kind = a.dataset.facet as Kind | undefined;
    if (!kind) filters = {};
    else if (filters[kind] === a.dataset.value) delete filters[kind];
    else filters = { ...filters, [kind]: a.dataset.value! };
    const params = new URLSearchParams(filters as Record<string, string>);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    apply(table, statusEl, filters);
  });
  window.addEventListener('popstate', () => apply(table, statusEl, (filters = readFilters())));
}
export {};
