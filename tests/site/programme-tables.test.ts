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
});

describe('the standards table', () => {
  it('gives each increase signed, in the standard’s unit, as its two amounts', () => {
    const row = /<tr>\s*<th scope="row">高校毕业生就业见习补助标准[^]*?<\/tr>/.exec(readFileSync(join(inject('distRoot'), 'luyang-2017/standards/index.html'), 'utf8'))?.[0] ?? '';
    const cells = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['+200元/人/月', '+33.3%']);
  });
});
