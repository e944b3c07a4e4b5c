/**
 * The corrections mechanism end to end: the Luyang example's corrections/ is empty, so a copy of
 * the example with one fixture correction is built, and the correction must reach the feed and date
 * the data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

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
  let output = '';
  beforeAll(() => {
    const content = copyLuyangExample();
    writeFileSync(join(content, 'corrections', 'internship-unit.yaml'), FIXTURE);
    // No SOURCE_DATE_EPOCH, so the correction's date is the data's last-updated date.
    const build = runBuild({ CONTENT_DIR: content, SITE_URL: 'https://example.gov.cn', BASE_PATH: '', SOURCE_DATE_EPOCH: '' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    dist = build.outDir;
    output = build.stdout + build.stderr;
  });
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('appears first in the Atom feed, linked to its project', () => {
    const feed = read('feed.xml');
    expect(XMLValidator.validate(feed)).toBe(true);
    const entries = [...feed.matchAll(/<entry>([^]*?)<\/entry>/g)].map((m) => m[1]!);
    // The programme has no known date (a copy outside git, no SOURCE_DATE_EPOCH, no stated date of
    // issue): the feed leaves it out rather than date it by a guess. Only the correction is dated.
    expect(entries).toHaveLength(1);
    expect(feed).not.toContain('2017-01-01');
    expect(entries[0]).toContain('<id>tag:example.gov.cn,2018-02-03:correction/internship-unit</id>');
    expect(entries[0]).toContain('<title>更正：就业扶持工程</title>');
    expect(entries[0]).toContain('<updated>2018-02-03T00:00:00Z</updated>');
    expect(entries[0]).toContain('href="https://example.gov.cn/luyang-2017/projects/employment-support/"');
    expect(entries[0]).toContain('<summary>补充高校毕业生就业见习补助标准的发放周期（每月）。</summary>');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">\n  <id>https://example.gov.cn/feed.xml</id>');
    expect(feed).toMatch(/<\/subtitle>\n {2}<updated>2018-02-03T00:00:00Z<\/updated>/);
  });

  it('makes the build warn about what the example’s site.yaml leaves unset and the programme it cannot date', () => {
    expect(output).toContain('警告：site.yaml 未设置 organiser（主办单位）');
    expect(output).toContain('dct:publisher');
    expect(output).toContain('警告：site.yaml 未设置 contact（联系方式）');
    expect(output).toContain('dcat:contactPoint');
    expect(output).toContain('警告：计划 luyang-2017 没有已知日期');
    // The correction dates the data, so the data itself is not undated.
    expect(output).not.toContain('无法确定数据的日期');
  });

  it('dates the data files and the data page', () => {
    expect(JSON.parse(read('data/projects.json')).lastUpdated).toBe('2018-02-03');
    expect(read('data/index.html')).toMatch(/数据最后更新：<time datetime="2018-02-03"[^>]*>2018-02-03<\/time>（依据：最近一次更正的日期）/);
  });
});
