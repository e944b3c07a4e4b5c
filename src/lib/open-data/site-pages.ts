/**
 * Page paths for the sitemap, derived from the page files themselves (src/pages/**\/*.astro and
 * their getStaticPaths), so that a page someone adds is in the sitemap without being listed here.
 * Only pages that tell crawlers `noindex` have to be named, in {@link NOINDEX_ROUTES}; a test
 * compares the sitemap with the pages actually built and their robots meta, so a miss is caught.
 */

/** Routes (page files relative to src/pages, without `.astro`) whose pages carry `noindex`. */
export const NOINDEX_ROUTES: readonly string[] = ['404', 'search', '[programme]/projects/[kind]/[value]'];

/** Route of a page module path as `import.meta.glob` names it, e.g. `./[programme]/index.astro` → `[programme]/index`. */
export function routeOf(moduleFile: string): string {
  return moduleFile.replace(/^\.\//, '').replace(/\.astro$/, '');
}

/** True when the route has parameters, so its pages come from getStaticPaths. */
export const isDynamicRoute = (route: string) => route.includes('[');

/**
 * The site path (relative to the base, trailing slash, as `trailingSlash: 'always'` builds it) of
 * a route with its parameters filled in, e.g. `[programme]/projects/[id]` → `luyang-2017/projects/legal-aid/`.
 */
export function pagePath(route: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
  const path = filled.replace(/(^|\/)index$/, '').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
  return path ? `${path}/` : '';
}

/** Sorted, de-duplicated indexable paths from every route and the parameter sets of its pages. */
export function indexablePaths(routes: readonly { route: string; params: readonly Readonly<Record<string, string | number | undefined>>[] }[]): string[] {
  const paths = routes.filter((r) => !NOINDEX_ROUTES.includes(r.route)).flatMap((r) => (isDynamicRoute(r.route) ? r.params.map((p) => pagePath(r.route, p)) : [pagePath(r.route)]));
  return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
