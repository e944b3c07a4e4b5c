/**
 * The local runner of a shard plan: builds each shard with its own CONTENT_DIR, BASE_PATH and
 * OUT_DIR through the real build (scripts/build.ts), one or two at a time, into a cache keyed on
 * everything the output depends on (cache-key.ts). A shard whose key is cached is not rebuilt: a
 * correction to one project rebuilds its shard alone, and the merge (merge.ts) then copies every
 * shard's output as it is. CI runs the same steps, one matrix job per shard (or per few)
 * (.github/workflows/shards.yml, .gitlab-ci.yml).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runMeasured } from '../lib/bench/measure.ts';
import { codeHash, shardKey } from './cache-key.ts';
import type { Shard, ShardPlan } from './plan.ts';
import { childEnvironment } from '../../src/config/environment.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** What building (or reusing) one shard cost. */
export interface ShardResult {
  shard: Shard;
  key: string;
  /** Its built site, in the cache. */
  dir: string;
  /** True when the cache had it: nothing was built. */
  cached: boolean;
  /** CPU (user + system) of its build and every process the build ran, ms; 0 when cached, null without GNU time. */
  cpuMs: number | null;
  wallMs: number;
  peakRssBytes: number;
}

/** The data's date of a content folder: the last commit that touched it, as the build itself would take it; null outside git. */
export function contentEpoch(contentDir: string): string | null {
  const git = spawnSync('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: contentDir, encoding: 'utf8' });
  const epoch = git.status === 0 ? git.stdout.trim() : '';
  return /^\d+$/.test(epoch) ? epoch : null;
}

/** The site URL a shard is built with: the plan's origin plus its base path, or none (a preview). */
export function shardSiteUrl(plan: ShardPlan, shard: Shard): string | undefined {
  return plan.siteUrl ? `${plan.siteUrl.replace(/\/$/, '')}${shard.basePath}` : undefined;
}

/** A cache key as shardKey writes it: the name of an output's folder. */
const KEY = /^[0-9a-f]{32}$/;

/** Where a shard's output for `key` lives in the cache. */
export function shardDir(cacheDir: string, shard: Shard, key: string): string {
  return join(cacheDir, shard.id, key);
}

/** The key of each shard (content, code, settings, the data's date). */
export function shardKeys(plan: ShardPlan, shards: readonly Shard[], root = ROOT): Map<string, string> {
  const code = codeHash(root);
  return new Map(shards.map((s) => [s.id, shardKey(s, `${code}:${contentEpoch(s.contentDir) ?? ''}`, shardSiteUrl(plan, s))]));
}

/** Builds `shard` into the cache unless it is there; removes its older outputs. */
async function buildShard(plan: ShardPlan, shard: Shard, key: string, cacheDir: string, log: (line: string) => void): Promise<ShardResult> {
  const dir = shardDir(cacheDir, shard, key);
  const base = { shard, key, dir };
  if (existsSync(join(dir, 'index.html'))) {
    log(`shard ${shard.id}: cached (${key})`);
    return { ...base, cached: true, cpuMs: 0, wallMs: 0, peakRssBytes: 0 };
  }
  mkdirSync(join(cacheDir, shard.id), { recursive: true });
  log(`shard ${shard.id}: building (${key})`);
  const epoch = contentEpoch(shard.contentDir);
  const siteUrl = shardSiteUrl(plan, shard);
  // Only the shard's own settings: none of this process's project variables leak into a shard's build.
  const env = childEnvironment({ CONTENT_DIR: shard.contentDir, BASE_PATH: shard.basePath, OUT_DIR: dir, SITE_URL: siteUrl || undefined, SOURCE_DATE_EPOCH: epoch || undefined });
  const run = await runMeasured(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, env });
  if (run.exitCode !== 0) throw new Error(`shard ${shard.id}: build failed (exit ${run.exitCode})\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
  // Older outputs of this shard are of no further use: the key moved on.
  // Only folders named as keys are: nothing else in the folder is the runner's to remove.
  for (const other of readdirSync(join(cacheDir, shard.id))) if (other !== key && KEY.test(other)) rmSync(join(cacheDir, shard.id, other), { recursive: true, force: true });
  log(`shard ${shard.id}: built in ${(run.wallMs / 1000).toFixed(1)} s, ${run.cpuMs === null ? '?' : (run.cpuMs / 1000).toFixed(1)} CPU s`);
  return { ...base, cached: false, cpuMs: run.cpuMs, wallMs: run.wallMs, peakRssBytes: run.peakRssBytes };
}

/** Builds every shard of `shards` (at most `jobs` at a time), in plan order of the results. */
export async function runShards(plan: ShardPlan, shards: readonly Shard[], options: { cacheDir: string; jobs?: number; log?: (line: string) => void }): Promise<ShardResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const keys = shardKeys(plan, shards);
  const results: ShardResult[] = new Array(shards.length);
  let next = 0;
  const worker = async () => {
    while (next < shards.length) {
      const i = next++;
      const shard = shards[i]!;
      results[i] = await buildShard(plan, shard, keys.get(shard.id)!, options.cacheDir, log);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs ?? 1, shards.length)) }, worker));
  return results;
}
