/**
 * Site-wide tables that stay within CDN limits: a table file whose bytes would pass the limit is
 * published as parts, one per programme (`<name>/part-<programme>.<ext>`, e.g.
 * `projects/part-luyang-2017.json`), and the whole file is not published. Each part is a file of the
 * catalogue's kind (catalogue.ts `partPath`), so the data page, datapackage.json, catalog.jsonld and
 * the checksums list the parts as they list any file. Below the limit nothing changes.
 */

/** The default limit: 25 MiB, a common CDN per-file limit (Cloudflare Pages). */
export const DEFAULT_FILE_LIMIT = 25 * 1024 * 1024;
