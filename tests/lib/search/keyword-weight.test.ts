import { describe, expect, it } from 'vitest';
import { KEYWORD_WEIGHT, matchedOnlyInKeywords } from '../../../src/lib/search/keyword-weight.ts';

describe('a hit found only through the hidden search words', () => {
  it('is one whose every match has the weight of that paragraph', () => {
    expect(matchedOnlyInKeywords([{ weight: KEYWORD_WEIGHT }, { weight: KEYWORD_WEIGHT }])).toBe(true);
  });
  it('is not one that also matched the page text or a heading', () => {
    expect(matchedOnlyInKeywords([{ weight: KEYWORD_WEIGHT }, { weight: 1 }])).toBe(false);
    expect(matchedOnlyInKeywords([{ weight: 7 }])).toBe(false);
  });
  it('is not assumed when Pagefind reports no locations', () => {
    expect(matchedOnlyInKeywords([])).toBe(false);
    expect(matchedOnlyInKeywords(undefined)).toBe(false);
  });
});
