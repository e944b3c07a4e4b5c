/**
 * Names and addresses of the published data files. File names are part of the public interface
 * (docs/open-data.md): change them only with a new format version.
 */

/** Folder of every data file, relative to the site base. */
export const DATA_DIR = 'data/';
/** Pages and site-level files are the route table's (src/lib/site/routes.ts). */
export { DATA_PAGE_PATH, DICTIONARY_PAGE_PATH, FEED_PATH, programmeDataPagePath } from '../site/routes.ts';
/** Checksum list, written after the build by scripts/lib/post-build/checksums.ts. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** Site path of a data file given its path inside data/, e.g. `data/projects.csv`. */
export const dataPath = (file: string) => `${DATA_DIR}${file}`;
/** Path inside data/ of one project's file. */
export const projectDataFile = (programme: string, id: string, ext: 'json' | 'csv') => `${programme}/projects/${id}.${ext}`;
/** Path inside data/ of the JSON Schema of a published JSON file kind. */
export const schemaFile = (name: string) => `schema/${name}.schema.json`;

/** Absolute URL of a site path under the site base (which ends in `/`). */
export function absoluteUrl(siteBase: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), siteBase).href;
}

/** Absolute site base from Astro's `site` and `base`, e.g. https://example.gov.cn/minsheng/ */
export function siteBaseUrl(site: string, base: string): string {
  return new URL(base.endsWith('/') ? base : `${base}/`, site).href;
}
