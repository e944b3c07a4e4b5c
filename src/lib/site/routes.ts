/**
 * The route table: every kind of page and file the site publishes, described once. Each route says
 * how its path is built from typed parameters, whether crawlers may index it (the sitemap lists it;
 * a page that is not indexed says `noindex`), under which site-search type it is indexed (a code;
 * the wording of each type is `search.type.<code>` in src/i18n), where it sits in the main
 * navigation, and which parameter sets the validated content gives it.
 *
 * Everything that needs to know about pages asks this table instead of looking at URLs: the pages'
 * `getStaticPaths`, BaseLayout (robots meta, current navigation item, Pagefind markup), the
 * sitemap, robots.txt, the search page's type filter. No code parses a built path back into a page
 * kind. Paths are relative to the deployment base (`siteHref()` adds it) and end in `/` for pages,
 * as `trailingSlash: 'always'` builds them.
 */
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { RecordTypeName } from '../../schemas/record-types.ts';
import type { Standard } from '../../schemas/standard.ts';
import { CHANGE_KINDS, GROUPS, LEVELS, STANDINGS, TOPICS } from '../../schemas/vocabulary.ts';
import { CHART_NAMES, chartHasData, type ChartInputs, type ChartName } from '../charts/charts-catalogue.ts';
import { indexProgramme } from '../programme/programme-index.ts';
import { classificationValues, type ClassificationKind } from '../programme/classification.ts';
import { FACET_KINDS, facetValues, type FacetKind } from '../programme/facets.ts';
import { projectHistories } from '../programme/history.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { JURISDICTION_CHOICE_ID, navScope, type NavScope } from './navigation.ts';
import { ASSETS_FOLDER, SEARCH_INDEX_FOLDER } from './site-folders.ts';

// ---------------------------------------------------------------------------------------------
// Path builders. Exported one by one because most links are built from a single route's path.

/** The home page. */
export const HOME_PATH = '';
/** Path of a programme's overview. */
export const programmePath = (programme: string) => `${programme}/`;
/** Path of a programme's project list, optionally pre-filtered by one facet. */
export const projectListPath = (programme: string, facet?: { kind: FacetKind; value: string }) =>
  facet ? `${programme}/projects/${facet.kind}/${facet.value}/` : `${programme}/projects/`;
/** Path of the list of a programme's projects the site files under one topic (editorial). */
export const topicPath = (programme: string, code: string) => `${programme}/topics/${code}/`;
/** Path of the list of a programme's projects the site files under one group of people (editorial). */
export const groupPath = (programme: string, code: string) => `${programme}/groups/${code}/`;
/** Path of the list of one code of either dimension of the classification. */
export const classificationPath = (programme: string, kind: ClassificationKind, code: string) => (kind === 'topic' ? topicPath : groupPath)(programme, code);
/** Path of one project's page. */
export const projectPath = (programme: string, id: string) => `${programme}/projects/${id}/`;
/** Path of a programme's standards table. */
export const standardsPath = (programme: string) => `${programme}/standards/`;
/** Path of a programme's notice, its source document in full. */
export const sourcePath = (programme: string) => `${programme}/notice/`;
/** Link to one paragraph of the notice (`p12`). */
export const paragraphPath = (programme: string, paragraph: string) => `${sourcePath(programme)}#${paragraph}`;
/** Path of a programme's deadlines and oversight page. */
export const oversightPath = (programme: string) => `${programme}/oversight/`;
/** The anchor of one oversight measure's section on its programme's oversight page. */
export const oversightAnchor = (measure: string) => `m-${measure}`;
/** Path of a chart's standalone SVG file. */
export const chartPath = (programme: string, chart: string) => `${programme}/charts/${chart}.svg`;
/** The about and methodology page. */
export const ABOUT_PATH = 'about/';
/** The site search page. */
export const SEARCH_PATH = 'search/';
/** The data page: every site-wide download. */
export const DATA_PAGE_PATH = 'data/';
/** A programme's data page: its per-project files with their sizes and checksums. */
export const programmeDataPagePath = (programme: string) => `${DATA_PAGE_PATH}${programme}/`;
/** The data dictionary page. */
export const DICTIONARY_PAGE_PATH = 'data/dictionary/';
/** The index of projects found in more than one programme. */
export const HISTORY_INDEX_PATH = 'history/';
/** Path of a project's year-on-year page. */
export const historyPath = (projectId: string) => `${HISTORY_INDEX_PATH}${projectId}/`;
/** The not-found page, which a server returns for any unknown path. */
const NOT_FOUND_PATH = '404.html';
/** The Atom feed. */
export const FEED_PATH = 'feed.xml';
/** Astro's bundled styles and scripts (astro.config.mjs `build.assets`). */
const ASSETS_PATH = `${ASSETS_FOLDER}/`;
/** The site-search index Pagefind writes after the build, with a bundle per programme under it (scripts/lib/post-build/pagefind.ts). */
export const SEARCH_INDEX_PATH = `${SEARCH_INDEX_FOLDER}/`;
/** Scripts copied from public/js/, and the one every page loads first. */
const SCRIPTS_PATH = 'js/';
export const PAGE_SCRIPT_PATH = `${SCRIPTS_PATH}page.js`;
/** The site's icon, copied from public/. */
export const FAVICON_PATH = 'favicon.svg';
/** Site-level files that nothing links to by path (robots.txt names the sitemap through the table). */
const SITEMAP_PATH = 'sitemap.xml';
const ROBOTS_PATH = 'robots.txt';

// ---------------------------------------------------------------------------------------------
// The table.

/**
 * Site-search types, as codes, in the order the search page offers them. A code is the value of the
 * Pagefind `type` filter and of `?type=` on the search page; its wording is `search.type.<code>`.
 */
export const SEARCH_TYPES = ['project', 'notice', 'standards', 'oversight', 'history', 'data', 'about'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** What the parameter sets of the routes are computed from: the validated content, as plain data. */
export interface RouteContent {
  /** Programmes, newest first (as src/data/content.ts sorts them): the first is the "current" one. */
  programmes: readonly Programme[];
  projects: readonly Project[];
  standards: readonly Standard[];
  milestones: readonly Milestone[];
  oversight: readonly Oversight[];
  /** The site's configuration: which jurisdiction it serves (absent: worked out from the programmes). */
  site?: Pick<SiteConfig, 'jurisdiction'> | null | undefined;
}

/** Parameters of a route without any. */
export type NoParams = Record<string, never>;
type ParamsBase = Readonly<Record<string, string>>;

/** One route of the table; `P` is the type of its parameters. */
interface RouteBase<P extends ParamsBase> {
  /** The path (relative to the base) of the page or file with these parameters. */
  path: (params: P) => string;
  /** Every parameter set the content gives the route, i.e. which pages or files are built. */
  params: (content: RouteContent) => P[];
}

/** An HTML page, framed by BaseLayout. */
export interface PageRouteSpec<P extends ParamsBase> extends RouteBase<P> {
  format: 'page';
  /** True: listed in the sitemap. False: the page carries `<meta name="robots" content="noindex">`. */
  indexed: boolean;
  /** False for a page without a URL of its own (the not-found page is served at any path): no canonical link. */
  canonical: boolean;
  /** Site-search type of the page; null keeps it out of site search (no `data-pagefind-body`). */
  search: SearchType | null;
  /**
   * Place in the main navigation: its position and the parameters of the page linked there, or null
   * when the content gives it none (no programme yet; a single programme has no history index worth
   * a link). Absent: not in the navigation.
   */
  nav?: NavPlace<P> | undefined;
}

/** A route's place in the main navigation. */
export interface NavPlace<P extends ParamsBase> {
  /** Position among the navigation's links, ascending. */
  order: number;
  /**
   * Parameters of the page linked there, given what the page's navigation follows (./navigation.ts:
   * the programme being read, else the site's jurisdiction's newest); {@link CHOOSE_JURISDICTION}
   * to link to the home page's choice of jurisdictions; null for no link.
   */
  link: (content: RouteContent, scope: NavScope) => P | typeof CHOOSE_JURISDICTION | null;
}

/** A navigation link that leads to the home page's choice of jurisdictions (a site of several, on a page of none). */
export const CHOOSE_JURISDICTION = 'choose-jurisdiction' as const;

/** A file (XML, text, SVG) served at its own path; never listed in the sitemap nor searched. */
export interface FileRouteSpec<P extends ParamsBase> extends RouteBase<P> {
  format: 'file';
}

/**
 * A folder the build fills whole from outside the pages (Astro's bundled assets, the search index,
 * the public scripts): its files have no route of their own, but its path is the site's, so that
 * no programme can take its name. Never in the sitemap nor searched.
 */
export interface FolderRouteSpec<P extends ParamsBase> extends RouteBase<P> {
  format: 'folder';
}

/** A page route; its parameter type comes from `params`, and whether it has a navigation place is kept in its type. */
function page<P extends ParamsBase, N extends NavPlace<P> | undefined = undefined>(spec: Omit<PageRouteSpec<P>, 'format' | 'nav'> & { nav?: N }): PageRouteSpec<P> & { nav: N } {
  return { format: 'page', ...spec, nav: spec.nav as N };
}
/** A file route. */
function file<P extends ParamsBase>(spec: Omit<FileRouteSpec<P>, 'format'>): FileRouteSpec<P> {
  return { format: 'file', ...spec };
}
/** A folder route, of one fixed path. */
function folder(path: string): FolderRouteSpec<NoParams> {
  return { format: 'folder', path: () => path, params: single };
}

/** Parameters of a programme's pages. */
export type ProgrammeParams = { programme: string };
/** Parameters of a pre-built filtered list. */
export type FacetParams = { programme: string; kind: FacetKind; value: string };
/** Parameters of a topic's or group's list. */
export type ClassificationParams = { programme: string; code: string };
/** Parameters of a project page. */
export type ProjectParams = { programme: string; id: string };
/** Parameters of a chart file. */
export type ChartParams = { programme: string; chart: ChartName };

/** The one parameter set of a route without parameters. */
const single = (): NoParams[] => [{}];
const perProgramme = (c: RouteContent): ProgrammeParams[] => c.programmes.map((p) => ({ programme: p.id }));
/** A programme page's navigation link: the programme the reader is in, else the choice of jurisdictions. */
const followedProgramme = (_c: RouteContent, scope: NavScope): ProgrammeParams | typeof CHOOSE_JURISDICTION | null =>
  scope.programme ? { programme: scope.programme.id } : scope.choice ? CHOOSE_JURISDICTION : null;

/**
 * The programmes that have records of the kinds a page shows (standards; deadlines or oversight):
 * the page exists for them only, so that no programme has a page that would say 暂无数据. Worked
 * out once per content set: every page's navigation asks.
 */
function programmesWith(...records: ((c: RouteContent) => readonly { programme: string }[])[]): (c: RouteContent) => ProgrammeParams[] {
  const found = new WeakMap<RouteContent, ProgrammeParams[]>();
  return (c) => {
    let params = found.get(c);
    if (!params) {
      const having = new Set(records.flatMap((of) => of(c).map((r) => r.programme)));
      params = c.programmes.filter((p) => having.has(p.id)).map((p) => ({ programme: p.id }));
      found.set(c, params);
    }
    return params;
  };
}
const withStandards = programmesWith((c) => c.standards);
const withOversight = programmesWith(
  (c) => c.milestones,
  (c) => c.oversight,
);

/**
 * The navigation link of a page that only some programmes have (`params`): the programme the reader
 * is in when it has the page, else no link; the choice of jurisdictions when some programme has it.
 */
const followedProgrammeWith =
  (params: (c: RouteContent) => ProgrammeParams[]) =>
  (c: RouteContent, scope: NavScope): ProgrammeParams | typeof CHOOSE_JURISDICTION | null => {
    const having = params(c);
    if (scope.programme) return having.some((p) => p.programme === scope.programme!.id) ? { programme: scope.programme.id } : null;
    return scope.choice && having.length > 0 ? CHOOSE_JURISDICTION : null;
  };
/** True when some jurisdiction has programmes of more than one year: only then is there a year-on-year view. */
function severalYears(c: RouteContent): boolean {
  const seen = new Set<string>();
  for (const p of c.programmes) {
    if (seen.has(p.jurisdiction)) return true;
    seen.add(p.jurisdiction);
  }
  return false;
}

/** Each programme with its own projects (projects of an unknown programme have no page). */
function projectsByProgramme(c: RouteContent): { programme: string; projects: Project[] }[] {
  const own = new Map<string, Project[]>(c.programmes.map((p) => [p.id, []]));
  for (const project of c.projects) own.get(project.programme)?.push(project);
  return [...own].map(([programme, projects]) => ({ programme, projects }));
}

/** What each programme's charts are built from, as src/data/content.ts gives a page (records grouped in one pass). */
function chartInputsByProgramme(c: RouteContent): ChartInputs[] {
  const group = <R extends { programme: string }>(records: readonly R[]) => {
    const by = new Map<string, R[]>();
    for (const r of records) {
      const list = by.get(r.programme);
      if (list) list.push(r);
      else by.set(r.programme, [r]);
    }
    return (programme: string) => by.get(programme) ?? [];
  };
  const [projects, standards, milestones, oversight] = [group(c.projects), group(c.standards), group(c.milestones), group(c.oversight)];
  return c.programmes.map((p) => ({ index: indexProgramme(p, projects(p.id), standards(p.id)), milestones: milestones(p.id), oversight: oversight(p.id) }));
}

/** Each programme's codes of one dimension of the classification that its projects carry. */
function classificationParams(c: RouteContent, kind: ClassificationKind): ClassificationParams[] {
  return projectsByProgramme(c).flatMap(({ programme, projects }) => classificationValues(projects, kind).map((v) => ({ programme, code: v.code })));
}

/** Every route of the site, by key. */
export const ROUTES = {
  home: page({ path: () => HOME_PATH, params: single, indexed: true, canonical: true, search: null, nav: { order: 1, link: () => ({}) } }),
  programme: page({ path: (p: ProgrammeParams) => programmePath(p.programme), params: perProgramme, indexed: true, canonical: true, search: null }),
  projects: page({
    path: (p: ProgrammeParams) => projectListPath(p.programme),
    params: perProgramme,
    indexed: true,
    canonical: true,
    search: null,
    nav: { order: 2, link: followedProgramme },
  }),
  /** Pre-built filtered lists: useful without JavaScript, but only a subset of the project list. */
  facet: page({
    path: (p: FacetParams) => projectListPath(p.programme, p),
    params: (c: RouteContent) => projectsByProgramme(c).flatMap(({ programme, projects }) => facetValues(projects).map((f) => ({ programme, kind: f.kind, value: f.value }))),
    indexed: false,
    canonical: true,
    search: null,
  }),
  /**
   * Lists by topic and by group of people (the site's editorial classification), without
   * JavaScript. Indexed: a resident who asks a search engine for 老年人 or 养老 lands on the list
   * made for that question. Out of site search, like every list that only repeats project pages.
   */
  topic: page({
    path: (p: ClassificationParams) => topicPath(p.programme, p.code),
    params: (c: RouteContent) => classificationParams(c, 'topic'),
    indexed: true,
    canonical: true,
    search: null,
  }),
  group: page({
    path: (p: ClassificationParams) => groupPath(p.programme, p.code),
    params: (c: RouteContent) => classificationParams(c, 'group'),
    indexed: true,
    canonical: true,
    search: null,
  }),
  project: page({
    path: (p: ProjectParams) => projectPath(p.programme, p.id),
    params: (c: RouteContent) => projectsByProgramme(c).flatMap(({ programme, projects }) => projects.map((p) => ({ programme, id: p.id }))),
    indexed: true,
    canonical: true,
    search: 'project',
  }),
  /** Only for a programme with standards: a list that states none (苍南's 公告) has no standards page, nor a link to one. */
  standards: page({
    path: (p: ProgrammeParams) => standardsPath(p.programme),
    params: withStandards,
    indexed: true,
    canonical: true,
    search: 'standards',
    nav: { order: 3, link: followedProgrammeWith(withStandards) },
  }),
  notice: page({
    path: (p: ProgrammeParams) => sourcePath(p.programme),
    params: perProgramme,
    indexed: true,
    canonical: true,
    search: 'notice',
    nav: { order: 4, link: followedProgramme },
  }),
  /** Only for a programme with deadlines or oversight mechanisms. */
  oversight: page({
    path: (p: ProgrammeParams) => oversightPath(p.programme),
    params: withOversight,
    indexed: true,
    canonical: true,
    search: 'oversight',
    nav: { order: 5, link: followedProgrammeWith(withOversight) },
  }),
  chart: file({
    path: (p: ChartParams) => chartPath(p.programme, p.chart),
    // Only the charts a programme has something to draw for, as its pages show them (no level bars
    // for a list without levels, no 暂无数据 calendar for one without deadlines).
    params: (c: RouteContent) =>
      chartInputsByProgramme(c).flatMap((inputs) => CHART_NAMES.filter((chart) => chartHasData(chart, inputs)).map((chart) => ({ programme: inputs.index.programme.id, chart }))),
  }),
  about: page({ path: () => ABOUT_PATH, params: single, indexed: true, canonical: true, search: 'about', nav: { order: 8, link: () => ({}) } }),
  /** Result pages are made in the browser; the page itself has nothing to index. */
  search: page({ path: () => SEARCH_PATH, params: single, indexed: false, canonical: true, search: null }),
  /**
   * Pages that list every project (home, overviews, project lists, the data pages, the history
   * index) stay out of site search: they only repeat the project pages, outrank the very page a
   * visitor is looking for, and their large fragments would be downloaded by most searches.
   */
  data: page({ path: () => DATA_PAGE_PATH, params: single, indexed: true, canonical: true, search: null, nav: { order: 6, link: () => ({}) } }),
  programmeData: page({ path: (p: ProgrammeParams) => programmeDataPagePath(p.programme), params: perProgramme, indexed: true, canonical: true, search: null }),
  dictionary: page({ path: () => DICTIONARY_PAGE_PATH, params: single, indexed: true, canonical: true, search: 'data' }),
  historyIndex: page({
    path: () => HISTORY_INDEX_PATH,
    // Only where there is a year-on-year view: a site of one programme per jurisdiction has no index.
    params: (c: RouteContent): NoParams[] => (severalYears(c) ? [{}] : []),
    indexed: true,
    canonical: true,
    search: null,
    nav: { order: 7, link: (c: RouteContent) => (severalYears(c) ? {} : null) },
  }),
  history: page({
    path: (p: { id: string }) => historyPath(p.id),
    // The id is the history's key: the project slug, or `<jurisdiction>/<slug>` (./navigation.ts, ../programme/history.ts).
    params: (c: RouteContent) => [...projectHistories(c.programmes, c.projects, c.standards, c.site).keys()].map((id) => ({ id })),
    indexed: true,
    canonical: true,
    search: 'history',
  }),
  notFound: page({ path: () => NOT_FOUND_PATH, params: single, indexed: false, canonical: false, search: null }),
  feed: file({ path: () => FEED_PATH, params: single }),
  sitemap: file({ path: () => SITEMAP_PATH, params: single }),
  robots: file({ path: () => ROBOTS_PATH, params: single }),
  favicon: file({ path: () => FAVICON_PATH, params: single }),
  assets: folder(ASSETS_PATH),
  searchIndex: folder(SEARCH_INDEX_PATH),
  scripts: folder(SCRIPTS_PATH),
} as const;

export type Routes = typeof ROUTES;
/** Key of a route of the table. */
export type RouteKey = keyof Routes;
/** Parameters of the route `K`. */
export type RouteParams<K extends RouteKey> = Parameters<Routes[K]['path']>[0];
/** Keys of the routes that are HTML pages. */
export type PageRouteKey = { [K in RouteKey]: Routes[K] extends { format: 'page' } ? K : never }[RouteKey];
/** Keys of the routes that have a place in the main navigation. */
export type NavRouteKey = { [K in RouteKey]: Routes[K] extends { nav: { order: number } } ? K : never }[RouteKey];

/** One built page or file: a route with its parameters. */
export type RouteRef<K extends RouteKey = RouteKey> = { [Key in K]: { key: Key; params: RouteParams<Key> } }[K];
/** One built page: what each page passes to BaseLayout. */
export type PageRef = RouteRef<PageRouteKey>;

/** The route of a page as a plain spec, for code that reads its traits whatever its parameters. */
export function pageRoute(key: PageRouteKey): PageRouteSpec<ParamsBase> {
  return ROUTES[key] as unknown as PageRouteSpec<ParamsBase>;
}

/** The path (relative to the base) of a route with its parameters. */
export function routePath(ref: RouteRef): string {
  return (ROUTES[ref.key].path as (params: ParamsBase) => string)(ref.params);
}

/** Every parameter set of a route, from the content. */
function routeParams<K extends RouteKey>(key: K, content: RouteContent): RouteParams<K>[] {
  return (ROUTES[key].params as (c: RouteContent) => RouteParams<K>[])(content);
}

/** The `getStaticPaths` result of a route's page or endpoint. */
export function staticPaths<K extends RouteKey>(key: K, content: RouteContent): { params: RouteParams<K> }[] {
  return routeParams(key, content).map((params) => ({ params }));
}

/**
 * True when the content gives the site this page or file: links to a page that only some
 * programmes have (a standards page) ask here, so that none leads to a page that is not built.
 */
export function routeExists(ref: RouteRef, content: RouteContent): boolean {
  const path = routePath(ref);
  return routeParams(ref.key, content).some((params) => routePath({ key: ref.key, params } as RouteRef) === path);
}

/** The site-search types of the pages the content gives the site, in {@link SEARCH_TYPES} order: the search page offers no type it has no page of. */
export function searchTypes(content: RouteContent): SearchType[] {
  const present = new Set<SearchType>();
  for (const key of Object.keys(ROUTES) as RouteKey[]) {
    const route = ROUTES[key];
    if (route.format === 'page' && route.search !== null && routeParams(key, content).length > 0) present.add(route.search);
  }
  return SEARCH_TYPES.filter((type) => present.has(type));
}

/** Every page and file the content gives the site, each with its path, in table order. */
export function allRoutes(content: RouteContent): (RouteRef & { path: string })[] {
  return (Object.keys(ROUTES) as RouteKey[]).flatMap((key) =>
    routeParams(key, content).map((params) => {
      const ref = { key, params } as RouteRef;
      return { ...ref, path: routePath(ref) };
    }),
  );
}

/** Paths of every indexed page, sorted by code unit and without repeats: the sitemap's list. */
export function sitemapPaths(content: RouteContent): string[] {
  const paths = allRoutes(content)
    .filter((r) => ROUTES[r.key].format === 'page' && pageRoute(r.key as PageRouteKey).indexed)
    .map((r) => r.path);
  return [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One link of the main navigation: its route, and the path it leads to (a page of the route, or the home page's choice of jurisdictions). */
export interface NavItem {
  key: NavRouteKey;
  path: string;
  /** True when the link leads to the choice of jurisdictions rather than to a page of its route. */
  choice: boolean;
}

/**
 * The main navigation of a page, in order; routes the content gives no link are left out. `scope`
 * is what the page's navigation follows (./navigation.ts `navScope`); by default, a page of no
 * programme's.
 */
export function navigation(content: RouteContent, scope: NavScope = navScope(content.site, content.programmes, {})): NavItem[] {
  const items: (NavItem & { order: number })[] = [];
  for (const key of Object.keys(ROUTES) as RouteKey[]) {
    const route = ROUTES[key];
    const nav = route.format === 'page' ? (route.nav as NavPlace<ParamsBase> | undefined) : undefined;
    if (!nav) continue;
    const params = nav.link(content, scope);
    if (params === null) continue;
    const choice = params === CHOOSE_JURISDICTION;
    const path = choice ? `${HOME_PATH}#${JURISDICTION_CHOICE_ID}` : routePath({ key, params } as RouteRef);
    items.push({ key: key as NavRouteKey, path, choice, order: nav.order });
  }
  return items.sort((a, b) => a.order - b.order).map(({ order: _order, ...item }) => item);
}

/** True when a navigation link leads to the page itself (same route, same parameters). */
export function isCurrent(item: NavItem, page: PageRef): boolean {
  return item.key === page.key && item.path === routePath(page);
}

// ---------------------------------------------------------------------------------------------
// Ids that would collide with the table's own paths.

/** The route parameters whose values are ids of the content, and the record type whose ids they are. */
export const ID_PARAMETERS = { programme: 'programmes', id: 'projects' } as const satisfies Record<string, RecordTypeName>;
/** A route parameter filled with content ids. */
export type IdParameter = keyof typeof ID_PARAMETERS;

/** The other parameters' values: closed vocabularies of the code, not content. */
export const CLOSED_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  kind: FACET_KINDS,
  value: [...LEVELS, ...STANDINGS, ...CHANGE_KINDS],
  chart: CHART_NAMES,
  code: [...TOPICS, ...GROUPS],
};

/** One value a parameter may not take, and the path pattern of the route that has it (`data/dictionary/`). */
export interface ReservedId {
  id: string;
  path: string;
}

// A parameter inside a path pattern: a character no path or id holds around its name.
const SLOT = '\u0000';
const slotParameter = (segment: string) =>
  segment.startsWith(SLOT) && segment.endsWith(SLOT) && segment.length > 2 && !segment.slice(1, -1).includes(SLOT) ? segment.slice(1, -1) : null;

/** Every route's path as a pattern: its segments, each parameter as a slot; and whether it ends in `/`. */
function pathPatterns(): { segments: string[]; folder: boolean }[] {
  const slots = new Proxy({}, { get: (_target, name) => `${SLOT}${String(name)}${SLOT}` }) as ParamsBase;
  return (Object.keys(ROUTES) as RouteKey[]).map((key) => {
    const path = (ROUTES[key].path as (params: ParamsBase) => string)(slots);
    return { segments: path.split('/').filter(Boolean), folder: path.endsWith('/') };
  });
}

/** The values a pattern's segment stands for, when they are fixed by the code (a literal, a closed parameter). */
function fixedValues(segment: string): string[] {
  if (!segment.includes(SLOT)) return [segment];
  const parameter = slotParameter(segment);
  if (parameter !== null) return [...(CLOSED_PARAMETERS[parameter] ?? [])];
  // A closed parameter inside a segment (`<chart>.svg`).
  const [before, name, after] = segment.split(SLOT);
  return (CLOSED_PARAMETERS[name ?? ''] ?? []).map((v) => `${before}${v}${after}`);
}

/**
 * For each id parameter, the ids it may not take, derived from the table's paths: a value that
 * another route has in the same place, under the same path (`search` where a programme's overview
 * `<programme>/` meets the search page `search/`; `dictionary` where a programme's data page
 * `data/<programme>/` meets `data/dictionary/`; `level` where a project's page
 * `<programme>/projects/<id>/` meets the filtered lists `<programme>/projects/<kind>/<value>/`).
 * Such an id would make two pages share a path, or a path mean two things.
 */
export function reservedIds(): Record<IdParameter, ReservedId[]> {
  const patterns = pathPatterns();
  const reserved: Record<IdParameter, Map<string, string>> = { programme: new Map(), id: new Map() };
  const render = (segments: string[]) =>
    segments
      .map((s) =>
        s
          .split(SLOT)
          .map((part, i) => (i % 2 ? `<${part}>` : part))
          .join(''),
      )
      .join('/');
  for (const route of patterns) {
    route.segments.forEach((segment, i) => {
      const parameter = slotParameter(segment);
      if (parameter === null || !(parameter in ID_PARAMETERS)) return;
      const prefix = route.segments.slice(0, i);
      for (const other of patterns) {
        if (other === route || other.segments.length <= i || prefix.some((s, j) => other.segments[j] !== s)) continue;
        const end = other.folder || other.segments.length > i + 1 ? '/' : '';
        for (const id of fixedValues(other.segments[i]!)) {
          if (!reserved[parameter as IdParameter].has(id)) reserved[parameter as IdParameter].set(id, `${render([...prefix, id])}${end}`);
        }
      }
    });
  }
  const list = (m: Map<string, string>) => [...m].map(([id, path]) => ({ id, path }));
  return { programme: list(reserved.programme), id: list(reserved.id) };
}
