import { describe, expect, it } from 'vitest';
import { SITEMAP_LIMITS, sitemapFiles, sitemapXml } from '../../../src/lib/open-data/sitemap.ts';
import { robotsTxt } from '../../../src/lib/open-data/robots.ts';
import { jsonForScript } from '../../../src/lib/open-data/json-script.ts';

// Which pages the sitemap lists is the route table's: tests/lib/site/routes.test.ts.
describe('sitemap and robots.txt', () => {
  it('writes absolute, escaped URLs under the base', () => {
    expect(sitemapXml('https://example.gov.cn/minsheng/', ['', 'a&b/'])).toContain('<loc>https://example.gov.cn/minsheng/a&amp;b/</loc>');
    expect(robotsTxt('https://example.gov.cn/minsheng/sitemap.xml')).toMatch(/^Sitemap: https:\/\/example\.gov\.cn\/minsheng\/sitemap\.xml$/m);
  });

  const BASE = 'https://example.gov.cn/minsheng/';
  const paths = ['', 'a/', 'b/', 'c/', 'd/'];
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('is one sitemap.xml, exactly sitemapXml, within the protocol’s limits', () => {
    expect(sitemapFiles(BASE, paths)).toEqual([{ path: 'sitemap.xml', xml: sitemapXml(BASE, paths) }]);
    expect(sitemapFiles(BASE, paths, { ...SITEMAP_LIMITS, urls: paths.length })).toHaveLength(1);
  });

  it('past the URL limit, is a sitemap index of numbered sitemaps holding every URL in order', () => {
    const [index, ...parts] = sitemapFiles(BASE, paths, { ...SITEMAP_LIMITS, urls: 2 });
    expect(index!.path).toBe('sitemap.xml');
    expect(index!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index!.xml)).toEqual([`${BASE}sitemap-1.xml`, `${BASE}sitemap-2.xml`, `${BASE}sitemap-3.xml`]);
    expect(parts.map((p) => p.path)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(parts.map((p) => locs(p.xml).length)).toEqual([2, 2, 1]);
    expect(parts.flatMap((p) => locs(p.xml))).toEqual(locs(sitemapXml(BASE, paths)));
  });

  it('past the byte limit, starts a new sitemap before a file would pass it', () => {
    const limit = Buffer.byteLength(sitemapXml(BASE, paths.slice(0, 3)));
    const [, ...parts] = sitemapFiles(BASE, paths, { urls: SITEMAP_LIMITS.urls, bytes: limit });
    expect(parts.map((p) => locs(p.xml).length)).toEqual([3, 2]);
    for (const part of parts) expect(Buffer.byteLength(part.xml)).toBeLessThanOrEqual(limit);
  });

  it('names the parts site-relative in a preview, which knows no origin', () => {
    expect(locs(sitemapFiles('/minsheng/', paths, { ...SITEMAP_LIMITS, urls: 3 })[0]!.xml)).toEqual(['/minsheng/sitemap-1.xml', '/minsheng/sitemap-2.xml']);
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
