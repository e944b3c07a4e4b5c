import { absoluteUrl } from './links.ts';
import { escapeXml } from './xml.ts';

/**
 * The sitemap protocol's limits per file (sitemaps.org): 50 000 URLs and 50 MiB uncompressed. A
 * sitemap over either is written as a sitemap index (still `sitemap.xml`, so robots.txt keeps
 * naming it) pointing to numbered sitemaps, `sitemap-1.xml`, `sitemap-2.xml` …, each within both.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 2 ** 20 } as const;

/** The sitemap's own path, and the path of its `n`th part (from 1) when it is split. */
export const SITEMAP_FILE = 'sitemap.xml';
export const sitemapPartFile = (n: number) => `sitemap-${n}.xml`;

const HEAD = '<?xml version="1.0" encoding="utf-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const urlset = (lines: readonly string[]) => [HEAD, `<urlset xmlns="${NS}">`, ...lines, '</urlset>', ''].join('\n');

/** A sitemap (sitemaps.org 0.9) of absolute page URLs; no lastmod, since none is known per page. */
export function sitemapXml(siteBase: string, paths: readonly string[]): string {
  return urlset(paths.map((p) => urlLine(siteBase, p)));
}

const urlLine = (siteBase: string, path: string) => `  <url><loc>${escapeXml(absoluteUrl(siteBase, path))}</loc></url>`;
const bytesOf = (text: string) => new TextEncoder().encode(text).byteLength;

/** One file of the sitemap: its path relative to the site base, and its text. */
export interface SitemapFile {
  path: string;
  xml: string;
}

/**
 * The sitemap's files: `sitemap.xml` alone (exactly {@link sitemapXml}) within the limits;
 * otherwise `sitemap.xml` as a sitemap index of the numbered parts, which hold the URLs in order,
 * each part as many as fit within both limits. `limits.urls` is lowered by
 * `MINSHENG_SITEMAP_URL_LIMIT` for tests.
 */
export function sitemapFiles(siteBase: string, paths: readonly string[], limits: { urls: number; bytes: number } = SITEMAP_LIMITS): SitemapFile[] {
  const whole = sitemapXml(siteBase, paths);
  if (paths.length <= limits.urls && bytesOf(whole) <= limits.bytes) return [{ path: SITEMAP_FILE, xml: whole }];
  const frame = bytesOf(urlset([]));
  const parts: string[][] = [];
  let current: string[] = [];
  let bytes = frame;
  for (const path of paths) {
    const line = urlLine(siteBase, path);
    const size = bytesOf(line) + 1;
    if (current.length > 0 && (current.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push(current);
      current = [];
      bytes = frame;
    }
    if (frame + size > limits.bytes) throw new Error(`sitemap: the URL of ${path} alone passes the sitemap size limit`);
    current.push(line);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  const files = parts.map((lines, i) => ({ path: sitemapPartFile(i + 1), xml: urlset(lines) }));
  const index = [
    HEAD,
    `<sitemapindex xmlns="${NS}">`,
    ...files.map((f) => `  <sitemap><loc>${escapeXml(absoluteUrl(siteBase, f.path))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ path: SITEMAP_FILE, xml: index }, ...files];
}
