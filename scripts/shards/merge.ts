/**
 * The merge step of a shard plan: puts each shard's built site at its base path in the portal and
 * writes what belongs to the portal itself:
 *
 * - `index.html`, the portal's home: every site, linked, and the portal's search;
 * - `search/index.html` (+ `portal-search.js` and the sites' search modules it uses): one search over every shard, Pagefind's
 *   `mergeIndex` across the sites' bundles (each result links into its own site);
 * - `search-indexes.json`: the list of search indexes (each shard's primary bundle and its
 *   programme bundles, pagefind/shards.json);
 * - `datapackage.json`: every shard's data package resources, paths relative to the portal root;
 * - `catalogue.json`: every shard's published data files with their SHA-256 (its SHA256SUMS).
 *
 * The portal files are made from the shards' outputs only, in plan order, so the same outputs give
 * the same bytes: a shard reused from the cache merges exactly as a rebuilt one.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import type { PortalBundle, PortalIndexes } from '../../src/client/portal-search.ts';
import { portalHome, portalSearchModules, portalSearchPage } from './portal-pages.ts';
import { PORTAL_SEARCH_FOLDER, type Shard } from './plan.ts';

/** One shard's output to merge. */
export interface MergeInput {
  shard: Shard;
  /** Its built site. */
  dir: string;
  /** Its cache key (runner.ts): with it, a merge into an existing portal copies only the shards whose key changed. */
  key?: string;
}

// The portal's `search-indexes.json`, typed where its reader, the portal's search, is.
export type { PortalBundle, PortalIndexes } from '../../src/client/portal-search.ts';

export const PORTAL_FILES = {
  /** Which output (cache key) of each shard the portal holds. */
  shards: 'portal-shards.json',
  indexes: 'search-indexes.json',
  datapackage: 'datapackage.json',
  catalogue: 'catalogue.json',
} as const;

/** A shard's title: the plan's, else its content's site name. */
export function shardTitle(shard: Shard): string {
  if (shard.title) return shard.title;
  const site = join(shard.contentDir, 'site.yaml');
  const name = existsSync(site) ? (parse(readFileSync(site, 'utf8')) as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : shard.id;
}

/**
 * The programme ids of a shard, from its content: each programme's folder, `programmes/<id>/`
 * (src/schemas/record-types.ts; every record in it names its programme by that id, and the content
 * check refuses one that names another). Read
 * before anything is built, so a plan is refused in its first minute, not after its last shard.
 */
export function shardProgrammes(contentDir: string): string[] {
  const programmes = join(contentDir, 'programmes');
  if (!existsSync(programmes)) return [];
  return readdirSync(programmes, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/**
 * Why these shards cannot make one portal, one line each: a programme id in two shards (the
 * portal's tables would repeat their keys, programme_id + project_id, and a reader joining them
 * could not tell the rows apart), or two shards of the same title (the home page and the search
 * results would name two sites alike).
 */
export function mergeProblems(shards: readonly Shard[]): string[] {
  const problems: string[] = [];
  const programmes = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const shard of shards) {
    for (const programme of shardProgrammes(shard.contentDir)) {
      const other = programmes.get(programme);
      if (other) problems.push(`shard ${shard.id}: programme ${programme} is also in shard ${other}; give one of them another id (e.g. with its city: gulou-nanjing-2017)`);
      else programmes.set(programme, shard.id);
    }
    const title = shardTitle(shard);
    const other = titles.get(title);
    if (other) problems.push(`shard ${shard.id}: titled “${title}”, as shard ${other} is; give each a "title" in the plan`);
    else titles.set(title, shard.id);
  }
  return problems;
}

/** The portal path of a shard's file: its base path without the leading slash, then the file. */
const under = (shard: Shard, path: string) => `${shard.basePath.slice(1)}${path}`;

/** The search bundles of one built shard: its primary one, then one per programme bundle. */
export function shardBundles(input: MergeInput): PortalBundle[] {
  const listFile = join(input.dir, 'pagefind/shards.json');
  const list = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as { shards: { programme: string }[] }) : { shards: [] };
  return [
    { shard: input.shard.id, url: `${input.shard.basePath}pagefind/` },
    ...list.shards.map((s) => ({ shard: input.shard.id, url: `${input.shard.basePath}pagefind/${s.programme}/` })),
  ];
}

interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

interface PackageResource {
  name: string;
  path: string | string[];
  /** A JSON resource's JSON Schema, a path relative to the shard's data package. */
  jsonSchema?: string;
  schema?: { foreignKeys?: ForeignKey[]; [key: string]: unknown };
  [key: string]: unknown;
}

interface ShardPackage {
  licenses?: unknown[];
  sources?: unknown[];
  resources: PackageResource[];
}

/**
 * The portal's data package: each shard's resources, renamed `<shard>-<name>`, with every path in
 * them relative to the portal root (the data files and a JSON resource's JSON Schema), the foreign
 * keys pointing at the renamed resource of the same shard, and the shard's licences and sources
 * on each of its resources, as the shard's own package has them for the whole package. The portal
 * package states a licence itself where every shard has the same. Its profile is a shard's
 * (`data-package`): the JSON files are resources too, so it is not a tabular data package.
 */
export function mergedDataPackage(inputs: readonly MergeInput[]): Record<string, unknown> {
  const resources: PackageResource[] = [];
  const licences: string[] = [];
  for (const input of inputs) {
    const pkg = JSON.parse(readFileSync(join(input.dir, 'data/datapackage.json'), 'utf8')) as ShardPackage;
    const renamed = (name: string) => `${input.shard.id}-${name}`;
    const title = shardTitle(input.shard);
    const inPortal = (path: string) => under(input.shard, `data/${path}`);
    licences.push(JSON.stringify(pkg.licenses ?? null));
    for (const r of pkg.resources) {
      const merged: PackageResource = { ...r, name: renamed(r.name), path: Array.isArray(r.path) ? r.path.map(inPortal) : inPortal(r.path) };
      // Every shard has a 补助标准 table: its title says whose.
      if (typeof r.title === 'string') merged.title = t('search.portal.resourceTitle', { site: title, title: r.title });
      if (r.jsonSchema !== undefined) merged.jsonSchema = inPortal(r.jsonSchema);
      if (r.schema?.foreignKeys) {
        // An empty resource name refers to the resource itself (Table Schema), which keeps its meaning.
        const foreignKeys = r.schema.foreignKeys.map((fk) => ({
          ...fk,
          reference: { ...fk.reference, resource: fk.reference.resource === '' ? '' : renamed(fk.reference.resource) },
        }));
        merged.schema = { ...r.schema, foreignKeys };
      }
      if (pkg.licenses) merged.licenses = pkg.licenses;
      if (pkg.sources) merged.sources = pkg.sources;
      resources.push(merged);
    }
  }
  const shared = new Set(licences).size === 1 && licences[0] !== 'null' ? { licenses: JSON.parse(licences[0]!) } : {};
  return { profile: 'data-package', name: 'minsheng-portal', title: t('search.portal.title'), ...shared, resources };
}

/** The portal's catalogue: per shard, every data file it publishes with its SHA-256, as its SHA256SUMS lists them. */
export function mergedCatalogue(inputs: readonly MergeInput[]): Record<string, unknown> {
  return {
    shards: inputs.map((input) => {
      const sums = readFileSync(join(input.dir, 'data/SHA256SUMS'), 'utf8');
      const files = sums
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [sha256, path] = line.split(/ {2}/) as [string, string];
          return { path: under(input.shard, `data/${path}`), sha256 };
        });
      return { shard: input.shard.id, title: shardTitle(input.shard), base: input.shard.basePath, dataPackage: under(input.shard, 'data/datapackage.json'), files };
    }),
  };
}

/** `path` with its links resolved as far as it exists (a folder not made yet keeps its name below the nearest that is). */
function realPath(path: string): string {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (existsSync(absolute)) return realpathSync(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

/** Whether `path` is `dir` or inside it, links resolved (a content folder reached through a link into `dir` is inside it). */
export const isWithin = (path: string, dir: string): boolean => {
  const rel = relative(realPath(dir), realPath(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/**
 * Why the folder an option names cannot be written by the run, or null: it holds something in
 * `keep`, which `loss` says what would delete (and `advice` what to choose instead), or lies inside
 * one of `insideOf` (folders whose files are part of every shard's key: written there, it would
 * change the key it is stored under).
 */
function folderProblem(option: string, dir: string, keep: readonly string[], insideOf: readonly string[], loss: { by: string; advice: string }): string | null {
  for (const path of keep) if (isWithin(path, dir)) return `${option} ${dir}: it holds ${path}, which ${loss.by}; ${loss.advice}`;
  for (const inside of insideOf)
    if (isWithin(dir, inside)) return `${option} ${dir}: it is inside ${inside}, whose files are part of every shard's key; choose a folder outside it`;
  return null;
}

/**
 * Why `cacheDir` cannot hold the shards' outputs, or null. A build removes older outputs of its
 * shard from `<cache>/<shard>/`, so the cache must not hold anything the run needs or an editor
 * keeps (`keep`: the plan, every shard's content folder, the project); nor lie inside `insideOf`
 * (the generator's code and the content folders: nothing would ever be reused).
 */
export function cacheDirProblem(cacheDir: string, keep: readonly string[], insideOf: readonly string[]): string | null {
  return folderProblem('--cache', cacheDir, keep, insideOf, { by: 'a build could delete', advice: 'choose a folder of its own' });
}

/** What replacing the portal's folder whole would lose, and what to choose instead. */
const NEW_OR_EMPTY = { by: 'the merge would delete', advice: 'choose a new or empty folder' };

/**
 * Why `outDir` cannot be the portal's folder, or null. A merge replaces the folder whole, so it
 * must not be, or hold, anything else the run needs or an editor keeps (`keep`: the plan, the
 * cache, every shard's content folder, the project), nor lie inside `insideOf` (the generator's own
 * code folders and the content folders, whose files are part of every shard's cache key); and a
 * folder that exists must be empty or a portal already (its portal-shards.json).
 */
export function portalDirProblem(outDir: string, keep: readonly string[], insideOf: readonly string[] = []): string | null {
  const problem = folderProblem('--out', outDir, keep, insideOf, NEW_OR_EMPTY);
  if (problem) return problem;
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, PORTAL_FILES.shards)))
    return `--out ${outDir}: a folder with other files (no ${PORTAL_FILES.shards}), which ${NEW_OR_EMPTY.by}; ${NEW_OR_EMPTY.advice}`;
  return null;
}

/** The shard keys a portal folder holds (its portal-shards.json), or null. */
function heldKeys(outDir: string): Record<string, { key: string | null; basePath: string }> | null {
  const file = join(outDir, PORTAL_FILES.shards);
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { shards: Record<string, { key: string | null; basePath: string }> }).shards;
}

/**
 * Writes the portal into `outDir` from the shards' outputs. With `reuse`, a portal already in
 * `outDir` keeps the folders of the shards whose key it already holds and only the others are
 * copied (a one-shard correction copies one shard); otherwise the folder is replaced whole. Either
 * way the portal's own files are written again, from every shard, so the result is the same bytes.
 */
export function mergePortal(inputs: readonly MergeInput[], outDir: string, options: { reuse?: boolean } = {}): PortalIndexes {
  const problem = portalDirProblem(
    outDir,
    inputs.map((i) => i.dir),
  );
  if (problem) throw new Error(problem);
  const problems = mergeProblems(inputs.map((i) => i.shard));
  if (problems.length) throw new Error(`the shards cannot be merged:\n  ${problems.join('\n  ')}`);
  const held = options.reuse ? heldKeys(outDir) : null;
  if (!held) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  } else {
    // Shards gone from the plan, or moved, leave the portal.
    for (const [id, { basePath }] of Object.entries(held)) {
      if (!inputs.some((i) => i.shard.id === id && i.shard.basePath === basePath)) rmSync(join(outDir, basePath.slice(1)), { recursive: true, force: true });
    }
  }
  for (const input of inputs) {
    const target = join(outDir, input.shard.basePath.slice(1));
    const kept = held?.[input.shard.id];
    if (kept && input.key && kept.key === input.key && kept.basePath === input.shard.basePath && existsSync(target)) continue;
    rmSync(target, { recursive: true, force: true });
    cpSync(input.dir, target, { recursive: true });
  }
  const sites = inputs.map((i) => ({ shard: i.shard.id, title: shardTitle(i.shard), base: i.shard.basePath }));
  const indexes: PortalIndexes = { bundles: inputs.flatMap(shardBundles), sites };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(outDir, PORTAL_FILES.shards), json({ shards: Object.fromEntries(inputs.map((i) => [i.shard.id, { key: i.key ?? null, basePath: i.shard.basePath }])) }));
  writeFileSync(join(outDir, PORTAL_FILES.indexes), json(indexes));
  writeFileSync(join(outDir, PORTAL_FILES.datapackage), json(mergedDataPackage(inputs)));
  writeFileSync(join(outDir, PORTAL_FILES.catalogue), json(mergedCatalogue(inputs)));
  writeFileSync(join(outDir, 'index.html'), portalHome(sites));
  const search = join(outDir, PORTAL_SEARCH_FOLDER);
  mkdirSync(search, { recursive: true });
  writeFileSync(join(search, 'index.html'), portalSearchPage());
  for (const [name, text] of Object.entries(portalSearchModules())) writeFileSync(join(search, name), text);
  return indexes;
}
