/**
 * robots.txt: everything may be crawled (pages that should stay out of indexes say `noindex`
 * themselves) and the sitemap is named. Crawlers read robots.txt only at the root of a host, so
 * under a sub-path deployment the host's own robots.txt should repeat the Sitemap line. A preview
 * build knows no origin, and the Sitemap line must be an absolute URL: it is left out then.
 */
export function robotsTxt(sitemapUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl === null ? '' : `\nSitemap: ${sitemapUrl}\n`}`;
}
