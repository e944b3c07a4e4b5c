/**
 * The top-level folders of a built site that the build's tools write and that hold no pages: the
 * one home of their names, read by the route table (src/lib/site/routes.ts, which reserves them),
 * astro.config.mjs (Astro's `build.assets`), the Pagefind step and every walk over a site's pages.
 * A module of its own, without imports, so that astro.config.mjs loads nothing more for it.
 */

/** Astro's bundled styles and scripts (astro.config.mjs `build.assets`). */
export const ASSETS_FOLDER = '_assets';
/** The site-search index Pagefind writes after the build, a bundle per programme under it (scripts/lib/post-build/pagefind.ts). */
export const SEARCH_INDEX_FOLDER = 'pagefind';
/** The folders above: what a walk over a built site's pages leaves out. */
export const NON_PAGE_FOLDERS: ReadonlySet<string> = new Set([SEARCH_INDEX_FOLDER, ASSETS_FOLDER]);
