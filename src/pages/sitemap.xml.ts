/** /sitemap.xml: every indexed page of the route table (src/lib/site/routes.ts) as an absolute URL under the deployment base. */
import { DEPLOYMENT } from '../config/deployment.ts';
import type { APIRoute } from 'astro';
import { loadContent } from '../data/content.ts';
import { siteBaseUrl } from '../lib/open-data/links.ts';
import { sitemapXml } from '../lib/open-data/sitemap.ts';
import { sitemapPaths } from '../lib/site/routes.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapXml(siteBaseUrl(DEPLOYMENT.site, DEPLOYMENT.base), sitemapPaths(await loadContent())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
