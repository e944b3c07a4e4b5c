/**
 * Runs Pagefind searches inside a real Chromium page of the built site, through the same
 * /pagefind/pagefind.js and options the search page uses, with every programme's shard merged in
 * (pagefind/shards.json), and returns what a visitor would see.
 */
import { PAGEFIND_OPTIONS } from '../../src/client/pagefind-options.ts';
import type { Page } from '../support/browser.ts';

export interface Hit {
  /** URL as Pagefind reports it, including the base path. */
  url: string;
  title: string;
  filters: Record<string, string[]>;
  excerpt: string;
  /** The page's whole indexed text (Pagefind's word-break markers removed). */
  content: string;
}

/** Loads Pagefind into `page` (which must be a page of the site served at `siteUrl`). */
export async function loadPagefindInto(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}search/`);
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  await page.evaluate(`(async () => {
    if (globalThis.__pf) return;
    const pf = await import(${JSON.stringify(`${siteUrl}pagefind/pagefind.js`)});
    await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)});
    await pf.init();
    // Every programme's shard of the index, as the search page merges them when its scope is all.
    const list = await (await fetch(${JSON.stringify(`${siteUrl}pagefind/shards.json`)})).json();
    for (const s of list.shards) await pf.mergeIndex(${JSON.stringify(`${siteUrl}pagefind/`)} + s.programme + '/');
    globalThis.__pf = pf;
  })()`);
}

/** The first `limit` hits for `query` (null: filters only), with their fragment data. */
export function search(page: Page, query: string | null, filters: Record<string, string> = {}, limit = 3): Promise<Hit[]> {
  return page.evaluate(
    async ({ query, filters, limit }) => {
      type Data = { url: string; excerpt: string; content: string; meta: { title?: string }; filters: Record<string, string[]> };
      type Pf = { search(q: string | null, o: object): Promise<{ results: { data(): Promise<Data> }[] }> };
      const pf = (globalThis as unknown as { __pf: Pf }).__pf;
      const response = await pf.search(query, { filters });
      const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title ?? '', filters: d.filters, excerpt: d.excerpt, content: d.content.replace(/\u200B/g, '') }));
    },
    { query, filters, limit },
  );
}
