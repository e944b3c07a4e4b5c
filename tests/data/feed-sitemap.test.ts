/** feed.xml, sitemap.xml and robots.txt of the root build: well-formed, and every URL a real page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { atomProblems } from '../support/atom.ts';
import { listPages } from '../support/pages.ts';

const dist = inject('distRoot');
const SITE = 'https://example.gov.cn/';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'entry' || name === 'link' });
/** The built file a site URL is served from. */
const fileOf = (url: string) => {
  const path = new URL(url).pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
};
const isNoindex = (page: string) => /<meta name="robots" content="noindex"/.test(read(page === '' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : page));

describe('sitemap.xml', () => {
  const xml = read('sitemap.xml');
  const urls: string[] = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);

  it('is well-formed XML in the sitemaps.org namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('lists exactly the built pages that may be indexed, as absolute URLs', () => {
    const indexable = listPages(dist).filter((p) => p !== '404.html' && !isNoindex(p));
    expect(urls).toEqual(indexable.map((p) => `${SITE}${p}`));
    expect(urls).toEqual(expect.arrayContaining([SITE, `${SITE}data/`, `${SITE}data/dictionary/`, `${SITE}luyang-2017/projects/employment-support/`]));
    expect(urls).not.toContain(`${SITE}search/`);
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
  });
});

describe('feed.xml', () => {
  const xml = read('feed.xml');
  const feed = parser.parse(xml).feed;

  it('is a well-formed Atom feed', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${SITE}feed.xml`);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed.author.name).toBeTruthy();
    expect(atomProblems(xml)).toEqual([]);
  });

  it('has an entry per programme (no corrections are published yet), each linking to a built page', () => {
    expect(feed.entry).toHaveLength(1);
    expect(feed.entry[0]).toMatchObject({ id: `${SITE}luyang-2017/`, title: '庐阳区2017年实施“29+8”项民生工程的通知' });
    for (const link of [...feed.link, ...feed.entry.flatMap((e: { link: unknown[] }) => e.link)] as Record<string, string>[]) {
      expect(link['@_href']!.startsWith(SITE), link['@_href']).toBe(true);
      expect(existsSync(fileOf(link['@_href']!)), link['@_href']).toBe(true);
    }
  });

  it('is announced in the head of every page', () => {
    expect(read('index.html')).toContain('<link rel="alternate" type="application/atom+xml" href="/feed.xml"');
    expect(read('luyang-2017/projects/legal-aid/index.html')).toContain('href="/feed.xml"');
  });
});
