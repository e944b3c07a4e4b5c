import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dropNonHeadingIds, htmlForIndex, indexedPart, withoutIgnoredElements } from '../../scripts/lib/post-build/pagefind-html.ts';
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';
import { NON_PAGE_FOLDERS } from '../../src/lib/site/site-folders.ts';

describe('the copy of a page Pagefind indexes', () => {
  it('keeps heading ids and drops the others', () => {
    expect(dropNonHeadingIds('<h2 id="changes">本年变化</h2><p id="p16" class="x">原文</p><main id="main" data-pagefind-body>')).toBe(
      '<h2 id="changes">本年变化</h2><p class="x">原文</p><main data-pagefind-body>',
    );
  });

  it('keeps the type filter that BaseLayout puts on <main>, as a code', () => {
    expect(htmlForIndex('<html><head><title>t</title></head><body><main id="main" data-pagefind-body data-pagefind-filter="type:notice"><h1>通知</h1></main></body></html>')).toBe(
      '<!DOCTYPE html><html><head><title>t</title></head><body><main data-pagefind-body data-pagefind-filter="type:notice"><h1>通知</h1></main></body></html>',
    );
  });

  it('keeps only the language, the title and <main> without scripts and SVGs', () => {
    const page =
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>项目 - 站点</title><link rel="stylesheet" href="/a.css"></head>' +
      '<body><header><a href="/">首页</a></header><main id="main" data-pagefind-body><h1>低保</h1><script type="application/ld+json">{"name":"x"}</script>' +
      '<figure><svg viewBox="0 0 1 1"><text>刻度</text></svg><figcaption>图注</figcaption></figure></main><footer>页脚</footer></body></html>';
    expect(indexedPart(page)).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>项目 - 站点</title></head><body><main id="main" data-pagefind-body><h1>低保</h1><figure><figcaption>图注</figcaption></figure></main></body></html>',
    );
    expect(indexedPart('<html><body><p>无正文标记</p></body></html>')).toBe('<html><body><p>无正文标记</p></body></html>');
  });

  it('drops ignored elements, but not one holding a filter or an element of its own tag', () => {
    const page =
      '<h2 id="changes" data-pagefind-ignore>本年变化</h2><p data-pagefind-ignore><span class="not-stated" data-pagefind-ignore>通知未载明</span>本年有变化。</p>' +
      '<dd data-pagefind-ignore><a href="/x/" data-pagefind-filter="programme:luyang-2017">通知</a></dd>' +
      '<div data-pagefind-ignore="all"><div>嵌套</div></div><div class="cite-box" data-pagefind-ignore><p>引用</p></div><p>正文</p>';
    expect(withoutIgnoredElements(page)).toBe(
      '<dd data-pagefind-ignore><a href="/x/" data-pagefind-filter="programme:luyang-2017">通知</a></dd><div data-pagefind-ignore="all"><div>嵌套</div></div><p>正文</p>',
    );
    expect(withoutIgnoredElements('<p data-pagefind-ignored-not>保留</p>')).toBe('<p data-pagefind-ignored-not>保留</p>');
  });

  // indexedPart drops everything outside <main>, and ignored elements go too: that is only safe while
  // no Pagefind attribute (filter, metadata, weight …) lives in either.
  const pages = listSitePages(inject('distRoot'), NON_PAGE_FOLDERS);
  it('finds the built pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  // One test per page, so the time allowed grows with the number of pages.
  it.each(pages.map((page) => [page.path || '/', page.file]))('loses no Pagefind attribute of %s', (_path, file) => {
    const html = readFileSync(file, 'utf8');
    const kept = withoutIgnoredElements(indexedPart(html));
    const count = (s: string) => (s.match(/data-pagefind-[a-z-]+/g) ?? []).filter((a) => a !== 'data-pagefind-body' && a !== 'data-pagefind-ignore').length;
    const inScripts = (html.match(/<script\b[\s\S]*?<\/script>|<svg\b[\s\S]*?<\/svg>/g) ?? []).join('');
    expect(count(kept)).toBe(count(html) - count(inScripts));
  });
});
