/** The benchmark's results as a table (console and Markdown), the targets they are held to, and the JSON written. */
import { median, pairedRatios, type RunCost } from './repeat.ts';
import type { SearchCost } from './search-bytes.ts';

/** Measurements of one build, ours or the baseline's. */
export interface BuildCost {
  wallMs: number;
  /** CPU time (user + system) of the build's process tree; null where GNU time is missing. */
  cpuMs: number | null;
  /** Every run of the series; wallMs and cpuMs above are the least of them (scripts/lib/bench/repeat.ts). */
  runs: RunCost[];
  /** Sampled CPU milliseconds per process of the run with the least CPU time (scripts/lib/bench/measure.ts). */
  cpuByProcessMs: Record<string, number>;
  /** The same split by thread name within each process (measure.ts); absent in older reports. */
  cpuByThreadMs?: Record<string, Record<string, number>>;
  /** Highest sampled resident memory per command name (e.g. MainThread for Node, pagefind_extend). */
  peakRssByCommandBytes: Record<string, number>;
  peakRssBytes: number;
  distBytes: number;
  /** dist/pagefind */
  indexBytes: number;
  htmlPages: number;
  /** Files below the built site; absent in older reports. */
  files?: number;
  /** The largest file (CDN per-file limits); absent in older reports. */
  largestFile?: { path: string; bytes: number };
}

/** One size of the benchmark. */
export interface BenchRow {
  projects: number;
  programmes: number;
  ours: BuildCost & {
    /** Wall milliseconds of our build per project page. */
    msPerProject: number;
    /** CPU milliseconds of our build per project page (null without GNU time). */
    cpuMsPerProject: number | null;
    /** Rough split of the wall time from the build's own log lines. */
    phasesMs: Record<string, number>;
    searches: SearchCost[];
    /**
     * What a first visit to the heaviest page downloads (gzip HTML + CSS + JS, scripts/lib/budgets.ts)
     * and the pages over their budget in budgets.config.json; absent in older reports.
     */
    pageWeight?: { heaviestPath: string; heaviestGzipBytes: number; overBudget: number };
  };
  baseline: (BuildCost & { msPerPage: number }) | null;
  /**
   * Our build's cost over the baseline's for the same number of project pages: CPU time when both
   * have it (steady when other work shares the machine), else wall time.
   */
  ratio: number | null;
  /** Our wall time over the baseline's. */
  wallRatio: number | null;
  /** A one-project correction with the shard plan (scripts/lib/bench/rebuild.ts), measured at 4 000 projects; absent otherwise. */
  rebuild?: import('./rebuild.ts').RebuildCost;
  /** A one-project correction rebuilt incrementally as one site (scripts/lib/bench/rebuild.ts), at 4 000 projects; absent otherwise. */
  siteRebuild?: import('./rebuild.ts').SiteRebuildCost;
}

/** Everything one run found, as written to bench-results/*.json. */
export interface BenchReport {
  date: string;
  machine: { nproc: number; memoryBytes: number; cpu: string; os: string };
  versions: { node: string; astro: string; pagefind: string };
  quick: boolean;
  /** Builds per size, ours and the baseline's each. */
  repeat: number;
  /** Folder the sizes were built in (its disk matters: creating files is slow on some); absent in older reports. */
  tempDir?: string;
  rows: BenchRow[];
  targets: TargetCheck[];
}

/** One target of the issue and where the run stands against it. */
export interface TargetCheck {
  target: string;
  /** `pass`, `fail`, or `not run` when the size it needs was not built. */
  status: 'pass' | 'fail' | 'not run';
  detail: string;
}

/** The share of a full build's CPU that a one-project correction may cost at 4 000 projects. */
export const REBUILD_SHARE_TARGET = 0.2;
/** What the search page's first results may download (bytes under /pagefind/, as served). */
export const FIRST_SEARCH_LIMIT_BYTES = 150 * 1000;

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

const mib = (b: number) => (b / MIB).toFixed(1);
const kb = (b: number) => (b / 1000).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

/** Bytes the heaviest of the run's searches fetched for a row. */
export function searchBytes(row: BenchRow): number {
  return Math.max(0, ...row.ours.searches.map((c) => c.bytes));
}

/** How the ratio moved from round to round, e.g. `; rounds 1.39–1.60, median 1.52`, or nothing. */
export function roundsText(row: BenchRow): string {
  const ratios = row.baseline ? pairedRatios(row.ours.runs, row.baseline.runs) : [];
  if (ratios.length < 2) return '';
  return `; the ${ratios.length} rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}, median ${median(ratios).toFixed(2)}`;
}

/** Column headings and cells of the results table. */
export function tableRows(rows: readonly BenchRow[]): string[][] {
  const head = [
    'projects',
    'programmes',
    'pages',
    'wall s',
    'cpu s',
    'ms/project',
    'cpu ms/project',
    'peak RSS MiB',
    'dist MiB',
    'index MiB',
    'search KB',
    'heaviest page KB',
    'pages over budget',
    'baseline wall s',
    'baseline cpu s',
    'ratio',
    'wall ratio',
  ];
  const opt = (v: number | null | undefined, f: (x: number) => string) => (v === null || v === undefined ? '—' : f(v));
  const body = rows.map((r) => [
    String(r.projects),
    String(r.programmes),
    String(r.ours.htmlPages),
    s(r.ours.wallMs),
    opt(r.ours.cpuMs, s),
    r.ours.msPerProject.toFixed(1),
    opt(r.ours.cpuMsPerProject, (x) => x.toFixed(1)),
    mib(r.ours.peakRssBytes),
    mib(r.ours.distBytes),
    mib(r.ours.indexBytes),
    kb(searchBytes(r)),
    opt(r.ours.pageWeight?.heaviestGzipBytes, kb),
    opt(r.ours.pageWeight?.overBudget, String),
    opt(r.baseline?.wallMs, s),
    opt(r.baseline?.cpuMs, s),
    opt(r.ratio, (x) => x.toFixed(2)),
    opt(r.wallRatio, (x) => x.toFixed(2)),
  ]);
  return [head, ...body];
}

/** The table as GitHub Markdown. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const [head, ...body] = tableRows(rows);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head!), line(head!.map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
}

/**
 * Where the CPU time of each size went, ours and the baseline's, one line per size: each process
 * of at least 0.05 s, and in brackets its threads of at least 0.05 s where there are two or more
 * (V8's background threads, for one, tell how much went to garbage collection and optimising
 * compilation off the main thread).
 */
export function cpuSplit(rows: readonly BenchRow[]): string {
  const largest = (by: Record<string, number>) =>
    Object.entries(by)
      .filter(([, ms]) => ms >= 50)
      .sort((a, b) => b[1] - a[1]);
  const split = (cost: BuildCost) =>
    largest(cost.cpuByProcessMs)
      .map(([label, ms]) => {
        const threads = largest(cost.cpuByThreadMs?.[label] ?? {});
        return `${label} ${s(ms)}${threads.length > 1 ? ` (${threads.map(([name, t]) => `${name} ${s(t)}`).join(', ')})` : ''}`;
      })
      .join(', ');
  return rows.map((r) => `- ${r.projects}: ours ${split(r.ours)}${r.baseline ? `; baseline ${split(r.baseline)}` : ''}`).join('\n');
}

/** The table aligned for a terminal. */
export function consoleTable(rows: readonly BenchRow[]): string {
  const table = tableRows(rows);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/**
 * The issues' targets: ≤ 1.5× the baseline per page at 4 000 projects; 20 000 projects under
 * 3 GiB peak RSS with linear cost (ms per project at 20 000 within 25 % of that at 4 000); a
 * common-word search under 150 KB at 4 000 projects; a one-project correction at ≤ 20 % of a full
 * build at 4 000, as one site and as a shard plan; the first search ≤ 150 KB at every size.
 */
export function checkTargets(rows: readonly BenchRow[]): TargetCheck[] {
  const at = (n: number) => rows.find((r) => r.projects === n);
  const r4 = at(4000);
  const r20 = at(20000);
  const checks: TargetCheck[] = [];
  checks.push(
    r4?.ratio != null
      ? {
          target: 'build cost per project page ≤ 1.5× baseline at 4 000',
          status: r4.ratio <= 1.5 ? 'pass' : 'fail',
          detail: `ratio ${r4.ratio.toFixed(2)}${r4.wallRatio !== null ? ` (wall ${r4.wallRatio.toFixed(2)})` : ''}${roundsText(r4)}`,
        }
      : { target: 'build cost per project page ≤ 1.5× baseline at 4 000', status: 'not run', detail: '4 000 not built' },
  );
  checks.push(
    r20
      ? { target: '20 000 projects: peak RSS < 3 GiB', status: r20.ours.peakRssBytes < 3 * GIB ? 'pass' : 'fail', detail: `${mib(r20.ours.peakRssBytes)} MiB` }
      : { target: '20 000 projects: peak RSS < 3 GiB', status: 'not run', detail: '20 000 not built' },
  );
  checks.push(
    r20 && r4 ? linearity(r4, r20) : { target: 'cost grows linearly (ms/project at 20 000 ≤ 1.25× at 4 000)', status: 'not run', detail: '4 000 and 20 000 both needed' },
  );
  checks.push(
    r4 && r4.ours.searches.length > 0
      ? {
          target: `common-word search fetches < ${FIRST_SEARCH_LIMIT_BYTES / 1000} KB at 4 000`,
          status: searchBytes(r4) < FIRST_SEARCH_LIMIT_BYTES ? 'pass' : 'fail',
          detail: `${kb(searchBytes(r4))} KB`,
        }
      : {
          target: `common-word search fetches < ${FIRST_SEARCH_LIMIT_BYTES / 1000} KB at 4 000`,
          status: 'not run',
          detail: r4 ? 'search not measured (--no-search)' : '4 000 not built',
        },
  );
  checks.push(...rebuildTargets(r4));
  const searched = rows.filter((r) => r.ours.searches.length > 0);
  checks.push(
    searched.length > 0
      ? {
          target: `first search ≤ ${FIRST_SEARCH_LIMIT_BYTES / 1000} KB at every size built`,
          status: searched.every((r) => searchBytes(r) <= FIRST_SEARCH_LIMIT_BYTES) ? 'pass' : 'fail',
          detail: searched.map((r) => `${r.projects}: ${kb(searchBytes(r))} KB`).join('; '),
        }
      : { target: `first search ≤ ${FIRST_SEARCH_LIMIT_BYTES / 1000} KB at every size built`, status: 'not run', detail: 'search not measured (--no-search)' },
  );
  // Not one of the issue's targets: pages must not grow with the site past what budgets.config.json allows.
  const weighed = rows.filter((r) => r.ours.pageWeight);
  const over = weighed.filter((r) => r.ours.pageWeight!.overBudget > 0);
  checks.push(
    weighed.length > 0
      ? {
          target: 'every page within its page-weight budget at every size built',
          status: over.length === 0 ? 'pass' : 'fail',
          detail: weighed
            .map((r) => `${r.projects}: heaviest ${kb(r.ours.pageWeight!.heaviestGzipBytes)} KB gzip (/${r.ours.pageWeight!.heaviestPath}), ${r.ours.pageWeight!.overBudget} over`)
            .join('; '),
        }
      : { target: 'every page within its page-weight budget at every size built', status: 'not run', detail: 'no size built' },
  );
  return checks;
}

/** The CPU seconds of each rebuild of a series, `9.7, 7.9, 8.2`; empty for a single rebuild. */
export function rebuildRoundsText(site: import('./rebuild.ts').SiteRebuildCost): string {
  return site.roundsCpuMs && site.roundsCpuMs.length > 1 ? site.roundsCpuMs.map(s).join(', ') : '';
}

/**
 * A one-project correction at 4 000 projects against {@link REBUILD_SHARE_TARGET}, twice: the single
 * site rebuilt with its cache against its fresh full build, and the shard plan rerun against the
 * plan's full build.
 */
export function rebuildTargets(r4: BenchRow | undefined): TargetCheck[] {
  const pct = (share: number) => `${(100 * share).toFixed(0)} %`;
  const single = `one-project correction ≤ ${pct(REBUILD_SHARE_TARGET)} of a full build at 4 000 (single site, incremental)`;
  const plan = `one-project correction ≤ ${pct(REBUILD_SHARE_TARGET)} of a full build at 4 000 (shard plan)`;
  const site = r4?.siteRebuild;
  const full = r4?.ours.cpuMs ?? null;
  const rounds = site && rebuildRoundsText(site) ? `; the ${site.roundsCpuMs!.length} rebuilds ${rebuildRoundsText(site)} CPU s` : '';
  const shards = r4?.rebuild;
  return [
    site && full !== null
      ? {
          target: single,
          status: site.cpuMs <= REBUILD_SHARE_TARGET * full ? 'pass' : 'fail',
          detail: `${pct(site.cpuMs / full)} (${s(site.cpuMs)} CPU s against ${s(full)}${rounds}; ${site.rendered} keyed pages and files rendered, ${site.restored} copied)`,
        }
      : { target: single, status: 'not run', detail: r4 ? 'rebuild not measured' : '4 000 not built' },
    shards
      ? {
          target: plan,
          status: shards.incrementalCpuMs <= REBUILD_SHARE_TARGET * shards.fullCpuMs ? 'pass' : 'fail',
          detail: `${pct(shards.incrementalCpuMs / shards.fullCpuMs)} (${shards.rebuilt} of ${shards.shards} shards rebuilt: ${s(shards.incrementalCpuMs)} CPU s against ${s(shards.fullCpuMs)}, merges included)`,
        }
      : { target: plan, status: 'not run', detail: r4 ? 'shard plan not measured' : '4 000 not built' },
  ];
}

/** Per-project cost at 20 000 against 4 000, in CPU time when both have it (steadier), else wall time. */
function linearity(r4: BenchRow, r20: BenchRow): TargetCheck {
  const cpu = r4.ours.cpuMsPerProject !== null && r20.ours.cpuMsPerProject !== null;
  const [a, b] = cpu ? [r4.ours.cpuMsPerProject!, r20.ours.cpuMsPerProject!] : [r4.ours.msPerProject, r20.ours.msPerProject];
  return {
    target: 'cost grows linearly (ms/project at 20 000 ≤ 1.25× at 4 000)',
    status: b <= 1.25 * a ? 'pass' : 'fail',
    detail: `${a.toFixed(2)} → ${b.toFixed(2)} ${cpu ? 'CPU ' : ''}ms/project (×${(b / a).toFixed(2)})`,
  };
}

/** The targets as Markdown list items. */
export function markdownTargets(checks: readonly TargetCheck[]): string {
  return checks.map((c) => `- **${c.status}** — ${c.target}: ${c.detail}`).join('\n');
}

/** docs/benchmark.md: how it was measured, on what, the table and the targets. */
export function benchmarkMarkdown(report: BenchReport): string {
  const m = report.machine;
  return `# Benchmark: build and page cost as the content grows

Generated by \`npm run bench\` (scripts/bench.ts) on ${report.date}. Do not edit by hand: rerun it.

- Machine: ${m.nproc} cores (${m.cpu}), ${(m.memoryBytes / GIB).toFixed(1)} GiB memory, ${m.os}
- Node ${report.versions.node}, Astro ${report.versions.astro}, Pagefind ${report.versions.pagefind}
- Run: ${report.quick ? 'quick (`--quick`)' : 'full'}, in ${report.tempDir ?? 'the system temporary folder'} (a RAM disk unless \`--on-disk\`, which builds in \`TMPDIR\`)

Content is synthetic (scripts/lib/synthetic-content.ts, written to a temporary folder): programmes of
at most 400 projects (30 % provincial, 20 % municipal, 50 % district), descriptions of 30–120
characters made of words of real notices, mergers, moves and withdrawals in every block of 50, and
about one raised standard per eight provincial and municipal projects. 20 000 projects are 50
district programmes of one year.

Each size is built by the real pipeline (\`node scripts/build.ts\`: content check, Astro, data files,
Pagefind, checksums) ${report.repeat} time(s), in turn with the baseline, and the fastest run of each
counts (noise on a shared machine only ever adds time; peak memory is the highest of the runs).
*wall s* is the whole build and *cpu s* its CPU time (user + system of every process of the build,
Pagefind's binary included); *ms/project* and *cpu ms/project* divide them by the number of
projects; *peak RSS* is the process tree's; *search KB* is what Chromium downloads under /pagefind/
for the search page's first results for a common word (项目, in every project's name; the heavier
of 项目 and 保障); *heaviest page KB* is what a first visit to the heaviest page downloads (gzip HTML,
CSS and JavaScript, as \`npm run budgets\` measures it) and *pages over budget* counts the pages past
their budget in budgets.config.json, the one the test suite holds the shipped site to. The *baseline* is a bare Astro project (same Astro) building as many plain pages
as our build makes, each with the same text (for an indexed page, the very text our Pagefind
indexed, read back from its fragment files) through a trivial layout, and indexed by Pagefind the
same way; *ratio* is our least CPU time over the baseline's least, *wall ratio* the same for wall
time. The target line also gives the ratio of each round (our build and the baseline's, built one
after the other), whose spread shows how much one round's noise moves it. At 4 000 projects one
project is corrected (in its file and in the notice) and the site rebuilt with its cache, as many
times as the full build ran, the cheapest counting against the fresh full build; then the same
programmes are built as a shard plan (one shard per programme, scripts/shards/), one project
corrected and the plan run again, against the plan's full build (merges included).

${markdownTable(report.rows)}

CPU seconds per process of the fastest run (sampled every 200 ms, so each process may lose up to
0.2 s; *build.ts* is the build's own process: post-build steps (the per-project files on a worker
thread) and Pagefind's messages, *astro-build.ts* the content check and Astro, *pagefind_extend*
Pagefind's binary), and in brackets by thread: *MainThread* runs the JavaScript, *V8Worker* is V8's
background threads (garbage collection and optimising compilation), *WorkerThread* a Node worker,
*rolldown-worker* the bundler's, *libuv-worker* the file writes of libuv's pool, *tokio-rt-worker*
Pagefind's own, *(ended threads)* what threads ran after their last sample or between two:

${cpuSplit(report.rows)}

Targets:

${markdownTargets(report.targets)}
`;
}
