/**
 * Only page bodies are indexed: site chrome (header, navigation, footer), noindex pages and
 * overview pages never turn up as hits.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext, launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
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
