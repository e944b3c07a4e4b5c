/**
 * The Luyang example's tables read right on their own: the pre-built filtered lists say what their
 * count holds (the home page's 22 省级项目 links to a list of 30 entries), their 变化 column tells
 * which way a merger went, and the standards table gives its increases in their unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const text = (path: string) =>
  readFileSync(join(inject('distRoot'), path), 'utf8')
    .replace(/<script[^]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('a level’s list', () => {
  const provincial = text('luyang-2017/projects/level/provincial/index.html');

  it('says how many of its entries are carried out this year, as the home page counts them', () => {
    expect(text('index.html')).toMatch(/22 省级项目/);
    expect(provincial).toContain('本页列出 30 项，其中本年实施 22 项；另 1 项退出实施、7 项已整合归并。');
  });

  it('says nothing of the kind where every entry is carried out, or none is', () => {
    expect(text('luyang-2017/projects/level/district/index.html')).not.toContain('本页列出');
    expect(text('luyang-2017/projects/standing/withdrawn/index.html')).not.toContain('本页列出');
  });

  it('is said of a topic’s list too: 住房 holds the withdrawn 城市老旧小区整治', () => {
    expect(text('luyang-2017/topics/housing/index.html')).toContain('本页列出 2 项，其中本年实施 1 项；另 1 项退出实施。');
  });

  it('tells the project others were merged into from those merged away', () => {
    expect(provincial).toContain('由农村五保供养及运行维护、孤儿基本生活保障并入');
    expect(provincial).toContain('并入“特困人员供养及生活无着人员救助”');
    expect(provincial).not.toContain('并入：');
  });

  it('separates a project’s changes in its 变化 cell, for a screen reader and a copy too (提标扩面，由…并入)', () => {
    const html = readFileSync(join(inject('distRoot'), 'luyang-2017/projects/level/provincial/index.html'), 'utf8');
    const row = /<tr[^>]*>(?:(?!<\/tr>)[^])*?\/projects\/resident-medical-insurance\/"(?:(?!<\/tr>)[^])*<\/tr>/.exec(html)![0];
    expect(row.replace(/<[^>]+>/g, '')).toContain('提标扩面，由城镇居民基本医疗保险并入');
  });
});

describe('the site’s own words', () => {
  it('are marked as the site’s: the glossary on the about page, and its gloss of a standing on a project page', () => {
    expect(text('about/index.html')).toContain('以下解释是本站为便于理解所写，不是所据文件的原文');
    expect(text('luyang-2017/projects/legal-aid/index.html')).toMatch(/继续实施 ?（本站解释：/);
  });
});

describe('the standards table', () => {
  it('gives each increase signed, in the standard’s unit, as its two amounts', () => {
    const row = /<tr>\s*<th scope="row">高校毕业生就业见习补助标准[^]*?<\/tr>/.exec(readFileSync(join(inject('distRoot'), 'luyang-2017/standards/index.html'), 'utf8'))?.[0] ?? '';
    const cells = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['+200元/人/月', '+33.3%']);
  });
});
