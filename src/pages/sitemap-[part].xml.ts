/**
 * /sitemap-<n>.xml: the numbered parts of a sitemap past the sitemap protocol's limits, which
 * sitemap.xml then indexes (src/lib/open-data/sitemap.ts). Below the limits there are none. They
 * are the sitemap route's own files, so the route table has no entry of their own: how many there
 * are depends on the limit, not on the content alone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSitemapFiles } from '../data/published.ts';
import { sitemapPartFile } from '../lib/open-data/sitemap.ts';

export const getStaticPaths = (async () => {
  const parts = (await loadSitemapFiles()).slice(1);
  return parts.map((file, i) => {
    if (file.path !== sitemapPartFile(i + 1)) throw new Error(`sitemap: part ${i + 1} is ${file.path}`);
    return { params: { part: String(i + 1) }, props: { xml: file.xml } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
