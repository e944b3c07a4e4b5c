import { t } from '../../../i18n/index.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

/**
 * Reports projects that share a position under the same heading of their notice: the same
 * programme, level, standing and category (the groups `compareNoticeOrder` lists them in) and the
 * same `order`. The listing would otherwise fall back on the ids' alphabet without a word, and the
 * published `notice_order` would give two projects one number the notice gives one of them.
 */
export function checkNoticeOrder(c: ContentSet): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const p of c.projects) {
    const key = JSON.stringify([p.programme, p.level, p.standing, p.category, p.order]);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, p.id);
    else problems.push({ file: p.file, entry: p.id, field: 'order', message: t('check.order.duplicate', { order: p.order, first: earlier }) });
  }
  return problems;
}
