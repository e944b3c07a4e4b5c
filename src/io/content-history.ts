/**
 * Dates from the content's own history: the git commits that touched the content tree, where it is
 * under git. They date the data truthfully without the build machine's clock, and two builds of one
 * commit get the same dates. Outside git (a copied or unpacked tree) every date is unknown (null);
 * in a shallow clone the first commit is not the content's first, so that date is unknown too.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { epochDateTime } from '../lib/open-data/last-updated.ts';
import type { ContentHistory } from '../lib/open-data/context.ts';

/** Output of a git command run in `dir`, or null when git fails or is not there. */
function git(dir: string, args: readonly string[]): string | null {
  const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** The first line of git's output as a date-time, if it is a commit time (`%ct`). */
const dateOf = (out: string | null): string | null => {
  const line = out?.split('\n')[0]?.trim() ?? '';
  return /^\d+$/.test(line) ? epochDateTime(Number(line)) : null;
};

/**
 * The history of the content tree at `contentDir`: when it was first committed, and for each
 * programme the last commit that touched its folder or its notice (`sources/<source>.*`).
 */
export function contentHistory(contentDir: string, programmes: readonly { id: string; source: string }[]): ContentHistory {
  const dir = resolve(contentDir);
  if (git(dir, ['rev-parse', '--is-inside-work-tree']) !== 'true') return { firstCommitted: null, programmeChanged: new Map() };
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository']) !== 'false';
  const programmeChanged = new Map<string, string>();
  for (const p of programmes) {
    const changed = dateOf(git(dir, ['log', '-1', '--format=%ct', '--', `programmes/${p.id}`, `:(glob)sources/${p.source}.*`]));
    if (changed) programmeChanged.set(p.id, changed);
  }
  return { firstCommitted: shallow ? null : dateOf(git(dir, ['log', '--reverse', '--format=%ct', '--', '.'])), programmeChanged };
}
