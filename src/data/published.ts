/**
 * Where this build is published: SITE_URL (src/config/deployment.ts) or else `url` in site.yaml
 * (the content), combined by src/lib/site/origin.ts. Null origin: a preview build, whose every
 * published URL is site-relative; it says so once on the console, and every page in a banner.
 */
import { DEPLOYMENT } from '../config/deployment.ts';
import { t } from '../i18n/index.ts';
import { SITEMAP_LIMITS, sitemapFiles, type SitemapFile } from '../lib/open-data/sitemap.ts';
import { publishedOrigin, publishedSiteBase } from '../lib/site/origin.ts';
import { sitemapPaths } from '../lib/site/routes.ts';
import { loadContent } from './content.ts';

let origin: Promise<string | null> | undefined;

/** The origin this build is published at, or null for a preview. */
export function loadPublishedOrigin(): Promise<string | null> {
  origin ??= loadContent().then(({ site }) => {
    const resolved = publishedOrigin(DEPLOYMENT.siteUrl, site.url);
    if (resolved === null) console.warn(t('cli.build.preview'));
    return resolved;
  });
  return origin;
}

/** The base published URLs are made from: absolute (https://x.gov.cn/minsheng/) or, for a preview, the base path. */
export async function loadSiteBase(): Promise<string> {
  return publishedSiteBase(await loadPublishedOrigin(), DEPLOYMENT.base);
}

let sitemap: Promise<SitemapFile[]> | undefined;

/**
 * The sitemap's files (src/lib/open-data/sitemap.ts): sitemap.xml alone, or, past the protocol's
 * limits (MINSHENG_SITEMAP_URL_LIMIT lowers the URL count), sitemap.xml as an index and its parts.
 */
export function loadSitemapFiles(): Promise<SitemapFile[]> {
  sitemap ??= (async () => {
    const limits = { ...SITEMAP_LIMITS, urls: DEPLOYMENT.sitemapUrlLimit ?? SITEMAP_LIMITS.urls };
    return sitemapFiles(await loadSiteBase(), sitemapPaths(await loadContent()), limits);
  })();
  return sitemap;
}
