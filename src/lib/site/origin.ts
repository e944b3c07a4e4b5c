/**
 * Where the site is published, from the two places that may say so: the SITE_URL variable
 * (src/config/deployment.ts) and `url` in site.yaml (validated with the content). A build with
 * neither is a preview: it publishes no absolute URL at all (every link, citation, data file,
 * feed and sitemap then carries site-relative paths), rather than one pointing at localhost.
 */

/** The origin the site is published at, without a trailing slash (SITE_URL wins), or null for a preview. */
export function publishedOrigin(deploymentSiteUrl: string | null, siteConfigUrl: string | null): string | null {
  return deploymentSiteUrl ?? siteConfigUrl ?? null;
}

/**
 * The base every published URL is made from: the origin with the base path
 * (`https://example.gov.cn/minsheng/`), or for a preview the base path alone (`/minsheng/`).
 */
export function publishedSiteBase(origin: string | null, base: string): string {
  const path = base.endsWith('/') ? base : `${base}/`;
  return origin === null ? path : new URL(path, `${origin}/`).href;
}

/** Whether a site base (from {@link publishedSiteBase}) is a preview's, site-relative one. */
export const isPreviewBase = (siteBase: string): boolean => siteBase.startsWith('/');
