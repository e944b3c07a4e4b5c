/**
 * Addresses of the data pages and site-level files, and how a data file's path becomes a URL. The
 * data files themselves, and their names, are in the catalogue (catalogue.ts).
 */

/** Folder of every data file, relative to the site base. */
export const DATA_DIR = 'data/';
/** The data page and the data dictionary page. */
export const DATA_PAGE_PATH = 'data/';
export const DICTIONARY_PAGE_PATH = 'data/dictionary/';
/** A programme's data page: its per-project files with their sizes and checksums. */
export const programmeDataPagePath = (programme: string) => `${DATA_DIR}${programme}/`;
/** Site-level machine-readable files. */
export const FEED_PATH = 'feed.xml';
export const SITEMAP_PATH = 'sitemap.xml';
export const ROBOTS_PATH = 'robots.txt';

/** Site path of a data file given its path inside data/, e.g. `data/projects.csv`. */
export const dataPath = (file: string) => `${DATA_DIR}${file}`;

/** Absolute URL of a site path under the site base (which ends in `/`). */
export function absoluteUrl(siteBase: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), siteBase).href;
}

/** Absolute site base from Astro's `site` and `base`, e.g. https://example.gov.cn/minsheng/ */
export function siteBaseUrl(site: string, base: string): string {
  return new URL(base.endsWith('/') ? base : `${base}/`, site).href;
}
