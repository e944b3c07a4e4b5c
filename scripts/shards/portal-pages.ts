/**
 * The portal's own pages (merge.ts): its home and its search page, plain HTML in Chinese (every
 * word from src/i18n), and the search page's script. The script holds no wording: the page hands it
 * its messages as JSON.
 */
import { t } from '../../src/i18n/index.ts';

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
<p><a href="search/">${escape(t('search.portal.search'))}</a> · <a href="datapackage.json">${escape(t('search.portal.data'))}</a></p>
</main>`,
  );
}

/** The messages of the search script, `{total}` and `{q}` standing for their values. */
function searchMessages(): Record<string, string> {
  return {
    loading: t('search.portal.loading'),
    failed: t('search.portal.failed'),
    found: t('search.portal.found', { total: '{total}', q: '{q}' }),
    none: t('search.portal.none', { q: '{q}' }),
  };
}

/** The portal's search page: a GET form (?q=), the results, and a note for browsers without JavaScript. */
export function portalSearchPage(): string {
  const config = JSON.stringify({ indexes: '../search-indexes.json', messages: searchMessages() }).replace(/</g, '\\u003c');
  return page(
    t('search.portal.searchPage'),
    `<main>
<h1>${escape(t('search.portal.searchPage'))}</h1>
<form id="portal-search-form" role="search" action="./" method="get">
<label for="portal-search-input">${escape(t('search.portal.inputLabel'))}</label>
<input id="portal-search-input" name="q" type="search" autocomplete="off">
<button type="submit">${escape(t('search.box.submit'))}</button>
</form>
<p id="portal-search-fallback">${escape(t('search.portal.noScript'))}</p>
<p id="portal-search-status" role="status" aria-live="polite"></p>
<ol id="portal-search-results"></ol>
<script type="application/json" id="portal-search-config">${config}</script>
<script type="module" src="portal-search.js"></script>
</main>`,
  );
}

/**
 * The portal's search: loads the first bundle of search-indexes.json (a site's primary bundle,
 * with Pagefind's script and WebAssembly), merges every other bundle into it with `mergeIndex`,
 * and lists the results, each named by its site. Results link into their own site (Pagefind
 * derives each bundle's base URL from where it is served).
 */
export const PORTAL_SEARCH_SCRIPT = `const config = JSON.parse(document.getElementById('portal-search-config').textContent);
const form = document.getElementById('portal-search-form');
const input = document.getElementById('portal-search-input');
const status = document.getElementById('portal-search-status');
const list = document.getElementById('portal-search-results');
document.getElementById('portal-search-fallback').hidden = true;
const fill = (text, values) => text.replace(/\\{(\\w+)\\}/g, (_, k) => values[k] ?? '');
let loading;
function load() {
  loading ??= (async () => {
    const indexes = await (await fetch(new URL(config.indexes, location.href))).json();
    const [first, ...rest] = indexes.bundles;
    const pf = await import(first.url + 'pagefind.js');
    await pf.options({ noWorker: true, excerptLength: 30 });
    await pf.init();
    for (const bundle of rest) await pf.mergeIndex(bundle.url);
    return { pf, sites: indexes.sites };
  })();
  return loading;
}
let generation = 0;
async function run(q) {
  const mine = ++generation;
  list.replaceChildren();
  if (!q) { status.textContent = ''; return; }
  status.textContent = config.messages.loading;
  try {
    const { pf, sites } = await load();
    const response = await pf.search(q);
    const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    if (mine !== generation) return;
    const items = data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title || d.url;
      const site = sites.filter((s) => d.url.startsWith(s.base)).sort((x, y) => y.base.length - x.base.length)[0];
      const facts = document.createElement('p');
      facts.className = 'facts';
      facts.textContent = site ? site.title : '';
      const excerpt = document.createElement('p');
      excerpt.textContent = d.excerpt.replace(/<\\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      li.append(a, facts, excerpt);
      return li;
    });
    list.replaceChildren(...items);
    status.textContent = response.results.length ? fill(config.messages.found, { total: String(response.results.length), q }) : fill(config.messages.none, { q });
  } catch {
    if (mine === generation) status.textContent = config.messages.failed;
  }
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
  void run(q);
});
const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
input.value = initial;
if (initial) void run(initial);
`;
