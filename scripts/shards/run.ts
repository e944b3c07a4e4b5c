/**
 * `npm run shards -- --plan <plan.json> --out <portal folder>`: builds every shard of a plan
 * (scripts/shards/plan.ts) with the local runner and merges them into a portal.
 *
 *   --cache <dir>   where shard outputs are kept between runs (default: the project's .shards-cache/;
 *                   never inside src/, scripts/ or public/, whose files are part of every key)
 *   --jobs <n>      shards built at a time (default 1; 2 on the 2-core machine overlaps one
 *                   shard's Pagefind with the next one's Astro)
 *   --shard <id>    build only this shard (repeatable): one CI matrix job; no merge
 *   --merge-only    merge the shards already in the cache (the CI merge job)
 *
 * Prints, per shard, whether it was cached or built and what it cost, then the portal's folder.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CODE_FOLDERS } from './cache-key.ts';
import { cacheDirProblem, mergePortal, mergeProblems, portalDirProblem } from './merge.ts';
import { readPlan, selectShards } from './plan.ts';
import { ROOT, runShards, shardDir, shardKeys } from './runner.ts';
import { existsSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    plan: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    shard: { type: 'string', multiple: true, default: [] },
    'merge-only': { type: 'boolean', default: false },
  },
});
if (!values.plan) {
  console.error('usage: node scripts/shards/run.ts --plan <plan.json> [--out <dir>] [--cache <dir>] [--jobs <n>] [--shard <id>]… [--merge-only]');
  process.exit(2);
}
const planFile = resolve(values.plan);
const plan = readPlan(planFile);
const cacheDir = resolve(values.cache ?? join(ROOT, '.shards-cache'));
const shards = selectShards(plan, values.shard);
// Checked before any shard is built, so a run that could not end well ends in its first second.
// The generator's own folders and the content folders: their files are part of every shard's key
// (cache-key.ts), so a cache or a portal inside them would change the key it is stored under.
const contentDirs = plan.shards.map((s) => s.contentDir);
const keyed = [...[...CODE_FOLDERS, 'node_modules'].map((d) => join(ROOT, d)), ...contentDirs];
const problems = [
  cacheDirProblem(cacheDir, [planFile, ROOT, ...contentDirs], keyed),
  // A merge replaces the folder whole.
  values.out ? portalDirProblem(resolve(values.out), [planFile, cacheDir, ROOT, ...contentDirs], keyed) : null,
  // Shards that could be built but never merged (a programme id or a title twice).
  ...mergeProblems(plan.shards),
].filter((p) => p !== null);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

if (values['merge-only']) {
  const keys = shardKeys(plan, plan.shards);
  const inputs = plan.shards.map((shard) => ({ shard, key: keys.get(shard.id)!, dir: shardDir(cacheDir, shard, keys.get(shard.id)!) }));
  const missing = inputs.filter((i) => !existsSync(join(i.dir, 'index.html'))).map((i) => i.shard.id);
  if (missing.length) throw new Error(`not in the cache ${cacheDir}: ${missing.join(', ')} (build them first)`);
  if (!values.out) throw new Error('--merge-only needs --out');
  mergePortal(inputs, resolve(values.out), { reuse: true });
  console.log(`portal: ${resolve(values.out)}`);
} else {
  const results = await runShards(plan, shards, { cacheDir, jobs: Number(values.jobs) || 1 });
  const cpu = results.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0);
  console.log(`shards: ${results.filter((r) => !r.cached).length} built, ${results.filter((r) => r.cached).length} cached, ${(cpu / 1000).toFixed(1)} CPU s`);
  if (values.shard.length === 0 && values.out) {
    mergePortal(
      results.map((r) => ({ shard: r.shard, key: r.key, dir: r.dir })),
      resolve(values.out),
      { reuse: true },
    );
    console.log(`portal: ${resolve(values.out)}`);
  }
}
