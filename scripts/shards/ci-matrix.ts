/**
 * `node scripts/shards/ci-matrix.ts --plan <plan.json> [--format github|gitlab] [--per-job <n>]`: the
 * build matrix of a plan, for CI. `github` prints the JSON that `.github/workflows/shards.yml` feeds
 * to `strategy.matrix` (`fromJSON`); `gitlab` prints the `parallel:matrix` block of `.gitlab-ci.yml`
 * (GitLab needs it written into the file: regenerate it when the plan changes).
 *
 * Each row is one job: `shards`, the ids it builds (space-separated), `job`, a name for it, and,
 * for GitHub, `key`, the hash of its shards' cache keys (runner.ts: content, code, lockfile,
 * settings, the data's date), on which the job's cache is stored: an exact hit is the right output.
 * A job builds `--per-job` shards; by default as few as keep the matrix within the engine's limit
 * (GitHub: 256 jobs, GitLab: 200), so a plan of 333 shards runs as 167 jobs of two.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readPlan } from './plan.ts';
import { shardKeys } from './runner.ts';

/** Jobs per matrix each engine runs at most. */
export const MATRIX_LIMITS = { github: 256, gitlab: 200 } as const;

/** One job of the matrix. */
export interface MatrixRow {
  job: string;
  shards: string;
  key: string;
}

/** The plan's shards in jobs of `perJob`, in plan order; `keys` are the shards' cache keys. */
export function matrixRows(ids: readonly string[], keys: ReadonlyMap<string, string>, perJob: number): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (let i = 0; i < ids.length; i += perJob) {
    const group = ids.slice(i, i + perJob);
    const key = createHash('sha256')
      .update(group.map((id) => `${id}:${keys.get(id)}`).join('\n'))
      .digest('hex')
      .slice(0, 32);
    rows.push({ job: group.length === 1 ? group[0]! : `${group[0]}-to-${group.at(-1)}`, shards: group.join(' '), key });
  }
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { plan: { type: 'string' }, format: { type: 'string', default: 'github' }, 'per-job': { type: 'string' } } });
  const format = values.format === 'gitlab' ? 'gitlab' : values.format === 'github' ? 'github' : null;
  if (!values.plan || !format) {
    console.error('usage: node scripts/shards/ci-matrix.ts --plan <plan.json> [--format github|gitlab] [--per-job <n>]');
    process.exit(2);
  }
  const plan = readPlan(resolve(values.plan));
  const ids = plan.shards.map((s) => s.id);
  const perJob = values['per-job'] ? Number(values['per-job']) : Math.ceil(ids.length / MATRIX_LIMITS[format]);
  if (!Number.isInteger(perJob) || perJob < 1) {
    console.error(`--per-job ${values['per-job']}: a whole number of shards, at least 1`);
    process.exit(2);
  }
  const rows = matrixRows(ids, shardKeys(plan, plan.shards), perJob);
  if (rows.length > MATRIX_LIMITS[format]) {
    console.error(`${rows.length} jobs: ${format} runs at most ${MATRIX_LIMITS[format]} per matrix; use --per-job ${Math.ceil(ids.length / MATRIX_LIMITS[format])}`);
    process.exit(2);
  }
  if (format === 'gitlab') {
    console.log('  parallel:\n    matrix:');
    for (const r of rows) console.log(`      - SHARD_JOB: "${r.job}"\n        SHARD_IDS: "${r.shards}"`);
  } else {
    console.log(JSON.stringify({ include: rows }));
  }
}
