/**
 * The `cacheKey` of every page that getStaticPaths() returns, for Astro's incremental build
 * (`experimental.incrementalBuild`): Astro skips a page, copying its previous output, when its key
 * and the hash of its code (every module it imports, wording included) match the previous build.
 * So a key must change whenever any data the page renders changes. Keys are built conservatively:
 *
 * - every key holds the **site-wide digest**: every record no programme owns (site.yaml, the
 *   corrections), every programme's own record (navigation, the frame's wording and the search
 *   bundles read them all), the navigation of every page scope, and the build's settings and
 *   published addresses;
 * - a page of one programme (its lists, overview, notice, charts, data page …) adds the digest of
 *   every record of that programme (projects, standards, sources, milestones, oversight) and of the
 *   history keys of its projects;
 * - a project page adds the digest of its own derived view (src/lib/programme/project-page.ts: the
 *   project, its standards, citations and the names of the projects it links to), not its whole
 *   programme's, so that a correction re-renders the corrected project and the pages naming it;
 * - a history page adds the digest of its derived view (src/lib/programme/history-page.ts);
 * - any other page adds the digest of the whole content.
 *
 * The functions are pure: the digest function comes from the caller (src/data/page-keys.ts).
 */
import type { PublishableContent } from '../content/content-set.ts';
import { programmeOf, RECORD_TYPE_NAMES, type RecordTypeName } from '../../schemas/record-types.ts';
import { navScope } from './navigation.ts';
import { navigation } from './routes.ts';

/** A digest of a text (a hex SHA-256 in the build). */
export type Digest = (text: string) => string;

/**
 * JSON with every object's keys sorted, so that equal data gives equal text whatever the order its
 * properties were set in. Maps and Sets become sorted entry lists; binary data is refused (a key is
 * made from what a page shows, never from file bytes: pass their checksum instead).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
    if (v instanceof Set) return { $set: [...v].map((x) => stableJson(x)).sort() };
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) throw new Error('page key: binary data in a key (pass its checksum instead)');
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** Record types read by every page whatever programme it belongs to. */
const SITE_WIDE_TYPES: ReadonlySet<RecordTypeName> = new Set(['site', 'programmes', 'corrections']);

/** The content split into what every page reads and what one programme's pages read. */
export interface ContentParts {
  /** Records no programme owns, and every programme's own record. */
  siteWide: Partial<Record<RecordTypeName, unknown>>;
  /** Every other record, by the programme that owns it, by type. */
  byProgramme: Map<string, Partial<Record<RecordTypeName, object[]>>>;
}

/** Splits `content` into {@link ContentParts}. A record of another type without a programme counts as site-wide. */
export function contentParts(content: PublishableContent): ContentParts {
  const siteWide: ContentParts['siteWide'] = {};
  const byProgramme: ContentParts['byProgramme'] = new Map();
  for (const name of RECORD_TYPE_NAMES) {
    const entries = content[name] as unknown;
    if (SITE_WIDE_TYPES.has(name) || !Array.isArray(entries)) {
      siteWide[name] = entries;
      continue;
    }
    const orphans: object[] = [];
    for (const record of entries as object[]) {
      const programme = programmeOf(name, record);
      if (programme === null) {
        orphans.push(record);
        continue;
      }
      let part = byProgramme.get(programme);
      if (!part) byProgramme.set(programme, (part = {}));
      (part[name] ??= []).push(record);
    }
    if (orphans.length > 0) siteWide[name] = orphans;
  }
  return { siteWide, byProgramme };
}

/** What the key of a page is made from, besides the site-wide digest. */
export type PageKeyPart =
  /** A page of one programme: its records, and the history keys of its projects. */
  | { kind: 'programme'; programme: string }
  /** A page whose derived view is given: the view's digest. */
  | { kind: 'view'; view: unknown }
  /** Anything else: the whole content. */
  | { kind: 'content' };

/** Keys of a build: one content and settings, memoising the digests of its parts. */
export interface PageKeys {
  /** The key of a page of route `route` made of `part`. */
  key(route: string, part: PageKeyPart): string;
  /** The site-wide digest every key holds. */
  siteWide: string;
}

/** What besides the content every page may read: settings, published addresses, the data's date. */
export type SiteSettings = Record<string, unknown>;

/**
 * The page keys of a build of `content` with `settings` (every setting and derived address a page
 * may render: base, site URL, published origin, last-updated date …). `historyKeys` maps
 * `<programme>/<project>` to the project's history key (src/lib/programme/history.ts).
 */
export function pageKeys(content: PublishableContent, settings: SiteSettings, historyKeys: ReadonlyMap<string, string>, digest: Digest): PageKeys {
  const parts = contentParts(content);
  // The frame's navigation as every page scope gets it (a programme's, a jurisdiction's, none): it
  // reads the route table with the whole content, so whatever decides a link is in every key.
  const scopes = [
    {},
    ...content.programmes.map((p) => ({ programme: p.id })),
    ...[...new Set(content.programmes.map((p) => p.jurisdiction))].map((jurisdiction) => ({ jurisdiction })),
  ];
  const navigations = scopes.map((scope) => navigation(content, navScope(content.site, content.programmes, scope)));
  const siteWide = digest(stableJson({ records: parts.siteWide, settings, navigations }));
  const programmeDigests = new Map<string, string>();
  let contentDigest: string | undefined;
  const programmeDigest = (id: string) => {
    let d = programmeDigests.get(id);
    if (d === undefined) {
      const histories = [...historyKeys].filter(([entry]) => entry.startsWith(`${id}/`));
      d = digest(stableJson({ records: parts.byProgramme.get(id) ?? {}, histories }));
      programmeDigests.set(id, d);
    }
    return d;
  };
  return {
    siteWide,
    key(route, part) {
      const own =
        part.kind === 'programme'
          ? `p:${programmeDigest(part.programme)}`
          : part.kind === 'view'
            ? `v:${digest(stableJson(part.view))}`
            : `c:${(contentDigest ??= digest(stableJson({ content, historyKeys })))}`;
      return digest(`${route}\n${siteWide}\n${own}`);
    },
  };
}
