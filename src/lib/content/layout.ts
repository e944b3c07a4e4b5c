/**
 * Where files may be in a content tree, derived from the registry's places (src/schemas/record-types.ts):
 * every file is either a record of one type, or refused by name, so that nothing an editor saves
 * is silently ignored (a correction saved as `.yml` would otherwise vanish from the site). Names
 * starting with `.` (`.gitkeep`, `.DS_Store`, `.git/`) are the tools' own and are not content.
 */
import { t } from '../../i18n/index.ts';
import { PROGRAMMES_FOLDER, RECORD_TYPE_NAMES, RECORD_TYPES, type RecordExtension, type RecordTypeName } from '../../schemas/record-types.ts';
import type { Problem } from './problems.ts';

/** Where a file of the tree goes: a record of `type`, a file of `type`'s folder refused by name (`problem`), or nowhere. */
export type Placement = { type: RecordTypeName; problem?: undefined } | { type: RecordTypeName; problem: Problem } | { type: null; problem: Problem };

/** Other spellings of an extension that an editor's tool may have used for the same kind of file. */
const VARIANTS: Record<RecordExtension, readonly string[]> = { '.yaml': ['.yaml', '.yml'], '.mdx': ['.mdx', '.md'] };

/** What one folder of the tree may hold: single files by name, and record folders by name. */
interface FolderRule {
  files: Map<string, RecordTypeName>;
  folders: Map<string, { type: RecordTypeName; extension: RecordExtension }>;
}

function rulesOf(scope: 'site' | 'programme'): FolderRule {
  const rule: FolderRule = { files: new Map(), folders: new Map() };
  for (const name of RECORD_TYPE_NAMES) {
    const { place } = RECORD_TYPES[name];
    if (place.scope !== scope) continue;
    if ('file' in place) rule.files.set(place.file, name);
    else rule.folders.set(place.folder, { type: name, extension: place.extension });
  }
  return rule;
}

const SITE = rulesOf('site');
const PROGRAMME = rulesOf('programme');

/** The names a folder may hold, as a message lists them (`site.yaml`, `sources/` …). */
function allowedIn(rule: FolderRule, extra: readonly string[] = []): string[] {
  return [...rule.files.keys(), ...[...rule.folders.keys(), ...extra].map((f) => `${f}/`)];
}

const extensionOf = (name: string) => /\.[^.]*$/.exec(name)?.[0] ?? '';
const stemOf = (name: string) => name.slice(0, name.length - extensionOf(name).length);

/** A problem with a file or folder of the tree as a whole. */
function refused(path: string, message: string): Problem {
  const name = path.split('/').filter(Boolean).pop() ?? path;
  return { file: path, entry: stemOf(name) || name, field: '', message };
}

/** Whether a name is a tool's own (hidden) rather than content. */
export const isHidden = (name: string): boolean => name.startsWith('.');

/** A file in a folder whose single files are `rule.files`: one of them, a misspelt one, or a stray. */
function placeSingle(path: string, name: string, rule: FolderRule, allowed: string[]): Placement {
  const type = rule.files.get(name);
  if (type) return { type };
  for (const [file, fileType] of rule.files) {
    const extension = extensionOf(file) as RecordExtension;
    if (stemOf(name) === stemOf(file) && VARIANTS[extension]?.includes(extensionOf(name).toLowerCase())) {
      return { type: fileType, problem: refused(path, t('check.layout.extension', { name: file })) };
    }
  }
  return { type: null, problem: refused(path, t('check.layout.stray', { allowed })) };
}

/** A file in a record folder: one record, one with a misspelt extension, or a stray. */
function placeRecord(path: string, name: string, folder: { type: RecordTypeName; extension: RecordExtension }): Placement {
  const extension = extensionOf(name);
  if (extension === folder.extension && stemOf(name)) return { type: folder.type };
  if (VARIANTS[folder.extension].includes(extension.toLowerCase()) && stemOf(name)) {
    return { type: folder.type, problem: refused(path, t('check.layout.extension', { name: `${stemOf(name)}${folder.extension}` })) };
  }
  return { type: null, problem: refused(path, t('check.layout.stray', { allowed: [`<id>${folder.extension}`] })) };
}

/**
 * Where the file at `path` (relative to the content folder, forward slashes, in a folder that
 * {@link placeFolder} accepted) belongs. A misspelt extension (`.yml`, `.md`) in a type's place is
 * refused but still counted as that type's file, so that the checks know an entry exists and do
 * not add noise (a programme's totals do not disagree because of a project saved as `.yml`).
 */
export function placeFile(path: string): Placement {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (parts.length === 1) return placeSingle(path, name, SITE, allowedIn(SITE, [PROGRAMMES_FOLDER]));
  const siteFolder = SITE.folders.get(parts[0]!);
  if (parts.length === 2 && siteFolder) return placeRecord(path, name, siteFolder);
  if (parts[0] === PROGRAMMES_FOLDER && parts.length === 2) return { type: null, problem: refused(path, t('check.layout.stray', { allowed: ['<programme>/'] })) };
  if (parts[0] === PROGRAMMES_FOLDER && parts.length === 3) return placeSingle(path, name, PROGRAMME, allowedIn(PROGRAMME));
  const programmeFolder = PROGRAMME.folders.get(parts[2]!);
  if (parts[0] === PROGRAMMES_FOLDER && parts.length === 4 && programmeFolder) return placeRecord(path, name, programmeFolder);
  // Not reached for a file in a folder placeFolder accepted.
  return { type: null, problem: refused(path, t('check.layout.stray', { allowed: allowedIn(SITE, [PROGRAMMES_FOLDER]) })) };
}

/** Whether the folder at `path` may hold content; the problem naming it if not (its files are then not read). */
export function placeFolder(path: string): Problem | null {
  const parts = path.split('/');
  const inProgrammes = parts[0] === PROGRAMMES_FOLDER;
  const folder = (allowed: string[]) => refused(`${path}/`, t('check.layout.folder', { allowed }));
  if (parts.length === 1) return inProgrammes || SITE.folders.has(parts[0]!) ? null : folder(allowedIn(SITE, [PROGRAMMES_FOLDER]));
  if (inProgrammes && parts.length === 2) return null;
  if (inProgrammes && parts.length === 3) return PROGRAMME.folders.has(parts[2]!) ? null : folder(allowedIn(PROGRAMME));
  // A folder inside a record folder: those hold only their records' files.
  const records = inProgrammes ? PROGRAMME.folders.get(parts[2]!) : SITE.folders.get(parts[0]!);
  return folder([`<id>${records?.extension ?? ''}`]);
}
