import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../../src/lib/site/open-graph.ts';

const base = { siteName: '站点', title: '页面', description: '简介', type: 'article' as const, language: 'zh-CN' };

describe('openGraphTags', () => {
  it('gives title, description, type, locale and site name, and the URL when there is one', () => {
    const tags = Object.fromEntries(openGraphTags({ ...base, url: 'https://example.gov.cn/a/' }).map((m) => [m.property, m.content]));
    expect(tags).toEqual({
      'og:site_name': '站点',
      'og:title': '页面',
      'og:description': '简介',
      'og:type': 'article',
      'og:locale': 'zh_CN',
      'og:url': 'https://example.gov.cn/a/',
    });
  });

  it('leaves og:url out when the site URL is not configured', () => {
    expect(openGraphTags({ ...base, url: null }).map((m) => m.property)).not.toContain('og:url');
  });
});
