/**
 * The baseline's pages, taken from a finished build of ours: one plain page per page we built, with
 * the same text. For a page we index, the text is exactly what Pagefind indexed (read back from its
 * fragment files, so the baseline indexes the same words); for a page we leave out of the index
 * (lists, search, 404), the text of its <main>, and the baseline leaves it out too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { withoutUnindexedElements } from '../post-build/pagefind-html.ts';
import { listSitePages } from '../post-build/site-pages.ts';
import { NON_PAGE_FOLDERS, SEARCH_INDEX_FOLDER } from '../../../src/lib/site/site-folders.ts';

/** One plain page of the baseline. */
export interface BaselinePage {
  /** Folder name of the page under /p/. */
  slug: string;
  title: string;
  text: string;
  /** Whether the baseline indexes it (whether we did). */
  indexed: boolean;
}

/** Pagefind's fragment files are gzip'd JSON behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
/** Pagefind marks the word breaks it found in Chinese text with zero-width spaces. */
const WORD_BREAK = /\u200b/g;

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

/**
 * The fragment folders of a built site's search index: the primary bundle's (`pagefind/fragment/`)
 * and each programme bundle's (`pagefind/<programme>/fragment/`, src/lib/search/scope.ts). Reading
 * the primary one alone left every older programme's pages unindexed in the baseline, which then
 * indexed a fraction of our text and made the ratio look far worse than it was.
 */
function fragmentFolders(distDir: string): string[] {
  const root = join(distDir, SEARCH_INDEX_FOLDER);
  const bundles = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'fragment' && existsSync(join(root, e.name, 'fragment')))
    .map((e) => join(root, e.name, 'fragment'));
  return [join(root, 'fragment'), ...bundles.sort()];
}

/** What Pagefind indexed of each page of a built site, by URL, over every bundle of its index. */
export function indexedTexts(distDir: string): Map<string, { title: string; text: string }> {
  const texts = new Map<string, { title: string; text: string }>();
  for (const folder of fragmentFolders(distDir)) {
    for (const file of readdirSync(folder)) {
      const raw = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      if (!raw.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`not a Pagefind fragment: ${file}`);
      const f = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
      texts.set(f.url, { title: f.meta.title ?? '', text: f.content.replace(WORD_BREAK, '') });
    }
  }
  return texts;
}

/** Text of an HTML fragment: tags dropped, entities of the five XML characters decoded, spaces collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One baseline page per HTML page of the built site at `distDir`, in path order. */
export function baselinePagesFrom(distDir: string): BaselinePage[] {
  const indexed = indexedTexts(distDir);
  return listSitePages(distDir, NON_PAGE_FOLDERS).map((page, i) => {
    const slug = String(i + 1);
    const hit = indexed.get(`/${page.path}`);
    if (hit) return { slug, title: hit.title, text: hit.text, indexed: true };
    const html = readFileSync(page.file, 'utf8');
    const title = plainText(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
    const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    return { slug, title, text: plainText(withoutUnindexedElements(main)), indexed: false };
  });
}
