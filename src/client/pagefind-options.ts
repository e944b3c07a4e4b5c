/**
 * The options every search of ours runs Pagefind with: the sites' search (pagefind-loader.ts), the
 * shard plan portal's search (scripts/shards/portal-pages.ts compiles this module for it) and the
 * tests' searches. Plain data, importing only the excerpt module, so that the portal can serve a copy.
 */

import { EXCERPT_ELLIPSIS } from './search-excerpt.ts';

/**
 * On the main thread (`noWorker`: the index is small, and the worker would be one more 43 KB
 * download), excerpts of 30 words, cut text marked with {@link EXCERPT_ELLIPSIS} (Pagefind marks
 * none by default, and the excerpts' figure completion looks for it).
 */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 30, excerptEllipsis: EXCERPT_ELLIPSIS } as const;
