/**
 * A sitemap past the sitemap protocol's 50 000 URLs (src/lib/open-data/sitemap.ts): with the limit
 * lowered (MINSHENG_SITEMAP_URL_LIMIT), sitemap.xml is a sitemap index whose entries are absolute
 * URLs under the base path of numbered sitemaps in the build, which together list exactly the URLs
 * of the unsplit sitemap; robots.txt still names sitemap.xml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { sitemapXml } from '../../src/lib/open-data/sitemap.ts';
import { sitemapPaths } from '../../src/lib/site/routes.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

const SITE_BASE = 'https://example.gov.cn/minsheng/';
const LIMIT = 40;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

describe('a sitemap past the URL limit', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = copyLuyangExample();
  const { content } = validateContent(readContent(contentDir));
  const unsplit = sitemapXml(SITE_BASE, sitemapPaths(content));
  let dist = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const locs = (urls: { loc: string }[]) => urls.map((u) => u.loc);

  it('is a sitemap index of numbered sitemaps, each a valid sitemap within the limit', () => {
    expect(sitemapPaths(content).length).toBeGreaterThan(2 * LIMIT);
    dist = buildOrThrow({ CONTENT_DIR: contentDir, SITE_URL: 'https://example.gov.cn', BASE_PATH: '/minsheng/', MINSHENG_SITEMAP_URL_LIMIT: String(LIMIT) });
    const xml = read('sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = parser.parse(xml).sitemapindex;
    expect(index['@_xmlns']).toBe(NS);
    const entries = locs(index.sitemap);
    expect(entries.length).toBe(Math.ceil(sitemapPaths(content).length / LIMIT));
    entries.forEach((loc, i) => expect(loc).toBe(`${SITE_BASE}sitemap-${i + 1}.xml`));
    for (const loc of entries) {
      const file = join(dist, loc.slice(SITE_BASE.length));
      expect(existsSync(file), loc).toBe(true);
      const part = readFileSync(file, 'utf8');
      expect(XMLValidator.validate(part), loc).toBe(true);
      expect(parser.parse(part).urlset['@_xmlns']).toBe(NS);
      expect(parser.parse(part).urlset.url.length).toBeLessThanOrEqual(LIMIT);
    }
  });

  it('lists in its parts, together and in order, exactly the unsplit sitemap’s URLs', () => {
    const parts = locs(parser.parse(read('sitemap.xml')).sitemapindex.sitemap).flatMap((loc) => locs(parser.parse(read(loc.slice(SITE_BASE.length))).urlset.url));
    const whole = locs(parser.parse(unsplit).urlset.url);
    expect(whole.length).toBeGreaterThan(0);
    expect(parts).toEqual(whole);
  });

  it('is still the one sitemap robots.txt names', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_BASE}sitemap.xml\n`);
  });
});
