/**
 * /sitemap.xml: every indexed page of the route table (src/lib/site/routes.ts) as an absolute URL
 * under the deployment base; a preview build, which knows no origin, lists site-relative paths.
 * Past the sitemap protocol's limits it is a sitemap index of the numbered sitemaps
 * (sitemap-[part].xml.ts), and robots.txt still names it.
 */
import type { APIRoute } from 'astro';
import { loadSitemapFiles } from '../data/published.ts';

export const GET: APIRoute = async () => new Response((await loadSitemapFiles())[0]!.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
