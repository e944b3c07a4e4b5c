/**
 * `node scripts/shards/ci-matrix.ts --plan <plan.json> [--format github|gitlab]`: the build matrix of a
 * plan, for CI. `github` prints the JSON that `.github/workflows/shards.yml` feeds to
 * `strategy.matrix` (`fromJSON`); `gitlab` prints the `parallel:matrix` block of `.gitlab-ci.yml`
 * (GitLab needs it written into the file: regenerate it when the plan changes).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readPlan } from './plan.ts';
import { ROOT } from './runner.ts';

const { values } = parseArgs({ options: { plan: { type: 'string' }, format: { type: 'string', default: 'github' } } });
if (!values.plan) {
  console.error('usage: node scripts/shards/ci-matrix.ts --plan <plan.json> [--format github|gitlab]');
  process.exit(2);
}
const plan = readPlan(resolve(values.plan));
const rows = plan.shards.map((s) => ({ shard: s.id, content: relative(ROOT, s.contentDir) || '.' }));
if (values.format === 'gitlab') {
  console.log('  parallel:\n    matrix:');
  for (const r of rows) console.log(`      - SHARD: "${r.shard}"\n        SHARD_CONTENT: "${r.content}"`);
} else {
  console.log(JSON.stringify({ include: rows }));
}
