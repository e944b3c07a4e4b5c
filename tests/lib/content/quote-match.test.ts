/** Locating a quote that is not word for word where it is cited (src/lib/content/quote-match.ts). */
import { describe, expect, it } from 'vitest';
import { describeDifferences, locateQuote } from '../../../src/lib/content/quote-match.ts';

const PARAGRAPHS = [
  { id: 'p1', text: '各县区人民政府、开发区管委会，市有关单位：' },
  { id: 'p2', text: '2017年，省政府确定实施33项民生工程。其中，我区实际实施22项。' },
  { id: 'p3', text: '（一）新增实施3项。' },
];

describe('locateQuote', () => {
  it('keeps the cited paragraph when it holds the quote', () => {
    expect(locateQuote('新增实施3项', PARAGRAPHS, 'p3')).toEqual({ paragraph: 'p3', passage: '新增实施3项', differences: [] });
  });

  it('names the paragraph that holds the quote word for word', () => {
    expect(locateQuote('我区实际实施22项', PARAGRAPHS, 'p3')).toMatchObject({ paragraph: 'p2', differences: [] });
  });

  it('finds a quote typed with a half-width comma, and shows the character', () => {
    const found = locateQuote('各县区人民政府、开发区管委会,市有关单位', PARAGRAPHS, 'p2')!;
    expect(found).toMatchObject({ paragraph: 'p1', passage: '各县区人民政府、开发区管委会，市有关单位' });
    expect(found.differences).toEqual([{ kind: 'replaced', quoted: ',', source: '，', at: 14 }]);
    expect(describeDifferences(found.differences).zh).toBe('第 15 字“,”应为“，”（原文为全角）');
  });

  it('finds a quote missing a full stop, and half-width brackets', () => {
    const found = locateQuote('省政府确定实施33项民生工程其中，我区', PARAGRAPHS)!;
    expect(found.paragraph).toBe('p2');
    expect(describeDifferences(found.differences).zh).toBe('第 15 字前缺少“。”');
    const brackets = locateQuote('(一)新增实施3项', PARAGRAPHS)!;
    expect(brackets.paragraph).toBe('p3');
    expect(describeDifferences(brackets.differences).zh).toBe('第 1 字“(”应为“（”（原文为全角）；第 3 字“)”应为“）”（原文为全角）');
  });

  it('finds nothing for words the source does not have', () => {
    expect(locateQuote('修建跨海大桥一座', PARAGRAPHS)).toBeNull();
  });
});
