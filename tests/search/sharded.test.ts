/**
 * The search index split by programme (scripts/lib/post-build/pagefind.ts, src/lib/search/scope.ts),
 * on a site of two programmes: the newest (synthetic-2030) in the primary bundle with the site-wide
 * pages, Luyang 2017 in a bundle of its own that the search page merges only when its scope includes
 * it. Chinese queries in real Chromium through the search page, as a visitor would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { isolatedContext, launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let dist: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const contentDir = copyLuyangExample();
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [3, 2, 2] });
  dist = buildOrThrow({ CONTENT_DIR: contentDir });
  [browser, server] = await Promise.all([launchBrowser(), serveDist(dist)]);
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the search page at `query` (a query string) and waits for the outcome; returns the page and the Pagefind files it fetched. */
async function searchPage(query: string): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const { context } = await isolatedContext(browser, server.origin);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) requests.push(new URL(r.url()).pathname);
  });
  await page.goto(`${server.url}search/${query}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
  return { page, requests, close: () => context.close() };
}

/** Every result's link and facts line, after showing all results. */
async function allResults(page: Page): Promise<{ href: string; facts: string }[]> {
  // Each click shows ten more; the button hides itself when all are shown.
  for (let shown = -1; await page.locator('#search-more').isVisible(); ) {
    const before = await page.locator('#search-results li').count();
    if (before === shown) break;
    shown = before;
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return page
    .locator('#search-results li')
    .evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('h2 a')?.getAttribute('href') ?? '', facts: li.querySelector('.search-result-facts')?.textContent ?? '' })),
    );
}

describe('a search index split by programme', () => {
  it('writes the primary bundle and one bundle per other programme, without a second copy of the script and WebAssembly', () => {
    const list = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'));
    expect(list.shards.map((s: { programme: string }) => s.programme)).toEqual(['luyang-2017']);
    expect(list.primaryPages).toBeGreaterThan(0);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const shard = readdirSync(join(dist, 'pagefind/luyang-2017'));
    expect(shard).toContain('pagefind-entry.json');
    expect(shard.filter((f) => f === 'pagefind.js' || f.startsWith('wasm.'))).toEqual([]);
    // Luyang's pages name their bundle; the newest programme's go into the primary one.
    expect(readFileSync(join(dist, 'luyang-2017/projects/legal-aid/index.html'), 'utf8')).toContain('data-search-bundle="luyang-2017"');
    expect(readFileSync(join(dist, 'synthetic-2030/projects/syn-provincial-1/index.html'), 'utf8')).not.toContain('data-search-bundle');
  });

  it('finds a Chinese word in both programmes, each result naming its programme and year', { timeout: BUILD_TIMEOUT }, async () => {
    const { page, requests, close } = await searchPage(`?q=${encodeURIComponent('民生工程')}`);
    const results = await allResults(page);
    const luyang = results.filter((r) => r.href.startsWith('/luyang-2017/'));
    const synthetic = results.filter((r) => r.href.startsWith('/synthetic-2030/'));
    expect(luyang.length).toBeGreaterThan(0);
    expect(synthetic.length).toBeGreaterThan(0);
    for (const r of luyang) expect(r.facts).toMatch(/^庐阳区2017年民生工程 · /);
    for (const r of synthetic) expect(r.facts).toMatch(/^测试区2030年民生工程 · /);
    expect(requests).toContain('/pagefind/luyang-2017/pagefind-entry.json');
    await close();
  });

  it('loads only the primary bundle when the scope is the newest programme, and leaves the other programme out', { timeout: BUILD_TIMEOUT }, async () => {
    const { page, requests, close } = await searchPage(`?q=${encodeURIComponent('民生工程')}&year=2030`);
    const results = await allResults(page);
    expect(results.some((r) => r.href.startsWith('/synthetic-2030/'))).toBe(true);
    expect(results.filter((r) => r.href.startsWith('/luyang-2017/'))).toEqual([]);
    expect(requests.filter((p) => p.startsWith('/pagefind/luyang-2017/'))).toEqual([]);
    expect(await page.inputValue('#search-scope-year')).toBe('2030');
    await close();
  });

  it('searches one older programme alone, filtering out the newest programme of the primary bundle', { timeout: BUILD_TIMEOUT }, async () => {
    const { page, close } = await searchPage(`?q=${encodeURIComponent('糖尿病')}&programme=luyang-2017`);
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.href.startsWith('/synthetic-2030/'))).toEqual([]);
    expect(results.some((r) => r.href.startsWith('/luyang-2017/projects/'))).toBe(true);
    expect(await page.textContent('#search-status')).toContain('（已筛选）');
    // Changing the scope in the page searches again, in the new scope.
    await page.selectOption('#search-scope-programme', 'synthetic-2030');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('programme') === 'synthetic-2030');
    // The old results give way to the new scope's (糖尿病 is in no synthetic project: none, or site-wide pages only).
    await page.waitForFunction(
      () =>
        /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? '') &&
        [...document.querySelectorAll('#search-results h2 a')].every((a) => !a.getAttribute('href')?.startsWith('/luyang-2017/')),
    );
    await close();
  });
});
