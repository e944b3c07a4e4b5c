/**
 * Whose site this is and which year the reader is looking at, for the page frame: the header's
 * jurisdiction and year, and the banner on a past year's programme. Everything comes from the
 * content (never from the clock), so a build is the same whenever it runs.
 */
import type { Programme } from '../../schemas/programme.ts';
import type { SiteConfig } from '../../schemas/site.ts';

/** What the header says about the page's place and time. */
export interface FrameIdentity {
  /** Jurisdiction: the programme's being read, else the site's (else the one all programmes share), or null. */
  place: string | null;
  /** The programme being read, or null on a page of no single programme. */
  programme: Programme | null;
  /** Newest programme of the site (for "最新" on pages of no single programme), or null without any. */
  latest: Programme | null;
  /**
   * When the programme being read is not its jurisdiction's newest: that newest programme (the
   * page shows a banner linking to it); null otherwise.
   */
  newer: Programme | null;
}

/** The programme a page's route parameters name, if any. */
export function routeProgramme(programmes: readonly Programme[], params: Readonly<Record<string, unknown>>): Programme | null {
  const id = params['programme'];
  return typeof id === 'string' ? (programmes.find((p) => p.id === id) ?? null) : null;
}

/** The newest programme of `jurisdiction` (highest year, then id), or null. */
export function newestOf(programmes: readonly Programme[], jurisdiction: string): Programme | null {
  let best: Programme | null = null;
  for (const p of programmes) if (p.jurisdiction === jurisdiction && (!best || p.year > best.year || (p.year === best.year && p.id < best.id))) best = p;
  return best;
}

/** The frame's place and time for a page showing `programme` (null: a page of the whole site). */
export function frameIdentity(site: Pick<SiteConfig, 'jurisdiction'>, programmes: readonly Programme[], programme: Programme | null): FrameIdentity {
  const jurisdictions = new Set(programmes.map((p) => p.jurisdiction));
  const shared = jurisdictions.size === 1 ? [...jurisdictions][0]! : null;
  let latest: Programme | null = null;
  for (const p of programmes) if (!latest || p.year > latest.year) latest = p;
  if (programme) {
    const newest = newestOf(programmes, programme.jurisdiction);
    return { place: programme.jurisdiction, programme, latest, newer: newest && newest.year > programme.year ? newest : null };
  }
  return { place: site.jurisdiction ?? shared, programme: null, latest, newer: null };
}
