/**
 * Only page bodies are indexed: site chrome (header, navigation, footer), noindex pages and
 * overview pages never turn up as hits.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext, launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { completeFigures, EXCERPT_ELLIPSIS, excerptParts, readableExcerpt } from '../../src/client/search-excerpt.ts';
import { loadPagefindInto, search, type Hit } from './pagefind-api.ts';

let browser: Browser;
let server: RunningServer;
let page: Page;
let all: Hit[];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(inject('distRoot'))]);
  const { context } = await isolatedContext(browser, server.origin);
  page = await context.newPage();
  await loadPagefindInto(page, server.url);
  all = await search(page, null, {}, 500);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the excerpts a result shows (readableExcerpt over Pagefind’s own excerpts)', () => {
  const FIGURE = /[0-9.%]/;
  it('read as Chinese, and no figure is cut at either end', async () => {
    let checked = 0;
    for (const query of ['补助', '养老', '就业见习', '增幅', '原文出处']) {
      for (const hit of await search(page, query, {}, 10)) {
        const shown = readableExcerpt(hit.excerpt, hit.content)
          .map((p) => p.text)
          .join('');
        const where = `${query} → ${hit.url}: ${shown}`;
        expect(shown, where).not.toMatch(/[\p{Script=Han}）”]\. /u);
        expect(shown, where).not.toMatch(/[。；：）] \p{Script=Han}/u);
        // Inside the ellipses, where the excerpt occurs once in the page: the text goes on with no more of a figure.
        const completed = completeFigures(excerptParts(hit.excerpt), hit.content)
          .map((p) => p.text)
          .join('');
        const inner = completed.replace(new RegExp(`^${EXCERPT_ELLIPSIS}|${EXCERPT_ELLIPSIS}$`, 'g'), '');
        const at = hit.content.indexOf(inner);
        if (at < 0 || hit.content.indexOf(inner, at + 1) >= 0) continue;
        checked += 1;
        const after = hit.content[at + inner.length] ?? '';
        const before = hit.content[at - 1] ?? '';
        if (/[0-9]$/.test(inner)) expect(FIGURE.test(after) && !/^\.(?![0-9])/.test(hit.content.slice(at + inner.length)), where).toBe(false);
        if (/^[0-9.%]/.test(inner)) expect(/[0-9]/.test(before), where).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('what the index holds', () => {
  it('holds the pages a visitor may look for', () => {
    const urls = all.map((h) => h.url);
    expect(urls.length).toBeGreaterThan(40);
    expect(urls).toEqual(
      expect.arrayContaining(['/luyang-2017/notice/', '/luyang-2017/standards/', '/luyang-2017/oversight/', '/about/', '/luyang-2017/projects/employment-support/']),
    );
  });

  it('leaves out noindex pages and overview pages', () => {
    const urls = new Set(all.map((h) => h.url));
    for (const url of ['/', '/luyang-2017/', '/luyang-2017/projects/', '/search/', '/404.html', '/luyang-2017/projects/level/district/', '/data/']) {
      expect(urls.has(url), url).toBe(false);
    }
  });

  // A project's fact labels, which search excerpts ran into their values (层级省级…); the data dictionary may name them.
  it.each(['项目内容', '去向说明', '本年情况'])('indexes no project page with its fact label “%s”', (text) => {
    expect(all.filter((h) => h.url.includes('/projects/') && h.content.includes(text)).map((h) => h.url)).toEqual([]);
  });

  // Header, navigation and footer text, the citation box and the notice's ¶ links.
  it.each(['跳到正文', '大字模式', '搜索项目', '本站内容整理自政府公开发布', '引用本页', '¶'])('indexes no page with “%s”', (text) => {
    expect(all.filter((h) => h.content.includes(text)).map((h) => h.url)).toEqual([]);
  });

  it('indexes the data dictionary’s Chinese descriptions, not their English halves, which a resident’s results showed', () => {
    const dictionary = all.find((h) => h.url === '/data/dictionary/');
    expect(dictionary?.content).toContain('行政区简称');
    expect(dictionary?.content).not.toContain('Short jurisdiction name');
    expect(all.filter((h) => /\b(or null|Name of this file)\b/.test(h.content)).map((h) => h.url)).toEqual([]);
  });

  it('leaves the citation box (the page’s own address) out of project pages', () => {
    const projects = all.filter((h) => h.filters.type?.[0] === 'project');
    expect(projects.length).toBeGreaterThan(40);
    expect(projects.filter((h) => h.content.includes('example.gov.cn')).map((h) => h.url)).toEqual([]);
  });

  it('indexes the hidden everyday words of a project page', () => {
    const page = all.find((h) => h.url === '/luyang-2017/projects/employment-support/');
    expect(page?.content).toContain('补贴');
  });
});
