/**
 * Addresses of the data pages and site-level files, and how a data file's path becomes a URL. The
 * data files themselves, and their names, are in the catalogue (catalogue.ts).
 */

/** Folder of every data file, relative to the site base. */
export const DATA_DIR = 'data/';
/** Pages and site-level files are the route table's (src/lib/site/routes.ts). */
export { DATA_PAGE_PATH, DICTIONARY_PAGE_PATH, FEED_PATH, programmeDataPagePath } from '../site/routes.ts';

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
