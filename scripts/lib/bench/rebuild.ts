/**
 * What a one-project correction costs, two ways. The single site (the figure): the site is
 * built fresh (`--fresh`, as the benchmark's full builds are), one project corrected, and built
 * again through scripts/build.ts with the site's cache (Astro's incremental build, the page keys of
 * src/lib/site/page-keys.ts, Pagefind bundles reused), CPU measured as the full build's (GNU time
 * over the whole process tree). And the shard plan (below).
 *
 * What a one-project correction costs with the shard plan (scripts/shards/): the benchmark's
 * programmes as one shard each, built by the local runner into a fresh cache and merged (the full
 * build), then one project's description corrected in one shard, and the plan run again (the
 * incremental build: that shard rebuilt, the others taken from the cache, the merge copying the
 * changed shard only). CPU is measured as the runner measures each build (GNU time over the whole
 * process tree) plus this process's own CPU during the merges.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteCache, siteCacheKey } from '../build-folders.ts';
import { filesUnder } from '../files.ts';
import { runMeasured } from './measure.ts';
import { mergePortal } from '../../shards/merge.ts';
import type { ShardPlan } from '../../shards/plan.ts';
import { runShards, type ShardResult } from '../../shards/runner.ts';
import { writeSyntheticProgramme, writeSyntheticSite } from '../synthetic-content.ts';
import { benchProgrammes, type BenchSize } from './plan.ts';

export interface RebuildCost {
  shards: number;
  /** CPU ms of the full build of the plan: every shard built, then merged. */
  fullCpuMs: number;
  /** CPU ms of the rebuild after the correction: one shard built, the merge. */
  incrementalCpuMs: number;
  /** CPU ms of each shard's build in the full run (for estimates of larger plans). */
  shardCpuMs: number[];
  /** Wall ms of each shard's build in the full run. */
  shardWallMs: number[];
  /** Peak memory of the largest shard build, bytes. */
  shardPeakRssBytes: number;
  fullMergeCpuMs: number;
  incrementalMergeCpuMs: number;
  /** How many shards the rebuild built (1 when the cache works). */
  rebuilt: number;
}

const cpuMsOf = (results: readonly ShardResult[]) => results.reduce((sum, r) => sum + (r.cpuMs ?? r.wallMs), 0);

/** This process's CPU ms while `task` runs. */
function ownCpuMs(task: () => void): number {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Corrects one project of the content folder: reverses the first two characters of its description,
 * in the project's file and in the notice paragraph that quotes it, so the content stays valid.
 * Picks a project whose description occurs once in the notice.
 */
export function correctOneProject(contentDir: string): string {
  const programmes = readdirSync(join(contentDir, 'programmes'));
  for (const programme of programmes) {
    const notice = join(contentDir, 'sources', `${programme}-notice.mdx`);
    const text = readFileSync(notice, 'utf8');
    const dir = join(contentDir, 'programmes', programme, 'projects');
    for (const file of readdirSync(dir).sort()) {
      const yaml = readFileSync(join(dir, file), 'utf8');
      const description = /^description: (.+)$/m.exec(yaml)?.[1];
      if (!description || description.length < 3 || description[0] === description[1] || text.split(description).length !== 2) continue;
      const corrected = `${description[1]}${description[0]}${description.slice(2)}`;
      writeFileSync(join(dir, file), yaml.replace(`description: ${description}`, `description: ${corrected}`));
      writeFileSync(notice, text.replace(description, corrected));
      return `${programme}/${file}`;
    }
  }
  throw new Error(`no project to correct in ${contentDir}`);
}

/** Measures the full and the incremental build of `size` as a shard plan in `work`. */
export async function measureRebuild(work: string, size: BenchSize, log: (line: string) => void): Promise<RebuildCost> {
  const shards = benchProgrammes(size).map((programme, i) => {
    const id = `d${String(i + 1).padStart(2, '0')}`;
    const contentDir = join(work, `content-${id}`);
    writeSyntheticSite(contentDir);
    writeSyntheticProgramme(contentDir, programme);
    // Each synthetic site has the same name: the portal names them by their shard.
    return { id, title: id, contentDir, basePath: `/${id}/` };
  });
  const plan: ShardPlan = { siteUrl: 'https://bench.example.gov.cn', shards };
  const cacheDir = join(work, 'cache');
  const portal = join(work, 'portal');
  const full = await runShards(plan, shards, { cacheDir, jobs: 1, log });
  // The merge's own CPU: it runs in this process, after every shard of the run is built.
  const mergeCpuMs = (results: typeof full) =>
    ownCpuMs(() =>
      mergePortal(
        results.map((r) => ({ shard: r.shard, key: r.key, dir: r.dir })),
        portal,
        { reuse: true },
      ),
    );
  const fullMergeCpuMs = mergeCpuMs(full);
  const corrected = correctOneProject(shards[0]!.contentDir);
  log(`corrected ${corrected} in shard ${shards[0]!.id}`);
  const incremental = await runShards(plan, shards, { cacheDir, jobs: 1, log });
  const incrementalMergeCpuMs = mergeCpuMs(incremental);
  return {
    shards: shards.length,
    fullCpuMs: cpuMsOf(full) + fullMergeCpuMs,
    incrementalCpuMs: cpuMsOf(incremental) + incrementalMergeCpuMs,
    shardCpuMs: full.map((r) => r.cpuMs ?? r.wallMs),
    shardWallMs: full.map((r) => r.wallMs),
    shardPeakRssBytes: Math.max(...full.map((r) => r.peakRssBytes)),
    fullMergeCpuMs,
    incrementalMergeCpuMs,
    rebuilt: incremental.filter((r) => !r.cached).length,
  };
}

/** A one-project correction rebuilt incrementally as one site. */
export interface SiteRebuildCost {
  /** CPU ms of the rebuild through scripts/build.ts with the site's cache. */
  cpuMs: number;
  wallMs: number;
  /** Pages (and data files) with a cache key that Astro rendered, and that it copied from the cache. */
  rendered: number;
  restored: number;
  /** The project corrected (`<programme>/<file>`). */
  corrected: string;
  /** CPU ms of every rebuild of the series this one was the cheapest of (scripts/bench.ts), in order; absent for a single one. */
  roundsCpuMs?: number[];
}

/**
 * Corrects one project of `contentDir`, whose site was just built fresh into the OUT_DIR of `env`
 * (so the site's cache holds that build), and rebuilds it with the cache; `env` must be the fresh
 * build's. Throws if the rebuild fails.
 */
export async function measureSiteRebuild(
  root: string,
  site: { contentDir: string; outDir: string; base: string; siteUrl: string | null },
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<SiteRebuildCost> {
  const corrected = correctOneProject(site.contentDir);
  log(`corrected ${corrected}; rebuilding the single site with its cache`);
  // The rebuild runs as the full build did: Astro's log level is part of the code it hashes (a
  // build at another level renders every page). Astro rewrites the cached copy of each page it
  // renders, so the copies newer than the rebuild's start are the pages rendered.
  const pages = join(siteCache(root, siteCacheKey(site), 0, env.MINSHENG_SITE_CACHE_DIR || null).dir, 'dist');
  const started = Date.now();
  const run = await runMeasured(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env });
  if (run.exitCode !== 0) throw new Error(`incremental rebuild failed with exit code ${run.exitCode}:\n${run.stderr.slice(-4000)}`);
  const copies = filesUnder(pages).map((f) => statSync(join(pages, f)).mtimeMs);
  const rendered = copies.filter((mtime) => mtime >= started - 1000).length;
  return { cpuMs: run.cpuMs ?? run.wallMs, wallMs: run.wallMs, rendered, restored: copies.length - rendered, corrected };
}
