/**
 * The cache key of a shard's build: a hash of everything its output depends on. Its content
 * (every file of its content folder, by path and bytes), the lockfile (the exact tools), the
 * generator's own sources (src/, scripts/, astro.config.mjs, package.json: a change of code changes
 * every page), and the settings it is built with (base path, site URL). Same key, same bytes: the
 * build is reproducible (no clock, no randomness; tests/build/reproducible*.test.ts), so a cached
 * output can stand in for a rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../lib/files.ts';
import type { Shard } from './plan.ts';

/** The generator's inputs other than content, relative to the project root. */
export const CODE_FOLDERS: readonly string[] = ['src', 'scripts', 'public'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A file or folder of the code's sources named with a leading dot (.DS_Store, an editor's swap
 * file, a shard cache beside a plan in scripts/): not an input of the build. Only in src/ and
 * scripts/: Astro publishes public/'s hidden files (.well-known/), and content is hashed whole.
 */
const SOURCE_FOLDERS = new Set(['src', 'scripts']);
const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

function hashFolder(hash: ReturnType<typeof createHash>, dir: string, label: string, skipHidden = false): void {
  if (!existsSync(dir)) return;
  for (const path of filesUnder(dir).filter((p) => !(skipHidden && hidden(p)))) {
    hash.update(`${label}/${path}\0`);
    hash.update(readFileSync(join(dir, path)));
    hash.update('\0');
  }
}

/** Hash of the generator itself (code, tools): the part of every shard's key they share. */
export function codeHash(root: string): string {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) hashFolder(hash, join(root, folder), folder, SOURCE_FOLDERS.has(folder));
  for (const file of CODE_FILES) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

/** Hash of a shard's content folder alone, hidden files included (a content tree's every file may be read). */
export function contentHash(contentDir: string): string {
  const hash = createHash('sha256');
  hashFolder(hash, contentDir, 'content');
  return hash.digest('hex');
}

/** The cache key of `shard`'s build with the generator at `code` (codeHash). */
export function shardKey(shard: Shard, code: string, siteUrl: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify({ code, content: contentHash(shard.contentDir), basePath: shard.basePath, siteUrl: siteUrl ?? null }))
    .digest('hex')
    .slice(0, 32);
}
