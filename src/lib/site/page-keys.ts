/**
 * The `cacheKey` of every page that getStaticPaths() returns, for Astro's incremental build
 * (`experimental.incrementalBuild`): Astro skips a page, copying its previous output, when its key
 * and the hash of its code (every module it imports, wording included) match the previous build.
 * So a key must change whenever any data the page renders changes. Keys are built conservatively:
 *
 * - every key holds the **site-wide digest**: every record no programme owns (site.yaml, the
 *   corrections), every programme's own record (navigation, the frame's wording and the search
 *   bundles read them all), the navigation of every page scope, every programme's search examples
 *   (src/lib/search/examples.ts, which the header shows), and the build's settings and
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
 * Each record of the content is serialised once per build and its text reused by every digest
 * that holds it (see {@link RecordTexts}), as the digests themselves are made once.
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
 *
 * The text is what `JSON.stringify` gives with a replacer that sorts every object's keys (integer-like
 * keys first in numeric order, as a JS object lists them, then the others sorted) and turns a Map
 * into `{"$map":[[key,value]…]}` sorted by `String(key)` and a Set into `{"$set":[…]}` of its
 * members' own stableJson, sorted; tests/lib/site/page-keys.test.ts holds that reference. It is
 * written out by hand because the replacer copied every object of every key's data (a third of the
 * keys' time at 4 000 projects): this appends to one string instead. A Buffer is refused too (the
 * replacer only saw it after its toJSON had made it a plain object).
 */
export function stableJson(value: unknown, memo?: RecordTexts): string {
  return write(value, memo) as string;
}

/**
 * The text of records already written, for {@link stableJson} to reuse: a record is written once
 * per build however many digests hold it (its programme's, the whole content's, its project page's).
 * Only for data that does not change while the memo is in use (see {@link pageKeys}).
 */
export interface RecordTexts {
  /** The objects whose text is kept. */
  records: WeakSet<object>;
  texts: WeakMap<object, string>;
}

/** Property names as JSON writes them, for the few names records use (bounded, for maps keyed by data). */
const quotedKeys = new Map<string, string>();
const quoted = (k: string) => {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < 10_000) quotedKeys.set(k, q);
  }
  return q;
};

const byString = ([a]: [unknown, unknown], [b]: [unknown, unknown]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

/** An array index as a JS object orders it before its other keys: a canonical integer below 2³² − 1. */
const isIndex = (k: string) => /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < 4294967295;

const startsWithDigit = (k: string) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57;

/** The keys of `o` in the order the replacer's sorted copy listed them. */
function sortedKeys(o: object): string[] {
  const keys = Object.keys(o).sort();
  // Integer-like keys start with a digit: most objects have none.
  if (!keys.some(startsWithDigit)) return keys;
  const indices = keys.filter(isIndex);
  if (indices.length === 0) return keys;
  return [...indices.sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

/** `value` as JSON.stringify writes it with the sorting replacer; undefined where it writes nothing. */
function write(value: unknown, memo: RecordTexts | undefined): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('page key: a BigInt cannot be serialised');
    case 'object':
      break;
    default:
      // undefined, a function, a symbol: left out of an object, null in an array.
      return undefined;
  }
  let v = value as object;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) throw new Error('page key: binary data in a key (pass its checksum instead)');
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON(): unknown }).toJSON() as object;
    if (v === null || typeof v !== 'object') return write(v, memo);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) throw new Error('page key: binary data in a key (pass its checksum instead)');
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + (write(v[i], memo) ?? 'null');
    return `${out}]`;
  }
  if (v instanceof Map) return `{"$map":${write([...v.entries()].sort(byString), memo)}}`;
  if (v instanceof Set) return `{"$set":${write([...v].map((x) => stableJson(x, memo)).sort(), memo)}}`;
  if (memo?.records.has(v)) {
    let text = memo.texts.get(v);
    if (text === undefined) memo.texts.set(v, (text = writeObject(v, memo)));
    return text;
  }
  return writeObject(v, memo);
}

/** A plain object's properties, sorted, as JSON. */
function writeObject(v: object, memo: RecordTexts | undefined): string {
  let out = '{';
  let first = true;
  for (const k of sortedKeys(v)) {
    const text = write((v as Record<string, unknown>)[k], memo);
    if (text === undefined) continue;
    out += `${first ? '' : ','}${quoted(k)}:${text}`;
    first = false;
  }
  return `${out}}`;
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
 * `<programme>/<project>` to the project's history key (src/lib/programme/history.ts);
 * `searchExamples` are the search boxes' example words of each programme, as every page's header
 * shows them (`searchExamplesByProgramme` of src/lib/search/examples.ts over the same content, found once per build by its caller).
 */
export function pageKeys(
  content: PublishableContent,
  settings: SiteSettings,
  historyKeys: ReadonlyMap<string, string>,
  searchExamples: ReadonlyMap<string, readonly string[]>,
  digest: Digest,
): PageKeys {
  const parts = contentParts(content);
  // Every record's text is written once and reused by every digest holding it. This assumes what
  // the memoised digests below already do: the content is not changed while the build keys its pages.
  const memo: RecordTexts = { records: new WeakSet(), texts: new WeakMap() };
  for (const name of RECORD_TYPE_NAMES) {
    const entries = content[name] as unknown;
    if (Array.isArray(entries)) for (const record of entries as unknown[]) if (record && typeof record === 'object') memo.records.add(record);
    if (entries && typeof entries === 'object' && !Array.isArray(entries)) memo.records.add(entries);
  }
  const json = (value: unknown) => stableJson(value, memo);
  // The frame's navigation as every page scope gets it (a programme's, a jurisdiction's, none): it
  // reads the route table with the whole content, so whatever decides a link is in every key.
  const scopes = [
    {},
    ...content.programmes.map((p) => ({ programme: p.id })),
    ...[...new Set(content.programmes.map((p) => p.jurisdiction))].map((jurisdiction) => ({ jurisdiction })),
  ];
  const navigations = scopes.map((scope) => navigation(content, navScope(content.site, content.programmes, scope)));
  // The search boxes' example words: every page of a programme shows its programme's, which any of
  // its projects can change, so a page whose own records did not change still needs them in its key.
  const siteWide = digest(json({ records: parts.siteWide, settings, navigations, searchExamples: [...searchExamples] }));
  const programmeDigests = new Map<string, string>();
  let contentDigest: string | undefined;
  const programmeDigest = (id: string) => {
    let d = programmeDigests.get(id);
    if (d === undefined) {
      const histories = [...historyKeys].filter(([entry]) => entry.startsWith(`${id}/`));
      d = digest(json({ records: parts.byProgramme.get(id) ?? {}, histories }));
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
            ? `v:${digest(json(part.view))}`
            : `c:${(contentDigest ??= digest(json({ content, historyKeys })))}`;
      return digest(`${route}\n${siteWide}\n${own}`);
    },
  };
}
