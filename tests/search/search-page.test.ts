/**
 * The search page and the header search box, driven like a visitor would in real Chromium: lazy
 * loading, typing, filters, keyboard, no JavaScript, accessibility, sub-path, payload.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext, launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query-length.ts';
import { projectUrl } from './queries.ts';

let browser: Browser;
let root: RunningServer;
let sub: RunningServer;

beforeAll(async () => {
  [browser, root, sub] = await Promise.all([launchBrowser(), serveDist(inject('distRoot')), serveDist(inject('distSubpath'), '/minsheng/')]);
});
afterAll(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

/** Waits until the status line reports the outcome for `query`. */
async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text.includes(`“${q}”`) && /找到/.test(text);
  }, query);
}

/** Result links as written in the page (base path included). */
function resultLinks(page: Page): Promise<string[]> {
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** A fresh context (empty cache) that records every request to the Pagefind bundle. */
async function recordingPage(server: RunningServer, options: Parameters<typeof isolatedContext>[2] = {}) {
  const { context, external } = await isolatedContext(browser, server.origin, options);
  const page = await context.newPage();
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(new URL(r.url()).pathname);
  });
  return { context, page, external, pagefindRequests };
}

describe('search page', () => {
  it('shows results for ?q= with name, level, standing and a highlighted excerpt', async () => {
    const { context, page, external } = await recordingPage(root);
    await page.goto(`${root.url}search/?q=${encodeURIComponent('糖尿病')}`);
    await waitForResults(page, '糖尿病');
    expect(await page.inputValue('#search-page-input')).toBe('糖尿病');
    expect(await page.locator('#search-fallback').isHidden()).toBe(true);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(projectUrl('/', 'hypertension-diabetes-free-medicine'));
    expect(await first.locator('h2 a').textContent()).toBe('高血压、Ⅱ型糖尿病患者免费药物治疗补助');
    // The result names its programme and year first (the fixture's programme: luyang-2017).
    expect(await first.locator('.search-result-facts').textContent()).toBe('庐阳区2017年民生工程 · 项目 · 区级 · 实施');
    expect(await first.locator('.search-result-excerpt mark').allTextContents()).toContain('糖尿病');
    // Only <mark> survives from the excerpt: no other element inside it.
    expect(await page.locator('#search-results .search-result-excerpt *:not(mark)').count()).toBe(0);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    expect(external).toEqual([]);
  });

  it('says when the best results hold only some characters of a Chinese word, and keeps the ways on in view', async () => {
    const { context, page } = await recordingPage(root);
    // 保龄 is on no page; Pagefind matches its 保 alone (保障, 保险 …).
    await page.goto(`${root.url}search/?q=${encodeURIComponent('保龄')}`);
    await page.waitForFunction(() => /保龄/.test(document.getElementById('search-status')?.textContent ?? '') && document.querySelectorAll('#search-results li').length > 0);
    expect(await page.textContent('#search-status')).toContain('没有找到含“保龄”的内容');
    const shown = await page.locator('#search-results li').count();
    expect(await page.locator('#search-results li .search-result-partial').count()).toBe(shown);
    expect(await page.locator('#search-results li .search-result-partial').first().textContent()).toBe('此页不含“保龄”，只含其中的个别字。');
    expect(await page.locator('#search-suggestions').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // A word that is on its pages: found, with no such line.
    await page.fill('#search-page-input', '五保');
    await waitForResults(page, '五保');
    expect(await page.locator('#search-results li').first().locator('.search-result-partial').count()).toBe(0);
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
    await context.close();
  });

  it('lists the results holding the words first: 新农合, one of the site’s own examples, opens with the insurance it names', async () => {
    const { context, page } = await recordingPage(root);
    // Pagefind ranks 就业技能和新型农民培训 (新 and 农 in its title) above the page holding 新农合 among its search words.
    await page.goto(`${root.url}search/?q=${encodeURIComponent('新农合')}`);
    await waitForResults(page, '新农合');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(projectUrl('/', 'resident-medical-insurance'));
    expect(await first.locator('.search-result-partial').count()).toBe(0);
    // Its excerpt would be cut from the hidden search words (相关词：补贴 补贴款 … 新农合 …): the page's summary stands in.
    const excerpt = (await first.locator('.search-result-excerpt').textContent()) ?? '';
    expect(excerpt).toContain('城乡居民基本医疗保险');
    expect(excerpt).not.toContain('相关词');
    await context.close();
  });

  it('updates results as the visitor types, and keeps the query in the URL', async () => {
    const { context, page, external } = await recordingPage(root);
    await page.goto(`${root.url}search/`);
    for (const [query, expected] of [
      ['见习补贴', 'employment-support'],
      ['五保', 'extreme-poverty-support'],
      ['菜市场', 'farmers-market-upgrade'],
    ] as const) {
      await page.fill('#search-page-input', query);
      await waitForResults(page, query);
      expect((await resultLinks(page)).slice(0, 3), query).toContain(projectUrl('/', expected));
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    }
    await context.close();
    expect(external).toEqual([]);
  });

  it('filters results with the level and type controls', async () => {
    const { context, page } = await recordingPage(root);
    await page.goto(`${root.url}search/?q=${encodeURIComponent('补助')}`);
    await waitForResults(page, '补助');
    await page.selectOption('#search-filter-level', { label: '区级' });
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('已筛选'));
    // The URL and the index hold the code; the visitor sees the label.
    expect(new URL(page.url()).searchParams.get('level')).toBe('district');
    const facts = await page.locator('#search-results .search-result-facts').allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f).toContain('区级');
    await page.selectOption('#search-filter-level', '');
    await page.selectOption('#search-filter-type', { label: '通知原文' });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    expect(await resultLinks(page)).toEqual(['/luyang-2017/notice/']);
    expect(new URL(page.url()).searchParams.get('type')).toBe('notice');
    await context.close();
  });

  it('still filters links made when filter values were labels (?type=通知原文)', async () => {
    const { context, page } = await recordingPage(root);
    await page.goto(`${root.url}search/?q=${encodeURIComponent('补助')}&type=${encodeURIComponent('通知原文')}&level=${encodeURIComponent('区级')}`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('已筛选'));
    expect(await page.inputValue('#search-filter-type')).toBe('notice');
    expect(await page.inputValue('#search-filter-level')).toBe('district');
    expect(new URL(page.url()).searchParams.get('type')).toBe('notice');
    await context.close();
  });

  it('is usable with the keyboard alone, including “show more”', async () => {
    const { context, page } = await recordingPage(root);
    await page.goto(`${root.url}search/`);
    await page.focus('#search-page-input');
    await page.keyboard.type('补助');
    await page.keyboard.press('Enter');
    await waitForResults(page, '补助');
    expect(await page.locator('#search-more').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 3);
    // Focus lands on the first newly shown result.
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#search-results h2 a')[3])).toBe(true);
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${root.origin}${target}`);
    await context.close();
  });

  it('works under a sub-path', async () => {
    const { context, page, external, pagefindRequests } = await recordingPage(sub);
    await page.goto(`${sub.url}search/?q=${encodeURIComponent('五保')}`);
    await waitForResults(page, '五保');
    expect((await resultLinks(page)).slice(0, 3)).toContain(projectUrl('/minsheng/', 'extreme-poverty-support'));
    for (const link of await resultLinks(page)) expect(link.startsWith('/minsheng/')).toBe(true);
    for (const path of pagefindRequests) expect(path.startsWith('/minsheng/pagefind/')).toBe(true);
    await context.close();
    expect(external).toEqual([]);
  });

  it('offers topics, groups and the full list when a search finds nothing, and hides them while results are shown', async () => {
    const { context, page, external } = await recordingPage(root);
    const query = 'xyzzyqq';
    await page.goto(`${root.url}search/?q=${query}`);
    await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`没有找到与“${q}”`), query);
    const suggestions = page.locator('#search-suggestions');
    expect(await suggestions.isVisible()).toBe(true);
    const links = await suggestions.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/luyang-2017/topics/health/');
    expect(links).toContain('/luyang-2017/groups/elderly/');
    expect(links).toContain('/luyang-2017/projects/');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#search-page-input', '糖尿病');
    await waitForResults(page, '糖尿病');
    expect(await suggestions.isHidden()).toBe(true);
    await context.close();
    expect(external).toEqual([]);
  });

  it.each([
    [1280, 900],
    [360, 740],
  ])('sets every filter’s label on one line at %i px: beside a long option it shrank to a character per line', async (width, height) => {
    const { context, page } = await recordingPage(root, { viewport: { width, height } });
    await page.goto(`${root.url}search/?q=${encodeURIComponent('补助')}`);
    await waitForResults(page, '补助');
    const wrapped = await page.locator('#search-filters label').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const { height: h } = label.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(label).lineHeight);
        return h > line * 1.5 ? [`${label.textContent} (${Math.round(h)} px high, ${Math.round(line)} px a line)`] : [];
      }),
    );
    expect(wrapped).toEqual([]);
    await context.close();
  });

  it('puts the results above the filters on a 360 px phone', async () => {
    const { context, page } = await recordingPage(root, { viewport: { width: 360, height: 740 } });
    await page.goto(`${root.url}search/?q=${encodeURIComponent('补助')}`);
    await waitForResults(page, '补助');
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('#search-results')).toBeLessThan(await top('#search-filters'));
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    await context.close();
  });

  it('explains itself without JavaScript', async () => {
    const { context, page } = await recordingPage(root, { javaScriptEnabled: false });
    await page.goto(`${root.url}search/?q=${encodeURIComponent('五保')}`);
    const fallback = page.locator('#search-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('网页脚本');
    expect(await fallback.locator('a').getAttribute('href')).toBe('/luyang-2017/projects/');
    expect(await page.locator('#search-filters').isHidden()).toBe(true);
    await context.close();
  });
});

describe('query length', () => {
  it('the header box and the search page’s box take no more than MAX_QUERY_LENGTH characters, and a longer ?q= is cut to it', async () => {
    const { context, page } = await recordingPage(root);
    const long = '补'.repeat(MAX_QUERY_LENGTH + 50);
    // Three times the limit: longer still, the URL is refused by the server before the page could read it.
    await page.goto(`${root.url}search/?q=${encodeURIComponent('助'.repeat(3 * MAX_QUERY_LENGTH))}`);
    expect(await page.inputValue('#search-page-input')).toBe('助'.repeat(MAX_QUERY_LENGTH));
    for (const box of ['#site-search', '#search-page-input']) {
      await page.fill(box, '');
      await page.focus(box);
      // Typed and pasted alike: insertText is how a paste reaches the box.
      await page.keyboard.insertText(long);
      expect(await page.inputValue(box), box).toBe('补'.repeat(MAX_QUERY_LENGTH));
    }
    await context.close();
  });
});

describe('lazy loading', () => {
  it('downloads nothing of search until a visitor focuses the header search box', async () => {
    const { context, page, pagefindRequests, external } = await recordingPage(root);
    await page.goto(`${root.url}luyang-2017/projects/employment-support/`);
    await page.goto(`${root.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);
    await page.goto(`${root.url}luyang-2017/projects/employment-support/`);
    const loaded = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.focus('#site-search');
    await loaded;
    // The header form submits to the search page, which shows the results.
    await page.keyboard.type('孤儿');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page, '孤儿');
    expect((await resultLinks(page)).slice(0, 3)).toContain(projectUrl('/', 'extreme-poverty-support'));
    await context.close();
    expect(external).toEqual([]);
  });
});

describe('payload of the first search', () => {
  /** Pagefind's index, fragment, filter and wasm files are gzip-compressed by Pagefind itself. */
  const precompressed = (path: string) => /\.(pf_\w+|pagefind)$/.test(path);

  async function measure(query: string) {
    const { context, page } = await recordingPage(root);
    const files: { path: string; raw: number; sent: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(
        response.body().then((body) => {
          const length = Number(response.headers()['content-length'] ?? body.length);
          // What a server with ordinary gzip compression sends for the text files.
          files.push({ path, raw: length, sent: precompressed(path) ? length : gzipSync(body).length });
        }),
      );
    });
    await page.goto(`${root.url}search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page, query);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    const raw = files.reduce((s, f) => s + f.raw, 0);
    const sent = files.reduce((s, f) => s + f.sent, 0);
    return { query, requests: files.length, raw, sent, files };
  }

  const kb = (n: number) => (n / 1024).toFixed(1);
  /** One row of the table docs/benchmark.md quotes: `| 首次查询 | 请求数 | 传输（gzip） | 未压缩 |`. */
  const row = (m: Awaited<ReturnType<typeof measure>>) => `| ${m.query} | ${m.requests} | ${kb(m.sent)} KB | ${kb(m.raw)} KB |`;

  it('stays within 100 KB and 8 requests for the first query (糖尿病)', async () => {
    const first = await measure('糖尿病');
    console.log([row(first), '', ...first.files.map((f) => `${f.path}: ${f.sent} B sent (${f.raw} B raw)`)].join('\n'));
    expect(first.files.some((f) => /pagefind-(worker|ui|component-ui|modular-ui|highlight)/.test(f.path))).toBe(false);
    expect(first.requests).toBeLessThanOrEqual(8);
    expect(first.sent).toBeLessThanOrEqual(100 * 1024);
  });

  // Measured for the record (docs/benchmark.md), one query per test so that each has the time of one.
  it.each(['五保', '见习补贴', '800元', '免收义务教育阶段学生书本费'])('loads the index for the first query %s', async (query) => {
    const m = await measure(query);
    console.log(row(m));
    expect(m.requests).toBeGreaterThan(0);
  });
});
