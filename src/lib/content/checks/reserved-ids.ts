import { t } from '../../../i18n/index.ts';
import { ID_PARAMETERS, reservedIds, type IdParameter } from '../../site/routes.ts';
import { entriesOf, type ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

/**
 * Reports programme and project ids that the route table reserves (src/lib/site/routes.ts,
 * `reservedIds`): a programme `search` would put its overview where the search page is, a project
 * `level` its page where the lists filtered by level are. The reserved names are derived from the
 * table's paths, so a new route reserves its own.
 */
export function checkReservedIds(c: ContentSet): Problem[] {
  const reserved = reservedIds();
  return (Object.keys(ID_PARAMETERS) as IdParameter[]).flatMap((parameter) => {
    const taken = new Map(reserved[parameter].map((r) => [r.id, r.path]));
    return entriesOf(c, ID_PARAMETERS[parameter]).flatMap((record): Problem[] => {
      const path = taken.get(record.id);
      return path === undefined ? [] : [{ file: record.file, entry: record.id, field: 'id', message: t('check.ids.reserved', { path: `/${path}` }) }];
    });
  });
}
