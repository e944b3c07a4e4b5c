/**
 * The shard plan end to end (scripts/shards/): two synthetic shards built by the local runner with
 * their own BASE_PATH, merged into a portal whose search page finds results from both in Chromium;
 * then a correction in one shard rebuilds that shard alone, and the portal comes out byte for byte
 * as a full build of the plan does.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/files.ts';
import { writeSyntheticProgramme, writeSyntheticSite } from '../../scripts/lib/synthetic-content.ts';
import { mergePortal, PORTAL_FILES, shardProgrammes, type PortalIndexes } from '../../scripts/shards/merge.ts';
import { planProblems, readPlan, type ShardPlan } from '../../scripts/shards/plan.ts';
import { runShards, type ShardResult } from '../../scripts/shards/runner.ts';
import { EXCERPT_ELLIPSIS } from '../../src/client/search-excerpt.ts';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext, launchBrowser, type Browser } from '../support/browser.ts';
import { BUILD_TIMEOUT } from '../support/build-site.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'minsheng-shards-'));
const planFile = join(work, 'plan.json');

/** Writes shard `tag`'s content: one synthetic district's programme. */
function writeShard(tag: string, descriptionLength = 40): void {
  const dir = join(work, `content-${tag}`);
  writeSyntheticSite(dir);
  writeSyntheticProgramme(dir, { id: `shard-${tag}-2030`, year: 2030, district: `测试${tag}区`, perLevel: [3, 2, 2], descriptionLength, text: 'phrases' });
}

const quiet = () => undefined;
let plan: ShardPlan;
let first: ShardResult[];
let portal: string;
let indexes: PortalIndexes;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  writeShard('a');
  writeShard('b');
  writeFileSync(
    planFile,
    JSON.stringify({
      shards: [
        { id: 'a', title: '甲站', contentDir: 'content-a', basePath: '/a/' },
        { id: 'b', contentDir: 'content-b', basePath: '/b/' },
      ],
    }),
  );
  plan = readPlan(planFile);
  first = await runShards(plan, plan.shards, { cacheDir: join(work, 'cache'), jobs: 2, log: quiet });
  portal = join(work, 'portal');
  indexes = mergePortal(
    first.map((r) => ({ shard: r.shard, key: r.key, dir: r.dir })),
    portal,
  );
  [browser, server] = await Promise.all([launchBrowser(), serveDist(portal)]);
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a shard plan', () => {
  it('refuses a plan whose shards would overwrite each other or the portal home', () => {
    expect(planProblems({ shards: [] })).toEqual(['plan: no shards']);
    const problems = planProblems({
      shards: [
        { id: 'a', contentDir: 'x', basePath: '/' },
        { id: 'a', contentDir: 'y', basePath: '/b/' },
        { id: 'c', contentDir: 'z', basePath: '/b/c/' },
      ],
    });
    expect(problems.join('\n')).toMatch(/shards\[0\]\.basePath/);
    expect(problems.join('\n')).toMatch(/a twice/);
    expect(problems.join('\n')).toMatch(/nests with \/b\//);
  });

  it('builds each shard under its own base path and merges them into the portal', () => {
    expect(first.map((r) => r.cached)).toEqual([false, false]);
    // The programme ids the merge compares across shards, read from the content.
    expect(plan.shards.map((s) => shardProgrammes(s.contentDir))).toEqual([['shard-a-2030'], ['shard-b-2030']]);
    expect(readFileSync(join(portal, 'a/index.html'), 'utf8')).toContain('href="/a/');
    expect(readFileSync(join(portal, 'b/index.html'), 'utf8')).toContain('href="/b/');
    const home = readFileSync(join(portal, 'index.html'), 'utf8');
    expect(home).toContain('<a href="/a/">甲站</a>');
    expect(home).toContain('<a href="/b/">合成测试站点</a>');
    expect(indexes.bundles.map((b) => b.url)).toEqual(['/a/pagefind/', '/b/pagefind/']);
    const pkg = JSON.parse(readFileSync(join(portal, PORTAL_FILES.datapackage), 'utf8'));
    const paths = pkg.resources.map((r: { path: string }) => r.path);
    expect(paths).toContain('a/data/projects.nobom.csv');
    expect(paths).toContain('b/data/projects.nobom.csv');
    for (const path of paths) expect(filesUnder(portal)).toContain(path);
    const catalogue = JSON.parse(readFileSync(join(portal, PORTAL_FILES.catalogue), 'utf8'));
    expect(catalogue.shards.map((s: { shard: string }) => s.shard)).toEqual(['a', 'b']);
    expect(catalogue.shards[1].files.some((f: { path: string }) => f.path === 'b/data/projects.json')).toBe(true);
  });

  it('publishes a data package that Frictionless reads whole: every table of both shards, their keys resolved within their own shard', { timeout: BUILD_TIMEOUT }, async () => {
    const pkg = await Package.load(join(portal, PORTAL_FILES.datapackage));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const descriptor = JSON.parse(readFileSync(join(portal, PORTAL_FILES.datapackage), 'utf8'));
    // Each shard's licence, stated once for the portal where the shards agree, and on each resource.
    const shardLicences = JSON.parse(readFileSync(join(portal, 'a/data/datapackage.json'), 'utf8')).licenses;
    expect(shardLicences.length).toBeGreaterThan(0);
    expect(descriptor.licenses).toEqual(shardLicences);
    // Every shard has a standards table: its title says whose.
    expect(descriptor.resources.find((r: { name: string }) => r.name === 'a-standards-csv').title).toBe('甲站：补助标准');
    for (const shard of ['a', 'b']) {
      const resources = descriptor.resources.filter((r: { name: string }) => r.name.startsWith(`${shard}-`));
      for (const r of resources) {
        expect(r.licenses, r.name).toEqual(descriptor.licenses);
        // A JSON resource's schema is a file of the portal, as its data is.
        if (r.jsonSchema) expect(filesUnder(portal), r.name).toContain(r.jsonSchema);
      }
      const keyed = resources.filter((r: { schema?: { foreignKeys?: unknown[] } }) => r.schema?.foreignKeys?.length);
      expect(keyed.map((r: { name: string }) => r.name)).toEqual([`${shard}-standards-csv`, `${shard}-targets-csv`]);
      const read: Record<string, number> = {};
      for (const r of keyed) {
        const rows = await pkg.getResource(r.name)!.read({ keyed: true, relations: true });
        read[r.name] = rows.length;
        // A resolved key holds the row of the shard's own projects table.
        for (const row of rows) expect((row.project_id as { name: string }).name, r.name).toBe(row.project_name);
      }
      // The synthetic shards have standards (and no targets), so some key was resolved.
      expect(read[`${shard}-standards-csv`]).toBeGreaterThan(0);
    }
  });

  it('finds results from both shards through the portal’s search page in Chromium', { timeout: BUILD_TIMEOUT }, async () => {
    const { context } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('测试项目')}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    const links = await page.locator('#portal-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.startsWith('/a/'))).toBe(true);
    expect(links.some((href) => href.startsWith('/b/'))).toBe(true);
    expect(await page.locator('#portal-search-fallback').isHidden()).toBe(true);
    // Excerpts read as on the sites' search page: the words found marked, no Pagefind join ". " left between Chinese words.
    expect(await page.locator('#portal-search-results mark').count()).toBeGreaterThan(0);
    const excerpts = await page.locator('#portal-search-results .search-result-excerpt').allTextContents();
    expect(excerpts.filter((e) => /[\u4e00-\u9fff]\. [\u4e00-\u9fff]/.test(e))).toEqual([]);
    // Pagefind runs with the sites' options: a cut excerpt says so with the sites' ellipsis (Pagefind's default marks nothing).
    expect(excerpts.some((e) => e.startsWith(EXCERPT_ELLIPSIS) || e.endsWith(EXCERPT_ELLIPSIS))).toBe(true);
    // A result names its site, where the sites' own result item names the programme.
    const facts = await page.locator('#portal-search-results .search-result-facts').allTextContents();
    expect(new Set(facts)).toEqual(new Set(indexes.sites.map((s) => s.title)));
    // Each result opens its page in its own site.
    const response = await page.goto(new URL(links[0]!, server.url).href);
    expect(response?.status()).toBe(200);
    await context.close();
  });

  it('shows a page’s summary, not its hidden search words, for a hit found only through them, as the sites’ own search does', { timeout: BUILD_TIMEOUT }, async () => {
    const { context } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    // 敬老院 is among the synthetic pages' hidden search words (相关词), never in their text.
    await page.goto(`${server.url}search/?q=${encodeURIComponent('敬老院')}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    const excerpts = await page.locator('#portal-search-results .search-result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((e) => e.includes('相关词') || e.trim() === '')).toEqual([]);
    await context.close();
  });

  it('lists results ten at a time with the count it shows, and says when none holds the words searched for, as the sites’ own search does', {
    timeout: BUILD_TIMEOUT,
  }, async () => {
    const { context } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    const settled = () => page.waitForFunction(() => /找到/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('测试项目')}`);
    await settled();
    const total = Number(/找到 (\d+) 个/.exec((await page.locator('#portal-search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#portal-search-status').textContent()).toContain(`找到 ${total} 个与“测试项目”相关的结果，显示前 10 个。`);
    expect(await page.locator('#portal-search-results > li').count()).toBe(10);
    await page.locator('#portal-search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#portal-search-results > li').length > 10);
    expect(await page.locator('#portal-search-results > li').count()).toBe(Math.min(total, 20));
    // Keyboard users go on from the first result the button added.
    await page.waitForFunction(() => document.activeElement === document.querySelector('#portal-search-results > li:nth-child(11) a'));
    // 医保 is no word of these sites: Pagefind matches its characters alone (低保, 医疗).
    await page.locator('#portal-search-input').fill('医保');
    await page.locator('#portal-search-form button').click();
    await page.waitForFunction(() => /没有找到/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    const status = (await page.locator('#portal-search-status').textContent()) ?? '';
    expect(status).toMatch(/^没有找到含“医保”的内容。下列结果只含其中的个别字/);
    const notes = await page.locator('#portal-search-results .search-result-partial').allTextContents();
    expect(notes).toContain('此页不含“医保”，只含其中的个别字。');
    // The way back to the portal's home.
    expect(await page.locator('main a[href="../"]').textContent()).toBe('返回门户首页');
    await context.close();
  });

  it.each([
    ['the first', 'a', 'b', '甲站'],
    ['the second', 'b', 'a', '合成测试站点'],
  ])('searches the sites whose index loads when %s site’s does not, and names the one left out', { timeout: BUILD_TIMEOUT }, async (_which, lost, kept, title) => {
    // A copy of the portal in which one site lost its search index (a failed upload, a flaky CDN).
    const broken = join(work, `portal-without-${lost}`);
    cpSync(portal, broken, { recursive: true });
    rmSync(join(broken, lost, 'pagefind'), { recursive: true });
    const brokenServer = await serveDist(broken);
    try {
      const { context } = await isolatedContext(browser, brokenServer.origin);
      const page = await context.newPage();
      await page.goto(`${brokenServer.url}search/?q=${encodeURIComponent('测试项目')}`);
      await page.waitForFunction(() => /找到|没有找到|无法加载/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
      const links = await page.locator('#portal-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(await page.locator('#portal-search-status').textContent()).toMatch(/^找到/);
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((href) => href.startsWith(`/${kept}/`))).toBe(true);
      expect(await page.locator('#portal-search-unavailable').textContent()).toBe(`以下站点的搜索暂时无法加载，结果中没有它们的内容：${title}。`);
      await context.close();
    } finally {
      await brokenServer.close();
    }
  });

  it.each([
    ['the first', 'a', '甲站'],
    ['the second', 'b', '合成测试站点'],
  ])('brings %s site back into the search once its index loads again', { timeout: BUILD_TIMEOUT }, async (_which, lost, title) => {
    const { context } = await isolatedContext(browser, server.origin);
    // The site's search files fail to load (a flaky CDN), then answer again.
    const lostIndex = (url: URL) => url.pathname.startsWith(`/${lost}/pagefind`);
    await context.route(lostIndex, (route) => route.abort());
    const page = await context.newPage();
    const searched = () => page.waitForFunction(() => /找到|没有找到|无法加载/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    const sitesFound = async () =>
      new Set((await page.locator('#portal-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((href) => href.split('/')[1]));
    const total = async () => Number(/找到 (\d+) 个/.exec((await page.locator('#portal-search-status').textContent()) ?? '')?.[1]);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('测试项目')}`);
    await searched();
    expect(await page.locator('#portal-search-unavailable').textContent()).toContain(title);
    expect(await sitesFound()).not.toContain(lost);
    const without = await total();
    await context.unroute(lostIndex);
    // The next search, in the same page, tries the site again.
    await page.locator('#portal-search-status').evaluate((status) => {
      status.textContent = '';
    });
    await page.locator('#portal-search-form button').click();
    await searched();
    expect(await page.locator('#portal-search-unavailable').isHidden()).toBe(true);
    expect(await total()).toBeGreaterThan(without);
    await page.locator('#portal-search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#portal-search-results > li').length > 10);
    expect(await sitesFound()).toContain(lost);
    await context.close();
  });

  it.each([
    ['home', ''],
    ['search page, with results', 'search/?q=测试项目'],
  ])('has no axe violation on the portal’s %s, and fits a 360 px phone', { timeout: BUILD_TIMEOUT }, async (_name, path) => {
    const { context } = await isolatedContext(browser, server.origin, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    if (path.startsWith('search/')) await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('portal-search-status')?.textContent ?? ''));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('after a correction in one shard, rebuilds that shard alone, and the portal equals a full build’s byte for byte', { timeout: BUILD_TIMEOUT }, async () => {
    writeShard('b', 60);
    // What the runner did not write in a shard's cache folder is not its to remove.
    writeFileSync(join(work, 'cache', 'b', 'NOTES.md'), 'kept\n');
    const incremental = await runShards(plan, plan.shards, { cacheDir: join(work, 'cache'), jobs: 1, log: quiet });
    expect(incremental.map((r) => r.cached)).toEqual([true, false]);
    expect(readdirSync(join(work, 'cache', 'b')).sort()).toEqual(['NOTES.md', incremental[1]!.key].sort());
    expect(incremental[0]!.dir).toBe(first[0]!.dir);
    // Merged into the portal built before: only shard b's folder is replaced.
    const incrementalPortal = portal;
    const untouched = join(incrementalPortal, 'a/index.html');
    const before = statSync(untouched).mtimeMs;
    mergePortal(
      incremental.map((r) => ({ shard: r.shard, key: r.key, dir: r.dir })),
      incrementalPortal,
      { reuse: true },
    );
    expect(statSync(untouched).mtimeMs).toBe(before);
    // The full build: a fresh cache, every shard built.
    const full = await runShards(plan, plan.shards, { cacheDir: join(work, 'cache-full'), jobs: 2, log: quiet });
    expect(full.map((r) => r.cached)).toEqual([false, false]);
    const fullPortal = join(work, 'portal-full');
    mergePortal(
      full.map((r) => ({ shard: r.shard, key: r.key, dir: r.dir })),
      fullPortal,
    );
    const files = filesUnder(fullPortal);
    expect(filesUnder(incrementalPortal)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(fullPortal, f)).equals(readFileSync(join(incrementalPortal, f))));
    expect(differing).toEqual([]);
  });
});
