/** /robots.txt: allows crawling and names the sitemap (its path is the route table's); a preview names none. */
import type { APIRoute } from 'astro';
import { loadSiteBase } from '../data/published.ts';
import { absoluteUrl } from '../lib/open-data/links.ts';
import { robotsTxt } from '../lib/open-data/robots.ts';
import { isPreviewBase } from '../lib/site/origin.ts';
import { routePath } from '../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const siteBase = await loadSiteBase();
  const sitemap = isPreviewBase(siteBase) ? null : absoluteUrl(siteBase, routePath({ key: 'sitemap', params: {} }));
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
