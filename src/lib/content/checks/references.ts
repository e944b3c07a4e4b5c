import { t } from '../../../i18n/index.ts';
import { programmeOf, typesChecked } from '../../../schemas/record-types.ts';
import { entriesOf, type ContentSet } from '../content-set.ts';
import { nearestId, projectIdsByProgramme } from '../nearest.ts';
import type { Problem } from '../problems.ts';

/**
 * Checks that every id a record names (programme, project, source, category) exists where it must,
 * and that a project's level is one its programme declares (null where it declares none). Entries
 * whose files exist but failed their check (`unreadable…`) exist all the same: their own problem is
 * reported already, and a reference to them is not dangling.
 */
export function checkReferences(
  c: ContentSet,
  unreadableProjects: ReadonlySet<string> = new Set(),
  unreadableProgrammes: ReadonlySet<string> = new Set(),
  unreadableSources: ReadonlySet<string> = new Set(),
): Problem[] {
  const programmes = new Set(c.programmes.map((p) => p.id));
  const sources = new Set(c.sources.map((s) => s.id));
  const projectKeys = new Set(c.projects.map((p) => `${p.programme}/${p.id}`));
  const problems: Problem[] = [];
  // Made only when a reference is missing: valid content never needs it.
  let projectIds: Map<string, string[]> | undefined;
  /** The ids a reference of this kind could have meant (a project: its own programme's). */
  const candidatesFor = (what: 'project' | 'programme' | 'source' | 'category', programme: string | null): Iterable<string> =>
    what === 'project'
      ? ((projectIds ??= projectIdsByProgramme(c.projects)).get(programme ?? '') ?? [])
      : what === 'programme'
        ? programmes
        : what === 'source'
          ? sources
          : (c.programmes.find((p) => p.id === programme)?.categories.map((k) => k.id) ?? []);
  const missing = (file: string, entry: string, field: string, what: 'project' | 'programme' | 'source' | 'category', id: string, programme: string | null = null) => {
    const near = nearestId(id, candidatesFor(what, programme));
    const message = t('check.references.missing', { field, kind: what, id }) + (near === null ? '' : t('check.references.didYouMean', { id: near }));
    problems.push({ file, entry, field, message });
  };

  for (const p of c.programmes) {
    if (!sources.has(p.source) && !unreadableSources.has(p.source)) missing(p.file, p.id, 'source', 'source', p.source);
  }
  // Every record type that names its programme (a correction may name none: it concerns the whole site).
  for (const [name, type] of typesChecked('programmeExists')) {
    for (const e of entriesOf(c, name) as { id: string; file: string }[]) {
      const programme = programmeOf(name, e);
      if (programme !== null && !programmes.has(programme) && !unreadableProgrammes.has(programme)) missing(e.file, e.id, type.programmeField ?? '', 'programme', programme);
    }
  }
  // A project whose file failed its schema exists all the same: its own problem is reported already.
  const hasProject = (programme: string, id: string) => projectKeys.has(`${programme}/${id}`) || unreadableProjects.has(`${programme}/${id}`);
  for (const p of c.projects) {
    p.mergedFrom.forEach((id, i) => {
      if (!hasProject(p.programme, id)) missing(p.file, p.id, `mergedFrom.${i}`, 'project', id, p.programme);
    });
    if (p.mergedInto && !hasProject(p.programme, p.mergedInto)) missing(p.file, p.id, 'mergedInto', 'project', p.mergedInto, p.programme);
    if (p.movedTo && !hasProject(p.programme, p.movedTo.project)) missing(p.file, p.id, 'movedTo.project', 'project', p.movedTo.project, p.programme);
  }
  for (const s of c.standards) {
    if (!hasProject(s.programme, s.project)) missing(s.file, s.id, 'project', 'project', s.project, s.programme);
  }
  // A project's level is one its programme declares (none where it declares none), its category one of its categories.
  const byId = new Map(c.programmes.map((p) => [p.id, p]));
  for (const p of c.projects) {
    const programme = byId.get(p.programme);
    if (!programme) continue;
    const declared = programme.levels.map((l) => l.code);
    const at = (field: string, message: string) => problems.push({ file: p.file, entry: p.id, field, message });
    if (p.level === null) {
      if (declared.length) at('level', t('check.levels.missing', { declared }));
    } else if (!declared.length) at('level', t('check.levels.none'));
    else if (!declared.includes(p.level)) at('level', t('check.levels.undeclared', { level: p.level, declared }));
    if (p.category !== null && !programme.categories.some((k) => k.id === p.category)) missing(p.file, p.id, 'category', 'category', p.category, p.programme);
  }
  for (const k of c.corrections) {
    if (k.project && (!k.programme || !hasProject(k.programme, k.project))) missing(k.file, k.id, 'project', 'project', k.project, k.programme ?? null);
  }
  return problems;
}
