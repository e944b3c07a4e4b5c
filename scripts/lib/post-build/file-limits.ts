/**
 * Post-build check: files and folders over the limits of common CDNs and static hosts, 25 MiB per
 * file (Cloudflare Pages) and 54 000 files per folder (Netlify). A single-site build still
 * succeeds (the site is correct, only some hosts refuse it) but says which file or folder and what
 * to do: build the content as a shard plan (scripts/shards/), whose per-shard files stay small
 * and whose portal lists every shard's parts in its data package and catalogue.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { t } from '../../../src/i18n/index.ts';
import type { PostBuildStep } from './types.ts';

export const CDN_LIMITS = { fileBytes: 25 * 2 ** 20, filesPerFolder: 54_000 } as const;

export interface LimitProblem {
  kind: 'file' | 'folder';
  /** Path relative to the built site, with forward slashes. */
  path: string;
  /** Bytes of the file, or files in the folder. */
  amount: number;
}

/** Every file and folder of `outDir` over `limits` (the CDN_LIMITS by default), in path order. */
export function overLimits(outDir: string, limits: { fileBytes: number; filesPerFolder: number } = CDN_LIMITS): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const rel = (path: string) => relative(outDir, path).split(sep).join('/') || '.';
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).length;
    if (files > limits.filesPerFolder) problems.push({ kind: 'folder', path: rel(folder), amount: files });
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const bytes = statSync(path).size;
        if (bytes > limits.fileBytes) problems.push({ kind: 'file', path: rel(path), amount: bytes });
      }
    }
  };
  walk(outDir);
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The warning lines for `problems`. */
export function limitWarnings(problems: readonly LimitProblem[], limits: { fileBytes: number; filesPerFolder: number } = CDN_LIMITS): string[] {
  return problems.map((p) =>
    p.kind === 'file'
      ? t('cli.build.fileOverLimit', { path: p.path, size: mib(p.amount), limit: mib(limits.fileBytes) })
      : t('cli.build.folderOverLimit', { path: p.path, files: p.amount, limit: limits.filesPerFolder }),
  );
}

/** The post-build step: runs last, on the site as published. */
export const fileLimitsStep: PostBuildStep = {
  name: 'file-limits',
  async run({ outDir }) {
    for (const line of limitWarnings(overLimits(outDir))) console.warn(line);
  },
};
