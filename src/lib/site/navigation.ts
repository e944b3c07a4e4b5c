/**
 * Which programme the navigation follows, and the choice of jurisdictions a site serving several
 * offers. A reader of a programme's page stays in that programme: its 项目清单, 补助标准, 通知原文
 * and 时间节点与督查 links lead to the same programme's pages, never to another jurisdiction's newest
 * list. A page of the whole site (home, about, search, data, history index) follows the site's
 * jurisdiction: its newest programme when the site serves one jurisdiction; when it serves several,
 * the programme links lead to the home page's choice of jurisdictions instead of an arbitrary one.
 * Pure: everything comes from the content.
 */
import type { Programme } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { newestOf } from './identity.ts';

/** Id of the home page's section offering the choice of jurisdictions (the target of the programme links on pages of no programme). */
export const JURISDICTION_CHOICE_ID = 'jurisdictions';

/** The jurisdictions the programmes belong to, in first-seen order. */
export function jurisdictionsOf(programmes: readonly Pick<Programme, 'jurisdiction'>[]): string[] {
  return [...new Set(programmes.map((p) => p.jurisdiction))];
}

/**
 * The one jurisdiction the site serves, or null when it serves several (or none): site.yaml's
 * `jurisdiction` when some programme is of it; else the jurisdiction all programmes share.
 */
export function siteJurisdiction(site: Pick<SiteConfig, 'jurisdiction'> | null | undefined, programmes: readonly Pick<Programme, 'jurisdiction'>[]): string | null {
  const all = jurisdictionsOf(programmes);
  if (site?.jurisdiction && all.includes(site.jurisdiction)) return site.jurisdiction;
  return all.length === 1 ? all[0]! : null;
}

/** What the navigation of one page follows. */
export interface NavScope {
  /** The programme the programme links lead to, or null (no programme yet, or a page of no programme on a site of several jurisdictions). */
  programme: Programme | null;
  /** True when the programme links lead to the home page's choice of jurisdictions (there are programmes, but none to follow). */
  choice: boolean;
}

/**
 * The navigation's scope on a page: the page's own programme; else the newest programme of the
 * jurisdiction the page belongs to (a project's year-on-year page); else the site's jurisdiction's
 * newest programme; else, with programmes of several jurisdictions, the choice.
 */
export function navScope(
  site: Pick<SiteConfig, 'jurisdiction'> | null | undefined,
  programmes: readonly Programme[],
  page: { programme?: string | null | undefined; jurisdiction?: string | null | undefined },
): NavScope {
  const own = page.programme ? programmes.find((p) => p.id === page.programme) : undefined;
  if (own) return { programme: own, choice: false };
  const jurisdiction = page.jurisdiction ?? siteJurisdiction(site, programmes);
  const followed = jurisdiction === null ? null : newestOf(programmes, jurisdiction);
  if (followed) return { programme: followed, choice: false };
  return { programme: null, choice: programmes.length > 0 };
}

/** One jurisdiction of the home page's choice: its name and its programmes, newest first. */
export interface JurisdictionChoice {
  jurisdiction: string;
  /** Short name, as the newest programme gives it (e.g. 庐阳区). */
  short: string;
  programmes: Programme[];
}

/**
 * The choice of jurisdictions a site of several offers on its home page: each jurisdiction with its
 * programmes by year (newest first); jurisdictions ordered by their newest year (newest first),
 * then by name, so that the order never depends on the order files are read in.
 */
export function jurisdictionChoice(programmes: readonly Programme[]): JurisdictionChoice[] {
  const byJurisdiction = new Map<string, Programme[]>();
  for (const p of programmes) byJurisdiction.set(p.jurisdiction, [...(byJurisdiction.get(p.jurisdiction) ?? []), p]);
  const byYear = (a: Programme, b: Programme) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...byJurisdiction]
    .map(([jurisdiction, list]) => {
      const sorted = [...list].sort(byYear);
      return { jurisdiction, short: sorted[0]!.jurisdictionShort, programmes: sorted };
    })
    .sort((a, b) => b.programmes[0]!.year - a.programmes[0]!.year || (a.jurisdiction < b.jurisdiction ? -1 : a.jurisdiction > b.jurisdiction ? 1 : 0));
}
