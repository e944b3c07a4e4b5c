/**
 * The corrections mechanism end to end: content/corrections is empty today, so a copy of the
 * content with one fixture correction is built, and the correction must reach the feed and date
 * the data.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow, ROOT } from '../support/build-site.ts';

// The date is quoted: Astro's YAML loader would read a bare 2018-02-03 as a Date, which the schema refuses.
const FIXTURE = `id: internship-unit
date: '2018-02-03'
programme: luyang-2017
project: employment-support
summary: 补充高校毕业生就业见习补助标准的发放周期（每月）。
reportedBy: null
`;

describe('a published correction', () => {
  let dist = '';
  beforeAll(() => {
    const content = join(mkdtempSync(join(tmpdir(), 'minsheng-content-')), 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'corrections', 'internship-unit.yaml'), FIXTURE);
    // No SOURCE_DATE_EPOCH, so the correction's date is the data's last-updated date.
    dist = buildOrThrow({ CONTENT_DIR: content, SITE_URL: 'https://example.gov.cn', BASE_PATH: '', SOURCE_DATE_EPOCH: '' });
  });
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('appears first in the Atom feed, linked to its project', () => {
    const feed = read('feed.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    const entries = [...feed.matchAll(/<entry>([^]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<id>tag:example.gov.cn,2018-02-03:correction/internship-unit</id>');
    expect(entries[0]).toContain('<title>更正：就业扶持工程</title>');
    expect(entries[0]).toContain('<updated>2018-02-03T00:00:00Z</updated>');
    expect(entries[0]).toContain('href="https://example.gov.cn/luyang-2017/projects/employment-support/"');
    expect(entries[0]).toContain('<summary>补充高校毕业生就业见习补助标准的发放周期（每月）。</summary>');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">\n  <id>https://example.gov.cn/feed.xml</id>');
    expect(feed).toMatch(/<\/subtitle>\n {2}<updated>2018-02-03T00:00:00Z<\/updated>/);
  });

  it('dates the data files and the data page', () => {
    expect(JSON.parse(read('data/projects.json')).lastUpdated).toBe('2018-02-03');
    expect(read('data/index.html')).toMatch(/数据最后更新：<time datetime="2018-02-03"[^>]*>2018-02-03<\/time>（依据：最近一次更正的日期）/);
  });
});
