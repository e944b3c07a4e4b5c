import { t } from '../../../i18n/index.ts';
import type { ContentSet } from '../content-set.ts';
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

/** Reports files whose name does not match the id inside, so an id is always found by its file name. */
export function findMisnamedFiles(entries: Keyed[]): Problem[] {
  return entries
    .filter((e) => !e.file.endsWith('/programme.yaml') && !e.file.endsWith('site.yaml'))
    .filter((e) => (e.file.split('/').pop() ?? '').replace(/\.(ya?ml|mdx)$/, '') !== e.id)
    .map((e) => ({ file: e.file, entry: e.id, field: 'id', message: t('check.ids.misnamed', { id: e.id }) }));
}

/** Reports entries filed under one programme's folder but claiming another. */
export function findMisfiledEntries(entries: (Keyed & { programme: string })[]): Problem[] {
  return entries
    .filter((e) => e.file.startsWith('programmes/') && e.file.split('/')[1] !== e.programme)
    .map((e) => ({
      file: e.file,
      entry: e.id,
      field: 'programme',
      message: t('check.ids.misfiled', { programme: e.programme, folder: e.file.split('/')[1] ?? '' }),
    }));
}

/** All id-level checks over a content set. */
export function checkIds(c: ContentSet): Problem[] {
  const scoped = [...c.projects, ...c.standards, ...c.milestones, ...c.oversight];
  return [
    ...findDuplicateIds('programme', c.programmes.map(({ id, file }) => ({ id, file }))),
    ...findDuplicateIds('project', c.projects),
    ...findDuplicateIds('standard', c.standards),
    ...findDuplicateIds('milestone', c.milestones),
    ...findDuplicateIds('oversight', c.oversight),
    ...findDuplicateIds('source', c.sources.map(({ id, file }) => ({ id, file }))),
    ...findDuplicateIds('correction', c.corrections.map(({ id, file }) => ({ id, file }))),
    ...findMisnamedFiles([...scoped, ...c.sources, ...c.corrections]),
    ...findMisfiledEntries(c.programmes.map((p) => ({ id: p.id, file: p.file, programme: p.id }))),
    ...findMisfiledEntries(scoped),
  ];
}
