/**
 * /sitemap.xml: every indexable page as an absolute URL under the deployment base. Pages are found
 * from the page files and their getStaticPaths (see src/lib/open-data/site-pages.ts).
 */
import { DEPLOYMENT } from '../config/deployment.ts';
import type { APIRoute } from 'astro';
import { indexablePaths, isDynamicRoute, routeOf } from '../lib/open-data/site-pages.ts';
import { siteBaseUrl } from '../lib/open-data/links.ts';
import { sitemapXml } from '../lib/open-data/sitemap.ts';

type Params = Record<string, string | number | undefined>;
interface PageModule {
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => Promise<{ params: Params }[]> | { params: Params }[];
}

const pages = import.meta.glob<PageModule>('./**/*.astro');

export const GET: APIRoute = async () => {
  const routes = await Promise.all(
    Object.entries(pages).map(async ([file, load]) => {
      const route = routeOf(file);
      if (!isDynamicRoute(route)) return { route, params: [] };
      const { getStaticPaths } = await load();
      if (!getStaticPaths) throw new Error(`sitemap: ${file} has parameters but no getStaticPaths`);
      const paginate = () => {
        throw new Error(`sitemap: ${file} paginates, which the sitemap does not support yet`);
      };
      return { route, params: (await getStaticPaths({ paginate, routePattern: route })).map((p) => p.params) };
    }),
  );
  return new Response(sitemapXml(siteBaseUrl(DEPLOYMENT.site, DEPLOYMENT.base), indexablePaths(routes)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
