import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Standard } from '../../schemas/standard.ts';

/** One year of a project's history: the programme, the entry in it, and its standards that year. */
export interface HistoryStep<P extends Project = Project, S extends Standard = Standard> {
  programme: Programme;
  project: P;
  standards: S[];
}

/**
 * The name a jurisdiction goes by in history keys: what its programmes' ids share before the year
 * (`luyang` of `luyang-2017`, `luyang-2018`), from its oldest programme; that oldest programme's id
 * itself when its id does not end in its year, or when another jurisdiction would get the same name.
 * One per jurisdiction, and unique: programme ids are.
 */
export function jurisdictionKeys(programmes: readonly Programme[]): Map<string, string> {
  const oldest = new Map<string, Programme>();
  for (const p of programmes) {
    const seen = oldest.get(p.jurisdiction);
    if (!seen || p.year < seen.year || (p.year === seen.year && p.id < seen.id)) oldest.set(p.jurisdiction, p);
  }
  const stem = (p: Programme) => (p.id.endsWith(`-${p.year}`) && p.id.length > `-${p.year}`.length ? p.id.slice(0, -`-${p.year}`.length) : p.id);
  const stems = [...oldest.values()].map(stem);
  const programmeIds = new Set(programmes.map((p) => p.id));
  const keys = new Map<string, string>();
  for (const [jurisdiction, p] of oldest) {
    const s = stem(p);
    // A stem shared by two jurisdictions, or equal to some other programme's id, would be ambiguous.
    const unique = stems.filter((x) => x === s).length === 1 && (s === p.id || !programmeIds.has(s));
    keys.set(jurisdiction, unique ? s : p.id);
  }
  return keys;
}

/**
 * Lines up the same project across the programmes of one jurisdiction, year by year: a slug joins
 * records of the same jurisdiction only, so the same slug in two jurisdictions is two histories,
 * never one. Only slugs found in at least two programmes of their jurisdiction have a history worth
 * showing.
 *
 * Each history's key is its URL's (history/<key>/): the slug alone, as long as no other
 * jurisdiction has a history of the same slug; where several have, the site's jurisdiction (else
 * the one with the oldest programme) keeps the slug alone, so that its URLs stay the same when
 * another jurisdiction's programmes arrive, and the others are `<jurisdiction key>/<slug>`
 * ({@link jurisdictionKeys}). In the order the projects come, steps oldest first. Linear in the
 * input (apart from the sort).
 */
export function projectHistories<P extends Project, S extends Standard>(
  programmes: readonly Programme[],
  projects: readonly P[],
  standards: readonly S[],
  site?: Pick<SiteConfig, 'jurisdiction'> | null,
): Map<string, HistoryStep<P, S>[]> {
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const standardsByKey = new Map<string, S[]>();
  for (const s of standards) {
    const key = `${s.programme}/${s.project}`;
    standardsByKey.set(key, [...(standardsByKey.get(key) ?? []), s]);
  }
  // slug → jurisdiction → steps
  const bySlug = new Map<string, Map<string, HistoryStep<P, S>[]>>();
  for (const project of projects) {
    const programme = programmeById.get(project.programme);
    if (!programme) continue;
    const ofSlug = bySlug.get(project.id) ?? new Map<string, HistoryStep<P, S>[]>();
    bySlug.set(project.id, ofSlug);
    const step = { programme, project, standards: standardsByKey.get(`${project.programme}/${project.id}`) ?? [] };
    ofSlug.set(programme.jurisdiction, [...(ofSlug.get(programme.jurisdiction) ?? []), step]);
  }
  const keys = jurisdictionKeys(programmes);
  const firstYear = new Map<string, Programme>();
  for (const p of programmes) {
    const seen = firstYear.get(p.jurisdiction);
    if (!seen || p.year < seen.year || (p.year === seen.year && p.id < seen.id)) firstYear.set(p.jurisdiction, p);
  }
  // The jurisdiction whose history keeps the bare slug when several have one: the site's, else the oldest.
  const precedence = (j: string) => (j === site?.jurisdiction ? [0, 0, ''] : [1, firstYear.get(j)!.year, firstYear.get(j)!.id]) as [number, number, string];
  const before = (a: string, b: string) => {
    const [x, y] = [precedence(a), precedence(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  };
  const histories = new Map<string, HistoryStep<P, S>[]>();
  for (const [slug, ofSlug] of bySlug) {
    const shown = [...ofSlug].filter(([, steps]) => steps.length >= 2).sort(([a], [b]) => before(a, b));
    shown.forEach(([jurisdiction, steps], i) => {
      const key = i === 0 ? slug : `${keys.get(jurisdiction)}/${slug}`;
      histories.set(
        key,
        steps.sort((a, b) => a.programme.year - b.programme.year || (a.programme.id < b.programme.id ? -1 : a.programme.id > b.programme.id ? 1 : 0)),
      );
    });
  }
  return histories;
}

/** The key of each programme entry's history (`<programme>/<slug>` → history key), for linking a project's page to it. */
export function historyKeysByEntry(histories: ReadonlyMap<string, readonly HistoryStep[]>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, steps] of histories) for (const s of steps) keys.set(`${s.programme.id}/${s.project.id}`, key);
  return keys;
}
