/** /robots.txt: allows crawling and names the sitemap. */
import { DEPLOYMENT } from '../config/deployment.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl, siteBaseUrl, SITEMAP_PATH } from '../lib/open-data/links.ts';
import { robotsTxt } from '../lib/open-data/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(siteBaseUrl(DEPLOYMENT.site, DEPLOYMENT.base), SITEMAP_PATH)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
