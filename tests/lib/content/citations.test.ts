/** Which citations a page quotes to its reader. */
import { describe, expect, it } from 'vitest';
import { distinctQuotes } from '../../../src/lib/content/citations.ts';

const cite = (paragraph: string, quote: string) => ({ source: 'notice', paragraph, quote });

describe('distinctQuotes', () => {
  it('drops a quote contained in a longer quote of the same paragraph, wherever the longer one comes', () => {
    const long = cite('p11', '由2016年每人每月600元提高到800元');
    expect(distinctQuotes([cite('p11', '800元'), long])).toEqual([long]);
    expect(distinctQuotes([long, cite('p11', '600元')])).toEqual([long]);
  });

  it('keeps a quote given twice once, the first', () => {
    const first = cite('p5', '新增实施3项');
    expect(distinctQuotes([first, { ...cite('p5', '新增实施3项'), source: 'other' }])).toEqual([first]);
  });

  it('keeps the same words quoted from different paragraphs, in their order', () => {
    const quotes = [cite('p6', '新增实施'), cite('p24', '新增实施'), cite('p3', '37项民生工程')];
    expect(distinctQuotes(quotes)).toEqual(quotes);
  });
});
