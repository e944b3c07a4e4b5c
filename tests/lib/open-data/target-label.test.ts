/**
 * Target phrases written as their source writes them: the number in the quote's form, the
 * quote's qualifier word, and the item before or after the number as the quote has it.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/io/read-content.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { targetLabel, targetSourceForm } from '../../../src/lib/open-data/target-label.ts';
import { targetSchema } from '../../../src/schemas/project.ts';
import { CANGNAN_EXAMPLE, exampleDir } from '../../support/example-content.ts';
import { cite } from '../../support/records.ts';

const phrase = (quote: string, fields: Record<string, unknown>) => targetLabel(targetSchema.parse({ citations: [cite('p1', quote)], ...fields }));

describe('a target phrase', () => {
  it('writes the number as the quote does, with the item where the quote puts it (改造面积3万平方米, not 30000平方米改造面积)', () => {
    expect(phrase('改造面积3万平方米', { item: '改造面积', action: null, quantity: 30000, unit: '平方米' })).toBe('改造面积3万平方米');
    expect(phrase('新增农村居家养老服务照料中心30家', { item: '农村居家养老服务照料中心', action: '新增', quantity: 30, unit: '家' })).toBe('新增农村居家养老服务照料中心30家');
    expect(phrase('2017年建成11个全民健身苑。', { item: '全民健身苑', action: '建成', quantity: 11, unit: '个', year: 2017 })).toBe('2017年建成11个全民健身苑');
    expect(phrase('全年新增就业岗位3.1万个', { item: '就业岗位', action: '新增', quantity: 31000, unit: '个' })).toBe('新增就业岗位3.1万个');
    expect(phrase('新建三十三所幼儿园', { item: '幼儿园', action: '新建', quantity: 33, unit: '所' })).toBe('新建三十三所幼儿园');
    expect(phrase('补助2万元', { item: '补助', action: null, quantity: 2, unit: '万元' })).toBe('补助2万元');
    expect(phrase('新建幼儿园10至15所', { item: '幼儿园', action: '新建', quantity: 10, quantityMax: 15, unit: '所' })).toBe('新建幼儿园10至15所');
    expect(phrase('培训1000余人', { item: '培训', action: null, quantity: 1000, unit: '人', qualifier: 'above' })).toBe('培训1000余人');
  });

  it('uses the quote’s qualifier word on its side of the number', () => {
    expect(phrase('新增普惠性幼儿园45所以上、等级幼儿园7所以上', { item: '等级幼儿园', action: '新增', quantity: 7, unit: '所', qualifier: 'above' })).toBe(
      '新增等级幼儿园7所以上',
    );
    expect(phrase('开展困难职工帮扶至少286人次', { item: '困难职工帮扶', action: '开展', quantity: 286, unit: '人次', qualifier: 'at-least' })).toBe('开展困难职工帮扶至少286人次');
    expect(phrase('农村低保标准年均增幅不低于4.5%', { item: '农村低保标准年均增幅', measure: 'rate', quantity: 4.5, unit: '%', qualifier: 'at-least' })).toBe(
      '农村低保标准年均增幅不低于4.5%',
    );
    expect(phrase('城镇居民收入增长约百分之七', { item: '城镇居民收入增长', measure: 'rate', quantity: 7, unit: '%', qualifier: 'about' })).toBe('城镇居民收入增长约百分之七');
  });

  it('keeps a share’s order as the source has it: the share of the reference, then its verb', () => {
    const share = { item: '养老服务补贴', action: '享有', measure: 'share', quantity: 2.5, unit: '%', qualifier: 'at-least', reference: '老年人' };
    expect(phrase('实现全县不少于2.5%的老年人享有养老服务补贴', share)).toBe('不少于2.5%的老年人享有养老服务补贴');
    expect(phrase('老年人享有养老服务补贴不低于2.5%', share)).toBe('老年人享有养老服务补贴不低于2.5%');
  });

  it('takes the nearest writing of a number the quote writes more than once', () => {
    const quote = '新增专用停车位1000个、公共停车位200个、景区停车位300个、公共自行车1000辆';
    expect(targetSourceForm(quote, targetSchema.parse({ citations: [cite('p1', quote)], item: '公共自行车', action: '新增', quantity: 1000, unit: '辆' }))).toMatchObject({
      number: '1000',
      itemFirst: true,
    });
    expect(phrase(quote, { item: '公共自行车', action: '新增', quantity: 1000, unit: '辆' })).toBe('新增公共自行车1000辆');
  });

  it('falls back to the sources’ commonest pattern where no quote writes the number', () => {
    expect(phrase('原文', { item: '普惠性幼儿园', action: '新增', quantity: 45, unit: '所', qualifier: 'above' })).toBe('新增45所以上普惠性幼儿园');
    expect(phrase('原文', { item: '幼儿园', action: '新建', quantity: 10, quantityMax: 15, unit: '所' })).toBe('新建10—15所幼儿园');
  });
});

describe('every target of the Cangnan example', () => {
  const { content, problems } = validateContent(readContent(exampleDir(CANGNAN_EXAMPLE)));
  const targets = content.projects.flatMap((p) => p.targets.map((target, i) => ({ where: `${p.id} targets.${i}`, target })));

  it('reads as its source: its quote’s own words, or the verb it shares with the targets before it and its own words', () => {
    expect(problems).toEqual([]);
    expect(targets.length).toBeGreaterThan(20);
    for (const { where, target } of targets) {
      const label = targetLabel(target);
      const quotes = target.citations.map((c) => c.quote);
      const verbatim = quotes.some((q) => q.includes(label));
      const sharedVerb =
        target.action !== null &&
        label.startsWith(target.action) &&
        quotes.some((q) => q.includes(target.action!) && q.slice(q.indexOf(target.action!)).includes(label.slice(target.action!.length)));
      expect(verbatim || sharedVerb, `${where}: ${label} / ${quotes.join(' / ')}`).toBe(true);
    }
  });

  it('writes the two the review named as the 公告 does', () => {
    const labels = targets.map((t) => targetLabel(t.target));
    expect(labels).toContain('改造面积3万平方米');
    expect(labels).toContain('不少于2.5%的老年人享有养老服务补贴');
    expect(labels.join('\n')).not.toMatch(/30000|享有不少于/);
  });
});
