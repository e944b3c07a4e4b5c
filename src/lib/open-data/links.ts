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

/**
 * URL of a site path under the site base (which ends in `/`): absolute under a published site's
 * base (https://example.gov.cn/minsheng/), site-relative (/minsheng/x/) under a preview's
 * (src/lib/site/origin.ts), which knows no origin.
 */
export function absoluteUrl(siteBase: string, path: string): string {
  const relative = path.replace(/^\/+/, '');
  if (siteBase.startsWith('/')) return new URL(relative, `http://preview.invalid${siteBase}`).href.slice('http://preview.invalid'.length);
  return new URL(relative, siteBase).href;
}
