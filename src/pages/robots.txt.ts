/** /robots.txt: allows crawling and names the sitemap (its path is the route table's). */
import { DEPLOYMENT } from '../config/deployment.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl, siteBaseUrl } from '../lib/open-data/links.ts';
import { robotsTxt } from '../lib/open-data/robots.ts';
import { routePath } from '../lib/site/routes.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(siteBaseUrl(DEPLOYMENT.site, DEPLOYMENT.base), routePath({ key: 'sitemap', params: {} }))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
