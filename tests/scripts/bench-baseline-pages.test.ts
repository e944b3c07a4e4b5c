/** The benchmark's yardstick copies our pages' text: read back from a real build's Pagefind fragments. */
import { describe, expect, inject, it } from 'vitest';
import { baselinePagesFrom, indexedTexts, plainText } from '../../scripts/lib/bench/baseline-pages.ts';
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';

const dist = inject('distRoot');

describe('the baseline pages', () => {
  it('are one per page we built, indexed exactly where we indexed', () => {
    const ours = listSitePages(dist, new Set(['pagefind', '_assets']));
    const pages = baselinePagesFrom(dist);
    expect(pages).toHaveLength(ours.length);
    expect(pages.filter((p) => p.indexed)).toHaveLength(indexedTexts(dist).size);
    const legalAid = pages[ours.findIndex((p) => p.path === 'luyang-2017/projects/legal-aid/')]!;
    expect(legalAid).toMatchObject({ title: '城乡困难群体法律援助', indexed: true });
    // Pagefind's word breaks (zero-width spaces) are gone, so the baseline's Pagefind segments afresh.
    expect(legalAid.text).toContain('城乡困难群体法律援助');
    expect(legalAid.text).not.toMatch(/\u200b/);
    const home = pages[ours.findIndex((p) => p.path === '')]!;
    expect(home.indexed).toBe(false);
    expect(home.text.length).toBeGreaterThan(20);
    expect(home.text).not.toContain('<');
  });

  it('take the text of HTML without tags, entities decoded', () => {
    expect(plainText('<p>低保 &amp; 五保</p>\n<p>每人每月&lt;800&gt;元</p>')).toBe('低保 & 五保 每人每月<800>元');
  });
});
