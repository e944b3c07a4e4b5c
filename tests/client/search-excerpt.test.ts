import { describe, expect, it } from 'vitest';
import { chinesePunctuation, completeFigures, excerptParts, readableExcerpt, showsSummary } from '../../src/client/search-excerpt.ts';

describe('excerptParts', () => {
  it('keeps <mark> runs as highlighted parts', () => {
    expect(excerptParts('将<mark>见习</mark>补助标准')).toEqual([
      { text: '将', mark: false },
      { text: '见习', mark: true },
      { text: '补助标准', mark: false },
    ]);
  });

  it('turns every other tag into plain text, so page content cannot inject markup', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt;<mark>孤儿</mark><script>x</script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: '孤儿', mark: true },
      { text: '<script>x</script>', mark: false },
    ]);
  });

  it('copes with an empty excerpt and unbalanced marks', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark>五保')).toEqual([{ text: '五保', mark: true }]);
  });
});

describe('completeFigures', () => {
  // As Pagefind gives a page's text: its Chinese words joined, the segmentation's cuts invisible.
  const content = '完善养老服务补贴制度,实现全县不少于2.5%的老年人享有养老服务补贴。新建改造道路10条,公交站点30个。';
  const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => p.text).join('');

  it('completes a figure the excerpt’s last word cuts (2.5 of 2.5%), keeping the highlight', () => {
    const parts = completeFigures(excerptParts('完善<mark>养老</mark>服务补贴制度,实现全县不少于2.5'), content);
    expect(text(parts)).toBe('完善养老服务补贴制度,实现全县不少于2.5%');
    expect(parts[1]).toEqual({ text: '养老', mark: true });
  });

  it('completes a figure the excerpt’s first word cuts (% of 2.5%, .5% of 2.5%)', () => {
    expect(text(completeFigures(excerptParts('%的<mark>老年人</mark>'), content))).toBe('2.5%的老年人');
    expect(text(completeFigures(excerptParts('.5%的老年人'), content))).toBe('2.5%的老年人');
  });

  it('adds nothing where the figure is whole, a comma is punctuation, or the excerpt is not in the text', () => {
    const whole = excerptParts('新建改造道路10条,公交站点30个');
    expect(completeFigures(whole, content)).toEqual(whole);
    const beforeComma = excerptParts('新建改造道路10');
    expect(text(completeFigures(beforeComma, content))).toBe('新建改造道路10');
    expect(text(completeFigures(excerptParts('不少于3'), content))).toBe('不少于3');
    expect(completeFigures(excerptParts('不少于2.5'), undefined)).toEqual(excerptParts('不少于2.5'));
    // A decimal point is not taken without a digit after it.
    expect(text(completeFigures(excerptParts('补贴'), '补贴.'))).toBe('补贴');
    expect(text(completeFigures(excerptParts('共2'), '共2.。'))).toBe('共2');
  });

  it('keeps a figure’s sign when it completes the figure’s start (-11.1%, not 11.1%)', () => {
    expect(text(completeFigures(excerptParts('.1%（本站计算）'), '50元/人（-5元，-11.1%（本站计算）'))).toBe('-11.1%（本站计算）');
  });

  it('completes nothing where the excerpt occurs twice in the text, since which one it is cannot be told', () => {
    const twice = '补贴提高到450元。另一项补贴提高到4.5%。';
    expect(text(completeFigures(excerptParts('补贴提高到4'), twice))).toBe('补贴提高到4');
  });

  it('leaves the parts it was given unchanged', () => {
    const parts = excerptParts('不少于2.5');
    completeFigures(parts, content);
    expect(parts).toEqual([{ text: '不少于2.5', mark: false }]);
  });
});

describe('chinesePunctuation', () => {
  const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => p.text).join('');

  it('writes Pagefind’s joins between elements as Chinese punctuation, across a highlighted word too', () => {
    expect(text(chinesePunctuation(excerptParts('农村居民最低生活保障. 省级继续实施. 原文出处')))).toBe('农村居民最低生活保障。省级继续实施。原文出处');
    const parts = chinesePunctuation(excerptParts('最低生活<mark>保障</mark>. 省级'));
    expect(parts).toEqual([
      { text: '最低生活', mark: false },
      { text: '保障', mark: true },
      { text: '。省级', mark: false },
    ]);
    // Joins as Pagefind 1.6 writes them on this site's pages (a space alone after punctuation and closing brackets).
    expect(text(chinesePunctuation(excerptParts('11个全民健身苑。 量化目标. 2017年建成')))).toBe('11个全民健身苑。量化目标。2017年建成');
    expect(text(chinesePunctuation(excerptParts('就业见习补助标准（省级财政补助） 800元/人/月')))).toBe('就业见习补助标准（省级财政补助）800元/人/月');
    expect(text(chinesePunctuation(excerptParts('出处：通知原文第 28 段. 相关词：病人')))).toBe('出处：通知原文第 28 段。相关词：病人');
    // Table cells: a figure, then a signed figure.
    expect(text(chinesePunctuation(excerptParts('450元/人. 5. -11.1%')))).toBe('450元/人。5。-11.1%');
  });

  it('drops a join the excerpt starts with, after the ellipsis or not', () => {
    expect(text(chinesePunctuation(excerptParts('…. 省级继续实施')))).toBe('…省级继续实施');
    expect(text(chinesePunctuation(excerptParts('. 省级继续实施')))).toBe('省级继续实施');
  });

  it('leaves other full stops and spaces as they are', () => {
    expect(text(chinesePunctuation(excerptParts('CC BY 4.0. 许可 数据字典 2.5')))).toBe('CC BY 4.0. 许可 数据字典 2.5');
    expect(text(chinesePunctuation(excerptParts('段落编号，如 p12. p30. records')))).toBe('段落编号，如 p12. p30. records');
  });
});

describe('readableExcerpt', () => {
  it('completes a figure inside Pagefind’s ellipses and writes the joins as Chinese punctuation', () => {
    const content = '居民最低生活保障. 不少于2.5%的老年人. 其他';
    expect(readableExcerpt('…最低生活<mark>保障</mark>. 不少于2.5…', content)).toEqual([
      { text: '…最低生活', mark: false },
      { text: '保障', mark: true },
      { text: '。不少于2.5%…', mark: false },
    ]);
    expect(readableExcerpt('…%的老年人…', content).map((p) => p.text)).toEqual(['…2.5%的老年人…']);
    expect(readableExcerpt('…', content).map((p) => p.text)).toEqual(['…']);
  });
});

describe('showsSummary', () => {
  const content = '城乡居民基本医疗保险. 省级继续实施. 出处：通知原文第 19 段. 相关词：补贴 就医 看病 新农合 医保 治病.';
  const meta = { summary: '庐阳区2017年实施“29+8”项民生工程的通知：城乡居民基本医疗保险（省级，继续实施）' };
  it('is true for a hit matched only in the hidden search words', () => {
    expect(showsSummary({ excerpt: '相关词：补贴 <mark>看病</mark>', content, meta, weighted_locations: [{ weight: 2 }] })).toBe(true);
  });

  it('is true for an excerpt that runs into them, with their lead or cut after it', () => {
    expect(showsSummary({ excerpt: '…第 19 段. 相关词：补贴 就医 看病 <mark>新农合</mark> 医保 治病.', content, meta, weighted_locations: [{ weight: 1 }, { weight: 2 }] })).toBe(
      true,
    );
    expect(showsSummary({ excerpt: '…就医 看病 <mark>新农合</mark> 医保…', content, meta, weighted_locations: [{ weight: 1 }, { weight: 2 }] })).toBe(true);
  });

  it('is false for an excerpt of the page’s own text', () => {
    expect(showsSummary({ excerpt: '<mark>城乡居民</mark>基本医疗保险. 省级继续实施…', content, meta, weighted_locations: [{ weight: 7 }, { weight: 2 }] })).toBe(false);
    expect(showsSummary({ excerpt: '<mark>城乡居民</mark>基本医疗保险', content: '城乡居民基本医疗保险', meta, weighted_locations: [{ weight: 7 }] })).toBe(false);
  });

  it('is false where the lead is the page’s own text, followed by more of it, or where the page has no summary to show', () => {
    const own = '说明. 相关词：指与本项目有关的词语. 原文出处.';
    expect(showsSummary({ excerpt: '说明. <mark>相关词</mark>：指与本项目有关的词语…', content: own, meta, weighted_locations: [{ weight: 1 }] })).toBe(false);
    expect(showsSummary({ excerpt: '相关词：补贴 <mark>看病</mark>', content, meta: {}, weighted_locations: [{ weight: 2 }] })).toBe(false);
  });
});
