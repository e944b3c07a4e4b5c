/** The BASE_PATH=/minsheng/ build: every download link, data URL and feed entry stays under the sub-path. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dataJson } from '../support/built-data.ts';

const dist = inject('distSubpath');
const BASE = '/minsheng/';
const SITE = `https://example.gov.cn${BASE}`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
/** The built file a path under the base is served from. */
const exists = (href: string) => {
  const path = decodeURI(href.split('#')[0]!.slice(BASE.length));
  return existsSync(path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path));
};

describe('sub-path build', () => {
  it('links every download on the data pages under /minsheng/, and each exists', () => {
    const links = ['data/index.html', 'data/luyang-2017/index.html'].flatMap((page) => hrefs(read(page))).filter((h) => !h.startsWith('#'));
    const local = links.filter((h) => !/^https?:/.test(h));
    expect(local.length).toBeGreaterThan(100);
    for (const h of local) {
      expect(h.startsWith(BASE), h).toBe(true);
      expect(exists(h), h).toBe(true);
    }
    expect(local).toEqual(
      expect.arrayContaining([
        `${BASE}data/projects.csv`,
        `${BASE}data/datapackage.json`,
        `${BASE}data/SHA256SUMS`,
        `${BASE}data/luyang-2017/projects/legal-aid.json`,
        `${BASE}feed.xml`,
        `${BASE}data/dictionary/`,
        `${BASE}data/luyang-2017/`,
      ]),
    );
    for (const h of links.filter((l) => /^https?:/.test(l))) expect(h.startsWith('https://creativecommons.org/') || h.startsWith(SITE), h).toBe(true);
  });

  it('links each project’s JSON and CSV from its page (alternates and download links)', () => {
    const html = read('luyang-2017/projects/employment-support/index.html');
    for (const ext of ['json', 'csv']) {
      expect(html).toContain(`<link rel="alternate" type="${ext === 'json' ? 'application/json' : 'text/csv'}" href="${BASE}data/luyang-2017/projects/employment-support.${ext}"`);
      expect(exists(`${BASE}data/luyang-2017/projects/employment-support.${ext}`)).toBe(true);
    }
  });

  it('writes absolute URLs under the sub-path into every data file and feed', () => {
    const projects = dataJson(dist, 'projects.json');
    expect(projects.schema).toBe(`${SITE}data/schema/projects.schema.json`);
    for (const r of projects.records) expect(r.url.startsWith(SITE)).toBe(true);
    expect(dataJson(dist, 'schema/projects.schema.json').$id).toBe(`${SITE}data/schema/projects.schema.json`);
    expect(read('data/projects.csv')).toContain(`,${SITE}luyang-2017/projects/employment-support/,`);
    expect(dataJson(dist, 'datapackage.json').homepage).toBe(`${SITE}data/`);
    const urls = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(50);
    for (const u of urls) expect(u.startsWith(SITE), u).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
    for (const m of read('feed.xml').matchAll(/href="([^"]+)"/g)) expect(m[1]!.startsWith(SITE), m[1]).toBe(true);
  });
});
