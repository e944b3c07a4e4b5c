/**
 * The id an editor most likely meant when a reference names one that does not exist
 * (employment-suport → employment-support), so that the message says what to write.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest `id` by edit distance, if it is near enough to be a slip of the keyboard
 * (at most two edits, and fewer than a third of the id's length) and no other candidate is as near;
 * otherwise null, since a guess between two ids would mislead more than it helps.
 */
export function nearestId(id: string, candidates: Iterable<string>): string | null {
  const limit = Math.min(2, Math.ceil(id.length / 3) - 1);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of candidates) {
    if (candidate === id) continue;
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance, tied] = [candidate, d, false];
    else if (d === bestDistance) tied = true;
  }
  return best !== null && bestDistance <= limit && !tied ? best : null;
}

/** Each programme's project ids, the candidates a project reference of that programme may have meant. */
export function projectIdsByProgramme(projects: readonly { programme: string; id: string }[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const p of projects) {
    const list = ids.get(p.programme);
    if (list) list.push(p.id);
    else ids.set(p.programme, [p.id]);
  }
  return ids;
}
