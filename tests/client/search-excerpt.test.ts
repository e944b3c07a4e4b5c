import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/client/search-excerpt.ts';

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
