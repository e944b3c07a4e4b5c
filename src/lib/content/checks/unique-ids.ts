import { t } from '../../../i18n/index.ts';
import { PROGRAMMES_FOLDER, programmeOf, recordTypesWhere, typesChecked } from '../../../schemas/record-types.ts';
import { entriesOf, type ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

interface Keyed {
  id: string;
  file: string;
  programme?: string | null;
}

/** Reports entries whose id repeats within their scope (a programme, or the whole site). */
export function findDuplicateIds(kind: string, entries: Keyed[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const key = `${e.programme ?? ''}/${e.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({ file: e.file, entry: e.id, field: 'id', message: t('check.ids.duplicate', { kind, first }) });
    } else {
      seen.set(key, e.file);
    }
  }
  return problems;
}

/** Whether an entry's file is named by its id (`legal-aid.yaml` for `legal-aid`). */
export const isNamedById = (e: { id: string; file: string }) => (e.file.split('/').pop() ?? '').replace(/\.(ya?ml|mdx)$/, '') === e.id;

/** Reports files whose name does not match the id inside, so an id is always found by its file name. */
export function findMisnamedFiles(entries: Keyed[]): Problem[] {
  return entries.filter((e) => !isNamedById(e)).map((e) => ({ file: e.file, entry: e.id, field: 'id', message: t('check.ids.misnamed', { id: e.id }) }));
}

/** Reports entries filed under one programme's folder but claiming another. */
export function findMisfiledEntries(entries: (Keyed & { programme: string })[]): Problem[] {
  return entries
    .filter((e) => e.file.startsWith(`${PROGRAMMES_FOLDER}/`) && e.file.split('/')[1] !== e.programme)
    .map((e) => ({
      file: e.file,
      entry: e.id,
      field: 'programme',
      message: t('check.ids.misfiled', { programme: e.programme, folder: e.file.split('/')[1] ?? '' }),
    }));
}

/** All id-level checks over a content set, for the record types the registry says they apply to. */
export function checkIds(c: ContentSet): Problem[] {
  // Entries of a type keyed by `programme/id` are unique within their programme, the others site-wide.
  const keyed = typesChecked('uniqueIds').map(([name, type]) => ({
    noun: type.noun,
    entries: (entriesOf(c, name) as Keyed[]).map((e) => ({ id: e.id, file: e.file, programme: type.key === 'programme/id' ? programmeOf(name, e) : undefined })),
  }));
  const named = recordTypesWhere((type) => type.idIsFileName).flatMap(([name]) => entriesOf(c, name) as Keyed[]);
  const filed = typesChecked('programmeFolder').flatMap(([name]) =>
    (entriesOf(c, name) as Keyed[]).map((e) => ({ id: e.id, file: e.file, programme: programmeOf(name, e) ?? '' })),
  );
  return [...keyed.flatMap((k) => findDuplicateIds(k.noun, k.entries)), ...findMisnamedFiles(named), ...findMisfiledEntries(filed)];
}
