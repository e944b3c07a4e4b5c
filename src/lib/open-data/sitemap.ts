import { absoluteUrl } from './links.ts';
import { escapeXml } from './xml.ts';

/** A sitemap (sitemaps.org 0.9) of absolute page URLs; no lastmod, since none is known per page. */
export function sitemapXml(siteBase: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(absoluteUrl(siteBase, p))}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
