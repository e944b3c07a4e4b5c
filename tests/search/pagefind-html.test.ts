import { describe, expect, it } from 'vitest';
import { dropNonHeadingIds, htmlForIndex } from '../../scripts/lib/post-build/pagefind-html.ts';

describe('the copy of a page Pagefind indexes', () => {
  it('keeps heading ids and drops the others', () => {
    expect(dropNonHeadingIds('<h2 id="changes">本年变化</h2><p id="p16" class="x">原文</p><main id="main" data-pagefind-body>')).toBe(
      '<h2 id="changes">本年变化</h2><p class="x">原文</p><main data-pagefind-body>',
    );
  });

  it('adds the type filter to <head>', () => {
    expect(htmlForIndex('<html><head><title>t</title></head><body></body></html>', '通知原文')).toContain(
      '<meta data-pagefind-filter="type[content]" content="通知原文"></head>',
    );
    expect(() => htmlForIndex('<p>no head</p>', '项目')).toThrow();
  });
});
