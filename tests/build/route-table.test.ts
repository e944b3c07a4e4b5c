/**
 * The built site is the route table (src/lib/site/routes.ts), no more and no less: every HTML page
 * is one route's path, the sitemap lists the indexed routes, `noindex` marks the others, and site
 * search holds exactly the routes with a search type, under that type's code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { allRoutes, pageRoute, ROUTES, type PageRouteKey } from '../../src/lib/site/routes.ts';
import { runBuild } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { NON_PAGE_FOLDERS } from '../../src/lib/site/site-folders.ts';

const SITE_BASE = 'https://example.gov.cn/minsheng/';

describe('the route table against a built site with several programmes', () => {
  const contentDir = copyLuyangExample();
  // Two years of the same synthetic district, so that history pages and the history index's link exist too.
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [3, 2, 2] });
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 2, 2] });
  const { content, problems } = validateContent(readContent(contentDir));
  const build = runBuild({ CONTENT_DIR: contentDir, SITE_URL: 'https://example.gov.cn', BASE_PATH: '/minsheng/' });
  const dist = build.outDir;
  const routes = allRoutes(content);
  const pages = routes.filter((r) => ROUTES[r.key].format === 'page').map((r) => ({ ...r, spec: pageRoute(r.key as PageRouteKey) }));
  const built = build.status === 0 ? listSitePages(dist, NON_PAGE_FOLDERS) : [];
  const html = new Map(built.map((p) => [p.path, readFileSync(p.file, 'utf8')]));
  const sorted = (paths: Iterable<string>) => [...paths].sort();

  it('builds', () => {
    expect(problems).toEqual([]);
    expect(build.status, build.stderr).toBe(0);
    expect(routes.some((r) => r.key === 'history')).toBe(true);
  });

  it('builds every HTML page at exactly one route path, and every route page', () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(sorted(html.keys())).toEqual(sorted(paths));
  });

  it('writes every folder route, and nothing at the top level that the table does not name', () => {
    const folders = routes.filter((r) => ROUTES[r.key].format === 'folder');
    expect(folders.map((f) => f.path).sort()).toEqual(['_assets/', 'js/', 'pagefind/']);
    expect(folders.filter((f) => !existsSync(join(dist, f.path))).map((f) => f.path)).toEqual([]);
    // Each top-level name is a route's (a programme's pages are routes too): none but these could a programme id collide with.
    const named = new Set(routes.map((r) => (r.path === '' ? 'index.html' : r.path.split('/')[0]!)));
    expect(readdirSync(dist).filter((name) => !named.has(name))).toEqual([]);
  });

  it('writes every file route', () => {
    const files = routes.filter((r) => ROUTES[r.key].format === 'file');
    expect(files.filter((f) => f.key === 'chart').length).toBeGreaterThan(0);
    expect(files.filter((f) => !existsSync(join(dist, f.path))).map((f) => f.path)).toEqual([]);
  });

  it('lists exactly the indexed routes in the sitemap, and points robots.txt at it', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'url' });
    const urls: string[] = parser.parse(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls).toEqual(sorted(pages.filter((p) => p.spec.indexed).map((p) => `${SITE_BASE}${p.path}`)));
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_BASE}sitemap.xml\n`);
  });

  it('gives each page the canonical URL of the route it passes to the layout', () => {
    const wrong = [...html].flatMap(([path, text]) => {
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(text)?.[1];
      return canonical === undefined || canonical === `${SITE_BASE}${path}` ? [] : [`${path}: ${canonical}`];
    });
    expect(wrong).toEqual([]);
    expect([...html].filter(([, text]) => !text.includes('rel="canonical"')).map(([path]) => path)).toEqual(pages.filter((p) => !p.spec.canonical).map((p) => p.path));
  });

  it('tells crawlers noindex on exactly the routes that are not indexed', () => {
    const noindex = [...html].filter(([, text]) => text.includes('<meta name="robots" content="noindex">')).map(([path]) => path);
    expect(sorted(noindex)).toEqual(sorted(pages.filter((p) => !p.spec.indexed).map((p) => p.path)));
  });

  it('marks for site search exactly the routes with a search type, each with its type code', () => {
    const searchable = new Map(
      [...html].flatMap(([path, text]) => {
        const main = /<main\b[^>]*>/.exec(text)?.[0] ?? '';
        if (!/\sdata-pagefind-body[\s>=]/.test(main)) return [];
        return [[path, /data-pagefind-filter="type:([a-z]+)"/.exec(main)?.[1] ?? null] as const];
      }),
    );
    expect(Object.fromEntries(searchable)).toEqual(Object.fromEntries(pages.filter((p) => p.spec.search !== null).map((p) => [p.path, p.spec.search])));
    // The search step indexed those pages and no others.
    expect(build.stdout).toContain(`search index: ${searchable.size} pages`);
  });
});
