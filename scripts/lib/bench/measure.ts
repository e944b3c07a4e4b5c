/**
 * Runs a command and measures what it cost: wall time, and the peak memory of its whole process
 * tree (the build spawns Pagefind's binary, whose memory a measurement of Node alone would miss).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allProcesses, processStat, threadStats, type ProcessStat } from '../proc.ts';

/** What one measured run cost and printed. */
export interface MeasuredRun {
  exitCode: number;
  wallMs: number;
  /**
   * Peak resident memory of the process tree in bytes: the larger of the sampled sum over all
   * processes of the tree and the largest single process's peak as the kernel reports it.
   */
  peakRssBytes: number;
  /**
   * CPU seconds (user + system) of the process and every descendant it waited for, via GNU time, in
   * milliseconds; null without GNU time. Steadier than wall time when other work shares the cores.
   */
  cpuMs: number | null;
  /** Largest resident set of any one process of the tree (kernel figure, via GNU time), or null. */
  maxSingleRssBytes: number | null;
  /** Highest sum of the tree's resident sets seen while sampling. */
  sampledTreeRssBytes: number;
  /** Highest sampled resident set per command name (processes of one name added up), e.g. node, pagefind_extend. */
  peakByCommand: Record<string, number>;
  /**
   * CPU milliseconds per process of the tree as last sampled, by the script a Node process ran
   * (build.ts, astro-build.ts …) or the command name (pagefind_extend). Sampling misses
   * at most the last 200 ms of each process; it shows where the time goes, the total is cpuMs.
   */
  cpuByProcessMs: Record<string, number>;
  /**
   * The same per process, split by thread name (threads of one name added up: MainThread, V8Worker
   * for V8's background threads, which mark and sweep the heap and compile optimised code,
   * libuv-worker, rolldown-worker, tokio-rt-worker …), as last sampled. What threads ran after
   * their last sample, or without ever being sampled (a thread that lived less than 200 ms), is
   * under {@link ENDED_THREADS}: the process's own figure still counts it.
   */
  cpuByThreadMs: Record<string, Record<string, number>>;
  stdout: string;
  stderr: string;
  /** Milliseconds from the start at which each stdout line appeared, for a rough phase split. */
  lines: { atMs: number; text: string }[];
}

const GNU_TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;
const SAMPLE_MS = 200;

/** Children of every running process, by parent pid (Linux only; empty elsewhere). */
function childrenByParent(processes: readonly ProcessStat[]): Map<number, ProcessStat[]> {
  const children = new Map<number, ProcessStat[]>();
  for (const p of processes) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  return children;
}

/**
 * What to call a process: a Node process by the script it runs (`build.ts`), any other by its
 * command name (`pagefind_extend`); null for one that is exiting, whose command line is empty.
 */
function processLabel(p: ProcessStat): string | null {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
  if (argv.length < 2) return null;
  const script = argv.slice(1).find((a) => /\.(ts|mjs|js)$/.test(a));
  return script ? (script.split('/').at(-1) ?? script) : p.comm;
}

/** One sample of a process tree: memory now, in total and per command name, and every process in it. */
export interface TreeSample {
  total: number;
  byCommand: Map<string, number>;
  processes: ProcessStat[];
}

/** Current resident memory in bytes of `root` and all its descendants, and the processes themselves. */
export function sampleTree(root: number): TreeSample {
  const children = childrenByParent(allProcesses());
  let total = 0;
  const byCommand = new Map<string, number>();
  const processes: ProcessStat[] = [];
  const stack = [processStat(root)].filter((p): p is ProcessStat => p !== null);
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${p.pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      total += rss;
      byCommand.set(p.comm, (byCommand.get(p.comm) ?? 0) + rss);
      processes.push(p);
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { total, byCommand, processes };
}

/** CPU milliseconds added up per process label. */
function cpuByLabel(last: ReadonlyMap<number, [string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [label, ms] of last.values()) out[label] = (out[label] ?? 0) + ms;
  return out;
}

/** The thread name under which {@link cpuByThread} puts what a process's sampled threads do not account for. */
export const ENDED_THREADS = '(ended threads)';

/** A thread's last sample: its process's pid and label, the thread's name and its CPU time. */
export interface ThreadSample {
  pid: number;
  label: string;
  thread: string;
  ms: number;
}

/**
 * CPU milliseconds per process label and thread name, from the last sample of each thread and of
 * each process (`processes`: by pid, its label and CPU time, which holds its ended threads' too):
 * what a process ran beyond its threads' last figures goes under {@link ENDED_THREADS}.
 */
export function cpuByThread(threads: Iterable<ThreadSample>, processes: ReadonlyMap<number, [string, number]>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const sampledByPid = new Map<number, number>();
  for (const { pid, label, thread, ms } of threads) {
    const byName = (out[label] ??= {});
    byName[thread] = (byName[thread] ?? 0) + ms;
    sampledByPid.set(pid, (sampledByPid.get(pid) ?? 0) + ms);
  }
  for (const [pid, [label, ms]] of processes) {
    // The process and its threads are read one after the other: a few ticks either way are noise.
    const ended = ms - (sampledByPid.get(pid) ?? 0);
    if (ended <= 0) continue;
    const byName = (out[label] ??= {});
    byName[ENDED_THREADS] = (byName[ENDED_THREADS] ?? 0) + ended;
  }
  return out;
}

/** Peak single-process RSS and CPU time from GNU time's verbose report. */
function readTimeReport(file: string): { maxRssBytes: number | null; cpuMs: number | null } {
  if (!existsSync(file)) return { maxRssBytes: null, cpuMs: null };
  const text = readFileSync(file, 'utf8');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  return {
    maxRssBytes: rss ? Number(rss[1]) * 1024 : null,
    cpuMs: user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : null,
  };
}

/**
 * Runs `command args` in `cwd` with `env`, sampling the tree's memory and CPU every 200 ms. Uses GNU time
 * (Debian package `time`) when present for the kernel's peak figure; the sampling works without it.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean }): Promise<MeasuredRun> {
  const timeReport = join(tmpdir(), `minsheng-bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeReport, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let pending = '';
  const lines: MeasuredRun['lines'] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    const atMs = performance.now() - started;
    for (const text of parts) lines.push({ atMs, text });
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (options.echo) process.stderr.write(chunk);
  });
  let sampled = 0;
  const peakByCommand: Record<string, number> = {};
  const lastCpu = new Map<number, [string, number]>();
  // By `pid/tid`: a thread id is unique only while its process lives.
  const lastThreadCpu = new Map<string, ThreadSample>();
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, byCommand, processes } = sampleTree(child.pid);
    sampled = Math.max(sampled, total);
    for (const [command, rss] of byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rss);
    // Labelled at every sample: a child seen between fork and exec still shows its parent's
    // script; an exiting process shows none, and keeps the label it had.
    for (const p of processes) {
      const label = processLabel(p) ?? lastCpu.get(p.pid)?.[0] ?? p.comm;
      lastCpu.set(p.pid, [label, p.cpuMs]);
      for (const t of threadStats(p.pid)) lastThreadCpu.set(`${p.pid}/${t.pid}`, { pid: p.pid, label, thread: t.comm, ms: t.cpuMs });
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (pending) lines.push({ atMs: wallMs, text: pending });
      const { maxRssBytes: maxSingle, cpuMs } = useTime ? readTimeReport(timeReport) : { maxRssBytes: null, cpuMs: null };
      rmSync(timeReport, { force: true });
      resolve({
        exitCode: code ?? -1,
        wallMs,
        cpuMs,
        peakRssBytes: Math.max(sampled, maxSingle ?? 0),
        maxSingleRssBytes: maxSingle,
        sampledTreeRssBytes: sampled,
        peakByCommand,
        cpuByProcessMs: cpuByLabel(lastCpu),
        cpuByThreadMs: cpuByThread(lastThreadCpu.values(), lastCpu),
        stdout,
        stderr,
        lines,
      });
    });
  });
}
