/**
 * /sitemap.xml: every indexed page of the route table (src/lib/site/routes.ts) as an absolute URL
 * under the deployment base; a preview build, which knows no origin, lists site-relative paths.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../data/content.ts';
import { loadSiteBase } from '../data/published.ts';
import { sitemapXml } from '../lib/open-data/sitemap.ts';
import { sitemapPaths } from '../lib/site/routes.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapXml(await loadSiteBase(), sitemapPaths(await loadContent())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
