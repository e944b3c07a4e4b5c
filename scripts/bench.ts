/**
 * `npm run bench`: what the build and the pages cost as the content grows. Not part of the tests.
 *
 * For each size (40, 400, 4 000 and 20 000 projects; `--quick`: 40 and 400) it writes synthetic
 * content to a temporary folder, builds it through the real pipeline (`node scripts/build.ts`),
 * measures wall and CPU time, peak memory, output and index size and what a search downloads, builds a
 * bare Astro baseline with as many plain pages carrying the same text, and prints `ratio: N` per size (our CPU time over the
 * baseline's: wall time swings with whatever else the machine runs; the wall ratio is printed too).
 * Results go to bench-results/ (JSON and Markdown, gitignored); full runs also write
 * docs/benchmark.md.
 *
 * Each size is built --repeat times (default 3), ours and the baseline's in turn, and the fastest run of
 * each counts: noise on a shared machine only ever adds time.
 *
 * Builds run in a RAM disk (/dev/shm) where there is one; --on-disk builds in the system temporary
 * folder (TMPDIR) instead.
 *
 * At 4 000 projects (every size with --rebuild) it corrects one project and rebuilds the site with
 * its cache (Astro's incremental build), --repeat times (each correction on the cache the rebuild
 * before left), printing `rebuild after one change: N% of a full build` (CPU, the cheapest rebuild
 * against the fresh full build above); then it builds the content as a shard plan, one shard
 * per programme (scripts/shards/), and prints the plan's figure as `shard plan rebuild after one
 * change: …`. Every full build runs with `--fresh`, so that no round reuses an earlier one's pages. Each size prints `first search: N KB` and its largest file.
 *
 * Options: --quick, --sizes=40,400,…, --repeat=N, --on-disk, --no-baseline, --no-search, --rebuild, --keep (keep the temp folders),
 * --docs / --no-docs (force or skip docs/benchmark.md), --rewrite-docs (rewrite docs/benchmark.md from
 * bench-results/latest.json without building).
 */
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { childProcessEnvironment, DEPLOYMENT, deploymentWith, parseDeployment } from '../src/config/deployment.ts';
import { type Environment, inheritedEnvironment } from '../src/config/environment.ts';
import { BASELINE_BUILD_SCRIPT, writeBaselineProject } from './lib/bench/baseline.ts';
import { baselinePagesFrom, type BaselinePage } from './lib/bench/baseline-pages.ts';
import { countHtml, folderSize, largestFile } from './lib/bench/disk.ts';
import { measureRebuild, measureSiteRebuild, type SiteRebuildCost } from './lib/bench/rebuild.ts';
import { runMeasured, type MeasuredRun } from './lib/bench/measure.ts';
import { FULL_SIZES, planSize, QUICK_SIZES, SEARCH_WORDS, writeBenchContent } from './lib/bench/plan.ts';
import {
  benchmarkMarkdown,
  checkTargets,
  consoleTable,
  cpuSplit,
  markdownTable,
  markdownTargets,
  rebuildRoundsText,
  type BenchReport,
  type BenchRow,
  type BuildCost,
} from './lib/bench/report.ts';
import { bestOf } from './lib/bench/repeat.ts';
import { measureSearches } from './lib/bench/search-bytes.ts';
import { measureBudgets, type BudgetConfig } from './lib/budgets.ts';

const ROOT = resolve(import.meta.dirname, '..');
// The page-weight budgets the test suite holds the shipped site to, applied to every size.
const BUDGETS = JSON.parse(readFileSync(join(ROOT, 'budgets.config.json'), 'utf8')) as BudgetConfig;
/** Builds per size, ours and the baseline's in turn; the fastest of each counts (scripts/lib/bench/repeat.ts). */
const DEFAULT_REPEAT = 3;
const RAM_DISK = '/dev/shm';
/** The size at which the one-project rebuild is measured (scripts/lib/bench/rebuild.ts). */
const REBUILD_SIZE = 4000;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const quick = flag('quick');
const sizesArg = args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
const sizes = sizesArg ? sizesArg.split(',').map(Number) : [...(quick ? QUICK_SIZES : FULL_SIZES)];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: whole numbers of projects, got ${sizesArg}`);
const repeatArg = args.find((a) => a.startsWith('--repeat='))?.slice('--repeat='.length);
const repeat = repeatArg === undefined ? DEFAULT_REPEAT : Number(repeatArg);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat: a whole number of runs, got ${repeatArg}`);
const writeDocs = flag('docs') || (!quick && !sizesArg && !flag('no-docs'));

const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function failed(what: string, run: MeasuredRun): never {
  console.error(run.stdout.slice(-4000));
  console.error(run.stderr.slice(-4000));
  throw new Error(`${what} failed with exit code ${run.exitCode}`);
}

/** Wall-clock split from the build's own log lines (each step prints one when it ends). */
function phases(run: MeasuredRun): Record<string, number> {
  const at = (marker: string) => run.lines.find((l) => l.text.includes(marker))?.atMs;
  const marks: [string, number | undefined][] = [
    ['check', at('content OK')],
    ['astro+pagefind', at('search index')],
    ['checksums', at('checksums')],
    ['swap', at('built ')],
  ];
  const out: Record<string, number> = {};
  let previous = 0;
  for (const [name, t] of marks) {
    if (t === undefined) continue;
    out[name] = Math.round(t - previous);
    previous = t;
  }
  return out;
}

/** Sampled milliseconds by name, rounded for the report. */
const roundedMs = (by: Record<string, number>) => Object.fromEntries(Object.entries(by).map(([name, ms]) => [name, Math.round(ms)]));

/** Sizes and peaks of a finished build, with the run's cost replaced by the best of its series. */
function measureOutput(dir: string, runs: readonly MeasuredRun[]): BuildCost {
  const best = bestOf(runs);
  const leastCpu = runs.reduce((a, b) => ((b.cpuMs ?? b.wallMs) < (a.cpuMs ?? a.wallMs) ? b : a));
  const peakRssByCommandBytes: Record<string, number> = {};
  for (const run of runs) for (const [command, rss] of Object.entries(run.peakByCommand)) peakRssByCommandBytes[command] = Math.max(peakRssByCommandBytes[command] ?? 0, rss);
  return {
    wallMs: best.wallMs,
    cpuMs: best.cpuMs,
    runs: runs.map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakRssBytes: r.peakRssBytes })),
    peakRssByCommandBytes,
    cpuByProcessMs: roundedMs(leastCpu.cpuByProcessMs),
    cpuByThreadMs: Object.fromEntries(Object.entries(leastCpu.cpuByThreadMs).map(([label, threads]) => [label, roundedMs(threads)])),
    peakRssBytes: best.peakRssBytes,
    distBytes: folderSize(dir).bytes,
    files: folderSize(dir).files,
    largestFile: largestFile(dir),
    indexBytes: folderSize(join(dir, 'pagefind')).bytes,
    htmlPages: countHtml(dir),
  };
}

const seconds = (run: MeasuredRun) => `${(run.wallMs / 1000).toFixed(1)} s (CPU ${((run.cpuMs ?? 0) / 1000).toFixed(1)} s)`;

async function benchSize(projects: number, work: string): Promise<BenchRow> {
  const size = planSize(projects);
  const dir = join(work, String(projects));
  const contentDir = join(dir, 'content');
  const outDir = join(dir, 'dist');
  log(`${projects} projects in ${size.programmes} programme(s): writing synthetic content`);
  writeBenchContent(contentDir, size);
  const project = join(dir, 'baseline');
  const baseOut = join(project, 'dist');
  let pages: BaselinePage[] = [];

  // The site's cache goes beside the build, in the RAM disk too. In the project's .build/ folder (on
  // disk), removing the previous round's cache (some 8 000 files) cost each fresh build about 1.2 CPU s
  // more at 4 000 projects, and the search bundles were copied rather than linked across the two file
  // systems, which no build of a site beside its cache does.
  const env = childProcessEnvironment(
    deploymentWith(DEPLOYMENT, { contentDir, outDir, siteUrl: 'https://bench.example.gov.cn', base: '/', siteCacheDir: join(dir, 'site-cache') }),
  );
  // Ours and the baseline take turns, so that whatever slows the machine for a while slows both.
  const ourRuns: MeasuredRun[] = [];
  const baseRuns: MeasuredRun[] = [];
  for (let round = 1; round <= repeat; round += 1) {
    const of = repeat > 1 ? ` (run ${round} of ${repeat})` : '';
    rmSync(outDir, { recursive: true, force: true });
    // A full build: the site's cache (which an earlier round left) is ignored.
    const run = await runMeasured(process.execPath, [join(ROOT, 'scripts/build.ts'), '--fresh'], { cwd: ROOT, env });
    if (run.exitCode !== 0) failed(`build of ${projects} projects`, run);
    ourRuns.push(run);
    log(`${projects}: built through scripts/build.ts in ${seconds(run)}, peak ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB${of}`);
    if (flag('no-baseline')) continue;
    if (round === 1) {
      // The baseline copies our pages' text, so it is written once our first build exists.
      pages = baselinePagesFrom(outDir);
      writeBaselineProject(project, pages);
    }
    rmSync(baseOut, { recursive: true, force: true });
    const b = await runMeasured(process.execPath, [BASELINE_BUILD_SCRIPT, project, baseOut], { cwd: project, env: inheritedEnvironment() });
    if (b.exitCode !== 0) failed(`baseline build of ${projects} pages`, b);
    baseRuns.push(b);
    log(`${projects}: bare Astro baseline (${pages.length} pages) built in ${seconds(b)}${of}`);
  }
  const lastRun = ourRuns.at(-1)!;
  const ours = measureOutput(outDir, ourRuns);

  const searches = flag('no-search') ? [] : await measureSearches(outDir, SEARCH_WORDS);
  const weights = measureBudgets(outDir, '/', BUDGETS);
  const heaviest = weights.pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const pageWeight = { heaviestPath: heaviest.path, heaviestGzipBytes: heaviest.gzipBytes, overBudget: new Set(weights.violations.map((v) => v.split(':')[0])).size };
  log(
    `${projects}: heaviest page /${heaviest.path} ${(heaviest.gzipBytes / 1000).toFixed(1)} KB gzip; ${weights.violations.length} page-weight budget violation(s)${weights.violations.length ? `: ${weights.violations.slice(0, 3).join('; ')}` : ''}`,
  );
  for (const c of searches) log(`${projects}: search “${c.word}” → ${c.results} results, ${c.requests} requests, ${(c.bytes / 1000).toFixed(1)} KB`);
  const first = searches[0];
  if (first) console.log(`first search: ${(first.bytes / 1000).toFixed(1)} KB  (${projects} projects; “${first.word}”, ${first.requests} requests)`);
  console.log(`largest file: ${ours.largestFile?.path} ${((ours.largestFile?.bytes ?? 0) / 2 ** 20).toFixed(2)} MiB; ${ours.files} files  (${projects} projects)`);
  // The incremental build is measured at 4 000 projects (or every size with --rebuild): the issue's figure.
  const measuringRebuild = projects === REBUILD_SIZE || flag('rebuild');
  // The single site first: its last full build has just left the site's cache.
  // The site as the build script sees it (its cache is named after these).
  const seen = parseDeployment(env as Environment);
  const site = { contentDir: resolve(ROOT, seen.contentDir), outDir: resolve(ROOT, seen.outDir), base: seen.base, siteUrl: seen.siteUrl };
  // As many corrections as full builds, each rebuilt on the cache the one before left, and the
  // cheapest counts, as the full build's does: noise only ever adds time, and one rebuild against the
  // best of several full builds read high (63 % against 53–58 % on the same day).
  const siteRebuilds: SiteRebuildCost[] = [];
  for (let round = 1; measuringRebuild && ours.cpuMs !== null && round <= repeat; round += 1) siteRebuilds.push(await measureSiteRebuild(ROOT, site, env, log));
  const cheapest = siteRebuilds.reduce<SiteRebuildCost | undefined>((best, r) => (best && best.cpuMs <= r.cpuMs ? best : r), undefined);
  const siteRebuild = cheapest && { ...cheapest, roundsCpuMs: siteRebuilds.map((r) => r.cpuMs) };
  if (siteRebuild && ours.cpuMs !== null) {
    const rounds = rebuildRoundsText(siteRebuild) ? `best of ${siteRebuilds.length}, rounds ${rebuildRoundsText(siteRebuild)} CPU s; ` : '';
    console.log(
      `rebuild after one change: ${((100 * siteRebuild.cpuMs) / ours.cpuMs).toFixed(0)}% of a full build  (single site, incremental: ${(siteRebuild.cpuMs / 1000).toFixed(1)} CPU s against ${(ours.cpuMs / 1000).toFixed(1)} for the fresh build; ${rounds}${siteRebuild.rendered} keyed pages and files rendered, ${siteRebuild.restored} copied from the cache; ${projects} projects)`,
    );
  }
  const rebuild = measuringRebuild ? await measureRebuild(join(dir, 'rebuild'), size, log) : undefined;
  if (rebuild) {
    const pct = (100 * rebuild.incrementalCpuMs) / rebuild.fullCpuMs;
    const single = ours.cpuMs === null ? null : (100 * rebuild.incrementalCpuMs) / ours.cpuMs;
    console.log(
      `shard plan rebuild after one change: ${pct.toFixed(0)}% of the plan's full build  (${projects} projects as ${rebuild.shards} shards, ${rebuild.rebuilt} rebuilt: ${(rebuild.incrementalCpuMs / 1000).toFixed(1)} CPU s against ${(rebuild.fullCpuMs / 1000).toFixed(1)} for the whole plan; ${single === null ? 'n/a' : `${single.toFixed(0)}%`} of the single-site build's ${((ours.cpuMs ?? 0) / 1000).toFixed(1)} CPU s)`,
    );
  }
  const baseCost = baseRuns.length > 0 ? measureOutput(baseOut, baseRuns) : null;
  const baseline: BenchRow['baseline'] = baseCost ? { ...baseCost, msPerPage: baseCost.wallMs / pages.length } : null;
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });

  const row: BenchRow = {
    projects,
    programmes: size.programmes,
    ours: { ...ours, msPerProject: ours.wallMs / projects, cpuMsPerProject: ours.cpuMs === null ? null : ours.cpuMs / projects, phasesMs: phases(lastRun), searches, pageWeight },
    baseline,
    ratio: baseline ? (ours.cpuMs !== null && baseline.cpuMs !== null ? ours.cpuMs / baseline.cpuMs : ours.wallMs / baseline.wallMs) : null,
    wallRatio: baseline ? ours.wallMs / baseline.wallMs : null,
    ...(rebuild ? { rebuild } : {}),
    ...(siteRebuild ? { siteRebuild } : {}),
  };
  // One line per size in a fixed form, for whoever greps the output.
  console.log(`ratio: ${row.ratio === null ? 'n/a' : row.ratio.toFixed(2)}  (${projects} projects; wall ratio ${row.wallRatio?.toFixed(2) ?? 'n/a'}; best of ${repeat})`);
  return row;
}

const resultsDir = join(ROOT, 'bench-results');
if (flag('rewrite-docs')) {
  // Only the wording of docs/benchmark.md changed: rewrite it from the last run instead of rerunning.
  const last = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as BenchReport;
  // The targets' wording may have changed too: judge the stored rows again.
  writeFileSync(join(ROOT, 'docs/benchmark.md'), benchmarkMarkdown({ ...last, targets: checkTargets(last.rows) }));
  log(`docs/benchmark.md rewritten from the run of ${last.date}`);
  process.exit(0);
}

/**
 * Where the sizes are built: a RAM disk (Linux's /dev/shm) unless --on-disk. On this project's
 * virtual machines creating a file on disk costs 0.15–0.65 ms of kernel time, varying from minute to
 * minute, and the same build's CPU time swung by 1.8× between runs; in RAM the runs agree within a
 * few per cent, so the ratio measures the generator rather than the disk.
 */
function workRoot(): string {
  if (flag('on-disk')) return tmpdir();
  try {
    accessSync(RAM_DISK, constants.W_OK);
    return statSync(RAM_DISK).isDirectory() ? RAM_DISK : tmpdir();
  } catch {
    return tmpdir();
  }
}

const work = mkdtempSync(join(workRoot(), 'minsheng-bench-'));
log(`sizes ${sizes.join(', ')}; working in ${work}${flag('keep') ? ' (kept)' : ''}`);
const rows: BenchRow[] = [];
try {
  for (const n of sizes) rows.push(await benchSize(n, work));
} finally {
  if (!flag('keep')) rmSync(work, { recursive: true, force: true });
}

const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, memoryBytes: totalmem(), cpu: cpus()[0]?.model.trim() ?? 'unknown', os: `${platform()} ${release()}` },
  versions: { node: process.versions.node, astro: version('astro'), pagefind: version('pagefind') },
  quick,
  repeat,
  tempDir: work,
  rows,
  targets: checkTargets(rows),
};

console.log(`\n${consoleTable(rows)}\n`);
console.log(`CPU s per process (sampled):\n${cpuSplit(rows)}\n`);
console.log(markdownTargets(report.targets));

mkdirSync(resultsDir, { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
writeFileSync(join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(resultsDir, `bench-${stamp}.md`), `${markdownTable(rows)}\n\n${markdownTargets(report.targets)}\n`);
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
log(`results written to bench-results/bench-${stamp}.{json,md}`);
if (writeDocs) {
  writeFileSync(join(ROOT, 'docs/benchmark.md'), benchmarkMarkdown(report));
  log('docs/benchmark.md updated');
}
