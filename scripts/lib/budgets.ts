/**
 * Page-weight budgets measured on a built site: what a first visit to each page downloads
 * (HTML + stylesheets + scripts + images it references, gzip-compressed) and in how many requests.
 * Budgets live in budgets.config.json; speed is measured by the benchmark, never here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from './files.ts';
import { listSitePages } from './post-build/site-pages.ts';
import { ASSETS_FOLDER } from '../../src/lib/site/site-folders.ts';

export interface PageTypeBudget {
  name: string;
  /** Regular expression over the page path relative to the base (`` for home, `x/` for folders). */
  match: string;
  maxGzipBytes: number;
  maxRequests: number;
}

export interface BudgetConfig {
  pageTypes: PageTypeBudget[];
  /** Gzip bytes of all JavaScript the site ships, search and filtering included. */
  maxSiteScriptGzipBytes: number;
  /** True when no page may load a web font. */
  forbidFonts: boolean;
}

export interface PageCost {
  path: string;
  type: string;
  gzipBytes: number;
  requests: number;
  scripts: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Measures every page of `dist` (built for `base`) and returns costs plus budget violations. */
export function measureBudgets(dist: string, base: string, config: BudgetConfig): { pages: PageCost[]; siteScriptGzipBytes: number; violations: string[] } {
  const assetCache = new Map<string, number>();
  const assetGzip = (url: string) => {
    if (!assetCache.has(url)) {
      const file = join(dist, url.slice(base.length).split('?')[0]!);
      assetCache.set(url, existsSync(file) ? gz(readFileSync(file)) : 0);
    }
    return assetCache.get(url)!;
  };
  const violations: string[] = [];
  const pages: PageCost[] = [];
  for (const { file, path } of listSitePages(dist)) {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const type = config.pageTypes.find((t) => new RegExp(t.match).test(path))!;
    const styles = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    const scripts = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const images = [...text.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const assets = [...styles, ...scripts, ...images];
    const cost: PageCost = { path, type: type.name, gzipBytes: gz(html) + assets.reduce((n, a) => n + assetGzip(a), 0), requests: 1 + assets.length, scripts: scripts.length };
    pages.push(cost);
    const where = path || '/';
    if (cost.gzipBytes > type.maxGzipBytes) violations.push(`${where}: ${cost.gzipBytes} B gzip > ${type.maxGzipBytes} (${type.name})`);
    if (cost.requests > type.maxRequests) violations.push(`${where}: ${cost.requests} requests > ${type.maxRequests} (${type.name})`);
    if (config.forbidFonts && (/@font-face|\.woff2?|\.ttf|\.otf/.test(text) || assets.some((a) => /\.(woff2?|ttf|otf)$/.test(a)))) violations.push(`${where}: loads a web font`);
  }
  const siteScriptGzipBytes = filesUnder(dist)
    .filter((f) => /\.m?js$/.test(f))
    .reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0);
  if (siteScriptGzipBytes > config.maxSiteScriptGzipBytes) violations.push(`site: ${siteScriptGzipBytes} B of JavaScript (gzip) > ${config.maxSiteScriptGzipBytes}`);
  for (const css of readdirSync(join(dist, ASSETS_FOLDER)).filter((f) => f.endsWith('.css'))) {
    if (config.forbidFonts && /@font-face/.test(readFileSync(join(dist, ASSETS_FOLDER, css), 'utf8'))) violations.push(`${ASSETS_FOLDER}/${css}: declares a web font`);
  }
  return { pages, siteScriptGzipBytes, violations };
}

/** Summarises costs per page type as Markdown table rows (max over the type's pages). */
export function budgetTable(pages: PageCost[], config: BudgetConfig): string {
  const rows = config.pageTypes
    .map((t) => {
      const of = pages.filter((p) => p.type === t.name);
      if (!of.length) return null;
      const max = (f: (p: PageCost) => number) => Math.max(...of.map(f));
      return `| ${t.name} | ${of.length} | ${max((p) => p.gzipBytes)} | ${t.maxGzipBytes} | ${max((p) => p.requests)} | ${t.maxRequests} |`;
    })
    .filter(Boolean);
  return ['| page type | pages | max gzip bytes | budget | max requests | budget |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
