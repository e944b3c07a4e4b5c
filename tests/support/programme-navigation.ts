/**
 * Checks that a built site's navigation follows the programme being read (src/lib/site/navigation.ts),
 * for any content tree: every page of a programme links its programme entries (项目清单, 补助标准,
 * 通知原文 or 公告原文 …, 时间节点与督查) to that programme's own pages, and has no such entry where
 * the programme has no such page (no 补助标准 for a list without standards). For the build tests of
 * trees with several programmes or jurisdictions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishableContent } from '../../src/lib/content/content-set.ts';
import { allRoutes, routeExists, ROUTES, type NavRouteKey, type RouteContent, type RouteRef } from '../../src/lib/site/routes.ts';

/** The navigation entries that lead to a programme's pages (route keys; BaseLayout marks each link with `data-nav`). */
export const PROGRAMME_ENTRIES: readonly NavRouteKey[] = ['projects', 'standards', 'notice', 'oversight'];

/** The main navigation's links of a page: route key → href. */
export function navLinks(html: string): Map<string, string> {
  const nav = /<nav\b[^>]*\sclass="site-nav[^"]*"[^>]*>([^]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return new Map([...nav.matchAll(/<a href="([^"]*)"[^>]*\sdata-nav="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]));
}

/**
 * One line per programme entry of a programme's page that does not lead to the same programme's
 * page, or that is there although the programme has no such page (`page: projects → href`); empty when all are right. `base` is the deployment base (`/`, `/minsheng/`).
 * Also returns how many links were checked and which page kinds, so that a test can tell an empty
 * check from a passing one.
 */
export function programmeNavigationProblems(dist: string, content: RouteContent | PublishableContent, base = '/'): { problems: string[]; checked: number; kinds: string[] } {
  const problems: string[] = [];
  const kinds = new Set<string>();
  let checked = 0;
  for (const route of allRoutes(content as RouteContent)) {
    if (ROUTES[route.key].format !== 'page') continue;
    const programme = (route.params as Record<string, string>)['programme'];
    if (!programme) continue;
    kinds.add(route.key);
    const links = navLinks(readFileSync(join(dist, route.path, 'index.html'), 'utf8'));
    for (const key of PROGRAMME_ENTRIES) {
      checked++;
      const href = links.get(key);
      const own = routeExists({ key, params: { programme } } as RouteRef, content as RouteContent) ? `${base}${programme}/${key}/` : undefined;
      if (href !== own) problems.push(`${route.path}: ${key} → ${href}`);
    }
  }
  return { problems, checked, kinds: [...kinds].sort() };
}
