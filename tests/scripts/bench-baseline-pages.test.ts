/** The benchmark's yardstick copies our pages' text: read back from a real build's Pagefind fragments. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { baselinePagesFrom, indexedTexts, plainText } from '../../scripts/lib/bench/baseline-pages.ts';
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';
import { NON_PAGE_FOLDERS } from '../../src/lib/site/site-folders.ts';

const dist = inject('distRoot');

describe('the baseline pages', () => {
  it('are one per page we built, indexed exactly where we indexed', () => {
    const ours = listSitePages(dist, NON_PAGE_FOLDERS);
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

  it('read the fragments of every bundle of a split index, the programme bundles too', () => {
    // A split index (src/lib/search/scope.ts): the primary bundle and one per older programme.
    const site = mkdtempSync(join(tmpdir(), 'minsheng-baseline-'));
    const fragment = (folder: string, url: string, title: string) => {
      mkdirSync(folder, { recursive: true });
      const json = JSON.stringify({ url, content: `${title}\u200b正文`, meta: { title } });
      writeFileSync(join(folder, `${title}.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
    };
    fragment(join(site, 'pagefind', 'fragment'), '/new-2018/', '新计划');
    fragment(join(site, 'pagefind', 'old-2017', 'fragment'), '/old-2017/', '旧计划');
    const texts = indexedTexts(site);
    expect([...texts.keys()].sort()).toEqual(['/new-2018/', '/old-2017/']);
    expect(texts.get('/old-2017/')).toEqual({ title: '旧计划', text: '旧计划正文' });
  });
});
