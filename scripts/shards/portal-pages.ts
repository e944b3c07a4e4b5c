/**
 * The portal's own pages (merge.ts): its home and its search page, plain HTML in Chinese (every
 * word from src/i18n), and the search page's script. The script holds no wording: the page hands it
 * its messages as JSON.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { PortalSearchConfig, PortalSearchMessages } from '../../src/client/portal-search.ts';
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
<style>body{font-family:system-ui,sans-serif;line-height:1.6;max-width:48rem;margin:0 auto;padding:1rem}input{font:inherit;min-height:44px;padding:0 .5rem}button{font:inherit;min-height:44px}li{margin:.4rem 0}ol{padding-left:1.5rem}.search-result h2{font-size:1.15em;margin:0 0 .2em}.search-result p{margin:0}.search-result-facts,.search-result-partial{color:#555}mark{background:#fff3b0;color:inherit}</style>
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
function searchMessages(): PortalSearchMessages {
  return {
    loading: t('search.portal.loading'),
    failed: t('search.portal.failed'),
    found: t('search.status.found', { total: '{total}', q: '{q}', filtered: false, shown: null }),
    foundShown: t('search.status.found', { total: '{total}', q: '{q}', filtered: false, shown: '{shown}' }),
    partialOnly: t('search.portal.partialOnly', { q: '{q}' }),
    none: t('search.portal.none', { q: '{q}' }),
    unavailable: t('search.portal.unavailable', { sites: '{sites}' }),
    siteSeparator: t('chart.common.enumerationSeparator'),
  };
}

/** The portal's search page: a GET form (?q=), the results, and a note for browsers without JavaScript. */
export function portalSearchPage(): string {
  const settings: PortalSearchConfig = { indexes: '../search-indexes.json', messages: searchMessages() };
  const config = JSON.stringify(settings).replace(/</g, '\\u003c');
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

/**
 * The modules of the portal's search, by the file name they are served and imported as: its page
 * script (src/client/portal-search.ts) and the sites' own search modules it runs on — the result
 * item (with the filter and scope codes it reads), the whole-term check, the readable excerpts
 * (with the wording they take from the status messages, and the hidden search words' weight they
 * recognise), the options Pagefind runs with and the query's length. Each imports only the others
 * here, so one home serves the sites and the portal.
 */
const PORTAL_SEARCH_MODULES = {
  'portal-search.js': 'src/client/portal-search.ts',
  'search-results.js': 'src/client/search-results.ts',
  'search-state.js': 'src/client/search-state.ts',
  'scope.js': 'src/lib/search/scope.ts',
  'whole-term.js': 'src/lib/search/whole-term.ts',
  'search-excerpt.js': 'src/client/search-excerpt.ts',
  'search-status.js': 'src/i18n/zh-CN/search-status.ts',
  'pagefind-options.js': 'src/client/pagefind-options.ts',
  'keyword-weight.js': 'src/lib/search/keyword-weight.ts',
  'query-length.js': 'src/lib/search/query-length.ts',
} as const;

/**
 * The portal's search modules (PORTAL_SEARCH_MODULES), compiled to
 * JavaScript with `typescript`'s transpileModule, their imports of each other pointed at the
 * copies; throws for an import of anything else, which the portal would not serve.
 */
export function portalSearchModules(): Record<string, string> {
  const root = resolve(import.meta.dirname, '../..');
  const byPath = new Map(Object.entries(PORTAL_SEARCH_MODULES).map(([name, path]) => [resolve(root, path), name]));
  return Object.fromEntries(
    Object.entries(PORTAL_SEARCH_MODULES).map(([name, path]) => {
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
