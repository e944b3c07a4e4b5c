/**
 * The portal's own pages (merge.ts): its home and its search page, plain HTML in Chinese (every
 * word from src/i18n), and the search page's script. The script holds no wording: the page hands it
 * its messages as JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { t } from '../../src/i18n/index.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query-length.ts';
import { PORTAL_SEARCH_FOLDER } from './plan.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:48rem;margin:0 auto;padding:1rem}input{font:inherit;min-height:44px;padding:0 .5rem}button{font:inherit;min-height:44px}li{margin:.4rem 0}.facts{color:#555;margin:0}</style>
${head}</head>
<body>
${body}
</body>
</html>
`;
}

/** The portal's home: every site, and the portal's search and data package. */
export function portalHome(sites: readonly { title: string; base: string }[]): string {
  const items = sites.map((s) => `<li><a href="${escape(s.base)}">${escape(s.title)}</a></li>`).join('\n');
  return page(
    t('search.portal.title'),
    `<main>
<h1>${escape(t('search.portal.title'))}</h1>
<p>${escape(t('search.portal.intro'))}</p>
<h2>${escape(t('search.portal.sites'))}</h2>
<ul>
${items}
</ul>
<p><a href="${PORTAL_SEARCH_FOLDER}/">${escape(t('search.portal.search'))}</a> · <a href="datapackage.json">${escape(t('search.portal.data'))}</a></p>
</main>`,
  );
}

/** The messages of the search script, `{name}` standing for each value. */
function searchMessages(): Record<string, string> {
  // The separator between two terms of the partial-match note, as the message writes it (”“).
  const two = t('search.result.partial', { terms: ['{a}', '{b}'] });
  return {
    loading: t('search.portal.loading'),
    failed: t('search.portal.failed'),
    found: t('search.status.found', { total: '{total}', q: '{q}', filtered: false, shown: null }),
    foundShown: t('search.status.found', { total: '{total}', q: '{q}', filtered: false, shown: '{shown}' }),
    partialOnly: t('search.portal.partialOnly', { q: '{q}' }),
    partial: t('search.result.partial', { terms: ['{terms}'] }),
    termSeparator: two.slice(two.indexOf('{a}') + 3, two.indexOf('{b}')),
    none: t('search.portal.none', { q: '{q}' }),
    unavailable: t('search.portal.unavailable', { sites: '{sites}' }),
    siteSeparator: t('chart.common.enumerationSeparator'),
  };
}

/** The portal's search page: a GET form (?q=), the results, and a note for browsers without JavaScript. */
export function portalSearchPage(): string {
  const config = JSON.stringify({ indexes: '../search-indexes.json', messages: searchMessages() }).replace(/</g, '\\u003c');
  return page(
    t('search.portal.searchPage'),
    `<main>
<p><a href="../">${escape(t('search.portal.home'))}</a></p>
<h1>${escape(t('search.portal.searchPage'))}</h1>
<form id="portal-search-form" role="search" action="./" method="get">
<label for="portal-search-input">${escape(t('search.portal.inputLabel'))}</label>
<input id="portal-search-input" name="q" type="search" autocomplete="off" maxlength="${MAX_QUERY_LENGTH}">
<button type="submit">${escape(t('search.box.submit'))}</button>
</form>
<p id="portal-search-fallback">${escape(t('search.portal.noScript'))}</p>
<p id="portal-search-status" role="status" aria-live="polite"></p>
<p id="portal-search-unavailable" hidden></p>
<ol id="portal-search-results"></ol>
<p><button type="button" id="portal-search-more" hidden>${escape(t('search.page.more'))}</button></p>
<script type="application/json" id="portal-search-config">${config}</script>
<script type="module" src="portal-search.js"></script>
</main>`,
  );
}

/** How many results the portal's search lists at a time. */
const BATCH = 10;

/**
 * The portal's search: loads the first bundle of search-indexes.json that loads (a site's primary
 * bundle, with Pagefind's script and WebAssembly), merges every other bundle into it with
 * `mergeIndex`, and lists the results ten at a time, each named by its site. A site whose bundle
 * does not load is left out and named, and tried again on the next search. What it shares with
 * the sites' own search page, it runs from the same modules (SHARED_SEARCH_MODULES): Pagefind's
 * options, the query's length, the mark on a result that holds only single characters of a
 * Chinese query (whole-term.js), readable excerpts (search-excerpt.js) and the summary instead of an
 * excerpt of hidden search words (keyword-weight.js). Results link into their own site (Pagefind
 * derives each bundle's base URL from where it is served).
 */
export const PORTAL_SEARCH_SCRIPT = `import { PAGEFIND_OPTIONS } from './pagefind-options.js';
import { renderHitExcerpt } from './search-excerpt.js';
import { batchCoverage, queryTerms } from './whole-term.js';
import { boundedQuery } from './query-length.js';
const config = JSON.parse(document.getElementById('portal-search-config').textContent);
const m = config.messages;
const form = document.getElementById('portal-search-form');
const input = document.getElementById('portal-search-input');
const status = document.getElementById('portal-search-status');
const unavailable = document.getElementById('portal-search-unavailable');
const list = document.getElementById('portal-search-results');
const more = document.getElementById('portal-search-more');
document.getElementById('portal-search-fallback').hidden = true;
const fill = (text, values) => text.replace(/\\{(\\w+)\\}/g, (_, k) => values[k] ?? '');
const BATCH = ${BATCH};
let indexes = null;
let pf = null;
// Bundles not loaded yet: every search tries them again, so a site left out comes back once it answers.
let pending = [];
async function attempt() {
  if (indexes === null) {
    const list = await (await fetch(new URL(config.indexes, location.href))).json();
    indexes = list;
    pending = [...list.bundles];
  }
  const still = [];
  for (const bundle of pending) {
    try {
      if (pf === null) {
        // A site's primary bundle has Pagefind's script; its programme bundles follow it.
        const loaded = await import(bundle.url + 'pagefind.js');
        await loaded.options({ ...PAGEFIND_OPTIONS });
        await loaded.init();
        pf = loaded;
      } else {
        // Pagefind keeps a bundle that fails to load among its indexes, and every search then
        // fails: a bundle is merged only once its entry file answers.
        const entry = await fetch(bundle.url + 'pagefind-entry.json');
        if (!entry.ok) throw new Error(bundle.url);
        await pf.mergeIndex(bundle.url);
      }
    } catch {
      still.push(bundle);
    }
  }
  pending = still;
  if (pf === null) throw new Error('no search index loads');
  const siteOf = (bundle) => indexes.sites.find((s) => s.shard === bundle.shard)?.title ?? bundle.shard;
  return { pf, sites: indexes.sites, missing: [...new Set(pending.map(siteOf))] };
}
// One load at a time: a search typed while another loads waits for it rather than merging twice.
let queue = Promise.resolve();
function load() {
  const next = queue.then(attempt);
  queue = next.catch(() => undefined);
  return next;
}
let generation = 0;
let hits = [];
let query = '';
let terms = [];
let sites = [];
let partialOnly = false;
function render(d, missing) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title || d.url;
  const site = sites.filter((s) => d.url.startsWith(s.base)).sort((x, y) => y.base.length - x.base.length)[0];
  const facts = document.createElement('p');
  facts.className = 'facts';
  facts.textContent = site ? site.title : '';
  li.append(a, facts);
  if (missing.length) {
    const note = document.createElement('p');
    note.className = 'facts';
    note.textContent = fill(m.partial, { terms: missing.join(m.termSeparator) });
    li.append(note);
  }
  // As the sites show it: the words found marked, joins in Chinese punctuation, cut figures completed.
  const excerpt = document.createElement('p');
  // Found only through a page's hidden search words, or cut from them: its summary stands in for a run of synonyms.
  renderHitExcerpt(excerpt, d);
  if (excerpt.textContent) li.append(excerpt);
  return li;
}
async function showBatch(from, mine) {
  const data = await Promise.all(hits.slice(from, from + BATCH).map((r) => r.data()));
  if (mine !== generation) return;
  // Whether every result shown so far holds only single characters of the query, by the sites' rule.
  const coverage = batchCoverage(data.map((d) => d.content), terms, from === 0, partialOnly);
  partialOnly = coverage.partialOnly;
  const items = coverage.order.map((i) => render(data[i], coverage.missing[i]));
  if (from === 0) list.replaceChildren(...items);
  else list.append(...items);
  const shown = list.children.length;
  more.hidden = shown >= hits.length;
  const total = String(hits.length);
  status.textContent = partialOnly ? fill(m.partialOnly, { q: query }) : shown < hits.length ? fill(m.foundShown, { total, q: query, shown: String(shown) }) : fill(m.found, { total, q: query });
}
async function run(q) {
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  if (!q) { status.textContent = ''; return; }
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
    if (hits.length === 0) { status.textContent = fill(m.none, { q }); return; }
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
  history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
  void run(q);
});
const initial = boundedQuery(new URLSearchParams(location.search).get('q') ?? '');
input.value = initial;
if (initial) void run(initial);
`;

/**
 * The sites' search modules the portal's search uses, by the file name it imports them as: the
 * whole-term check, the readable excerpts (with the wording they take from the status messages,
 * and the hidden search words' weight they recognise), the options Pagefind runs with and the
 * query's length. Each is plain data in and out, importing only the others here, so one home serves both.
 */
const SHARED_SEARCH_MODULES = {
  'whole-term.js': 'src/lib/search/whole-term.ts',
  'search-excerpt.js': 'src/client/search-excerpt.ts',
  'search-status.js': 'src/i18n/zh-CN/search-status.ts',
  'pagefind-options.js': 'src/client/pagefind-options.ts',
  'keyword-weight.js': 'src/lib/search/keyword-weight.ts',
  'query-length.js': 'src/lib/search/query-length.ts',
} as const;

/**
 * The portal search's copies of the sites' search modules (SHARED_SEARCH_MODULES), compiled to
 * JavaScript with `typescript`'s transpileModule, their imports of each other pointed at the
 * copies; throws for an import of anything else, which the portal would not serve.
 */
export function portalSearchModules(): Record<string, string> {
  const root = resolve(import.meta.dirname, '../..');
  const byPath = new Map(Object.entries(SHARED_SEARCH_MODULES).map(([name, path]) => [resolve(root, path), name]));
  return Object.fromEntries(
    Object.entries(SHARED_SEARCH_MODULES).map(([name, path]) => {
      const file = resolve(root, path);
      const js = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const linked = js.replace(/(from\s+|import\s*\(\s*)(['"])([^'"]+)\2/g, (_whole, lead: string, quote: string, specifier: string) => {
        const copy = byPath.get(resolve(dirname(file), specifier));
        if (!copy) throw new Error(`${path} imports ${specifier}, which the portal's search does not have`);
        return `${lead}${quote}./${copy}${quote}`;
      });
      return [name, linked];
    }),
  );
}
