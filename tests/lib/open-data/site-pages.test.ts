import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../../src/lib/open-data/sitemap.ts';
import { robotsTxt } from '../../../src/lib/open-data/robots.ts';
import { jsonForScript } from '../../../src/lib/open-data/json-script.ts';

// Which pages the sitemap lists is the route table's: tests/lib/site/routes.test.ts.
describe('sitemap and robots.txt', () => {
  it('writes absolute, escaped URLs under the base', () => {
    expect(sitemapXml('https://example.gov.cn/minsheng/', ['', 'a&b/'])).toContain('<loc>https://example.gov.cn/minsheng/a&amp;b/</loc>');
    expect(robotsTxt('https://example.gov.cn/minsheng/sitemap.xml')).toMatch(/^Sitemap: https:\/\/example\.gov\.cn\/minsheng\/sitemap\.xml$/m);
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: 'a & b \u2028' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('formatSize', () => {
  it('shows bytes below 1 KB, else KB or MB with one decimal', async () => {
    const { formatSize } = await import('../../../src/lib/open-data/format-size.ts');
    expect([formatSize(504), formatSize(12_083), formatSize(3 * 1024 * 1024)]).toEqual(['504 字节', '11.8 KB', '3.0 MB']);
  });
});
