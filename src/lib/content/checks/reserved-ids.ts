import { t } from '../../../i18n/index.ts';
import { CATALOGUE, pathPattern } from '../../open-data/catalogue.ts';
import { DATA_PAGE_PATH, ID_PARAMETERS, reservedIds, type IdParameter, type ReservedId } from '../../site/routes.ts';
import { entriesOf, type ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

/**
 * The folders of data/ that the catalogue of published files gives the site (`schema/` of the JSON
 * Schemas), where a programme's data page `data/<programme>/` would be among them.
 */
function dataFolders(): ReservedId[] {
  const folders = CATALOGUE.filter((kind) => kind.scope !== 'project').flatMap((kind) => {
    const segments = pathPattern(kind).split('/');
    return segments.length > 1 && !segments[0]!.includes('<') ? [segments[0]!] : [];
  });
  return [...new Set(folders)].map((id) => ({ id, path: `${DATA_PAGE_PATH}${id}/` }));
}

/**
 * Programme and project ids the site's own paths take, with the path that takes each: the route
 * table's (src/lib/site/routes.ts, `reservedIds`: every page, file and folder the build writes,
 * `search`, `pagefind`, `js` …) and, for a programme, the data folders of the catalogue of published
 * files. Derived from those two, so a new route or folder reserves its own name.
 */
export function takenIds(): Record<IdParameter, ReservedId[]> {
  const table = reservedIds();
  const programme = [...table.programme, ...dataFolders().filter((d) => !table.programme.some((r) => r.id === d.id))];
  return { ...table, programme };
}

/**
 * Reports programme and project ids that the site's own paths take ({@link takenIds}): a programme
 * `search` would put its overview where the search page is, one named `pagefind` where the search
 * index is, a project `level` its page where the lists filtered by level are.
 */
export function checkReservedIds(c: ContentSet): Problem[] {
  const reserved = takenIds();
  return (Object.keys(ID_PARAMETERS) as IdParameter[]).flatMap((parameter) => {
    const taken = new Map(reserved[parameter].map((r) => [r.id, r.path]));
    return entriesOf(c, ID_PARAMETERS[parameter]).flatMap((record): Problem[] => {
      const path = taken.get(record.id);
      return path === undefined ? [] : [{ file: record.file, entry: record.id, field: 'id', message: t('check.ids.reserved', { path: `/${path}` }) }];
    });
  });
}
