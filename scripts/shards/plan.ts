/**
 * The shard plan: which separately built sites make up a portal. Each shard is a content subset (a
 * content folder of its own, e.g. one prefecture-level city over all years) built with its own
 * `BASE_PATH` into a part of the portal; the merge step (merge.ts) then writes the portal's home,
 * its merged data package and catalogue and the list of search indexes.
 *
 * A plan is JSON (`plan.example.json`); relative paths are relative to the plan file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One shard: a content folder and where its site lives in the portal. */
export interface Shard {
  /** Stable code: its cache folder, its CI job name, e.g. `hefei`. */
  id: string;
  /** How the portal names it (its home link, its search results); default: the content's site name. */
  title?: string;
  /** Content folder (absolute once read). */
  contentDir: string;
  /** Where its site is served in the portal, e.g. `/hefei/`: never `/` (the portal's own home). */
  basePath: string;
}

export interface ShardPlan {
  /** The published origin, when known (each shard's SITE_URL is it plus the shard's base path). */
  siteUrl?: string;
  shards: Shard[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const BASE = /^\/([a-z0-9][a-z0-9-]*\/)+$/;
/** The folder of the portal's own search page (merge.ts). */
export const PORTAL_SEARCH_FOLDER = 'search';
/** Base paths the portal's own pages take. */
export const RESERVED_BASE_PATHS: readonly string[] = [`/${PORTAL_SEARCH_FOLDER}/`];

/** Checks a plan; returns the problems, one line each. */
export function planProblems(plan: ShardPlan): string[] {
  const problems: string[] = [];
  if (!Array.isArray(plan.shards) || plan.shards.length === 0) return ['plan: no shards'];
  const ids = new Set<string>();
  const bases = new Set<string>();
  for (const [i, s] of plan.shards.entries()) {
    const at = `shards[${i}]`;
    if (typeof s.id !== 'string' || !ID.test(s.id)) problems.push(`${at}.id: a code of lowercase letters, digits and hyphens`);
    const validBase = typeof s.basePath === 'string' && BASE.test(s.basePath);
    if (!validBase) problems.push(`${at}.basePath: a path such as /hefei/ (not /, which is the portal's home)`);
    if (typeof s.contentDir !== 'string' || !s.contentDir) problems.push(`${at}.contentDir: missing`);
    if (ids.has(s.id)) problems.push(`${at}.id: ${s.id} twice`);
    ids.add(s.id);
    if (!validBase) continue;
    // The portal's own pages live there: the merge would overwrite the shard's home with them.
    for (const reserved of RESERVED_BASE_PATHS) if (s.basePath.startsWith(reserved)) problems.push(`${at}.basePath: ${s.basePath} is the portal's own ${reserved}`);
    if (bases.has(s.basePath)) problems.push(`${at}.basePath: ${s.basePath} twice`);
    // One site inside another's folder would have its files overwritten by the merge.
    else for (const other of bases) if (s.basePath.startsWith(other) || other.startsWith(s.basePath)) problems.push(`${at}.basePath: ${s.basePath} nests with ${other}`);
    bases.add(s.basePath);
  }
  return problems;
}

/** Reads and checks a plan file; throws with every problem. */
export function readPlan(file: string): ShardPlan {
  let plan: ShardPlan;
  try {
    plan = JSON.parse(readFileSync(file, 'utf8')) as ShardPlan;
  } catch (error) {
    throw new Error(`${file}: not a readable JSON plan (${(error as Error).message})`);
  }
  if (typeof plan !== 'object' || plan === null) throw new Error(`${file}: a plan is a JSON object with "shards"`);
  const problems = planProblems(plan);
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  const dir = dirname(resolve(file));
  return { ...plan, shards: plan.shards.map((s) => ({ ...s, contentDir: resolve(dir, s.contentDir) })) };
}

/** The shards a CI job builds: `--shard <id>` (one matrix job), or every shard. */
export function selectShards(plan: ShardPlan, only: readonly string[]): Shard[] {
  if (only.length === 0) return plan.shards;
  const unknown = only.filter((id) => !plan.shards.some((s) => s.id === id));
  if (unknown.length) throw new Error(`no shard ${unknown.join(', ')} in the plan`);
  return plan.shards.filter((s) => only.includes(s.id));
}
