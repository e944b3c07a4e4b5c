import { t } from '../../i18n/index.ts';
import { fieldAt, recordShape, type Shape } from '../sheets/fields.ts';

/** One thing wrong with the content, precise enough for an editor to find and fix it. */
export interface Problem {
  /** Path of the file, relative to the content directory. */
  file: string;
  /** Id of the entry concerned (or the file name when the id itself is unreadable). */
  entry: string;
  /** Dotted path of the field, e.g. `citations.0.quote`; empty for the whole entry. */
  field: string;
  /** What is wrong and what was expected, in Chinese then English. */
  message: string;
  /**
   * `warning` for what is reported but does not stop publishing (a draft programme's totals that
   * disagree); absent for a problem, which does.
   */
  severity?: 'warning';
  /** 1-based line and column of the field in the file, where known. */
  line?: number;
  column?: number;
}

/**
 * A problem in the body of a document (a notice's anchored paragraphs), found by the document's
 * reader, which knows neither the file nor the entry: validation adds them. `line` is the file's.
 */
export interface BodyProblem {
  /** The paragraph concerned (`p35`), or empty for text that belongs to no paragraph. */
  field: string;
  message: string;
  line: number;
  column: number;
}

/** Formats a problem as the one line the build and `npm run check` print. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where} [${p.entry}]${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/** Orders problems by file, then line, so the output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/** What {@link explainUnknownFields} needs of a file: its data, and which of its collections are written `{ … }`. */
interface UnknownFieldsFile {
  data: unknown;
  flowCollections?: ReadonlySet<string>;
}

/**
 * The message and place of fields a schema does not know (zod's `unrecognized_keys` at `path`):
 * the fields allowed there, and, where the unknown "field" is a bare word inside a one-line
 * `{ … }` mapping right after a text field, what really happened: an ASCII comma in the text
 * (`quote: 各县区人民政府、开发区管委会,市有关单位`) split the mapping, so the rest became a key.
 * `at` is the path of the first unknown field, for the line it is on.
 */
export function explainUnknownFields(
  file: UnknownFieldsFile,
  schema: unknown,
  path: readonly (string | number)[],
  keys: readonly string[],
): { message: string; at: (string | number)[] } {
  const at = [...path, keys[0]!];
  let parent: unknown = file.data;
  for (const part of path) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[part as string] : undefined;
  const parentKeys = parent && typeof parent === 'object' ? Object.keys(parent) : [];
  const dotted = path.join('.');
  if (file.flowCollections?.has(dotted)) {
    const split = keys.find((k) => (parent as Record<string, unknown>)[k] === null);
    const before = split === undefined ? undefined : parentKeys[parentKeys.indexOf(split) - 1];
    if (split !== undefined && before !== undefined && typeof (parent as Record<string, unknown>)[before] === 'string') {
      return { message: t('check.fields.flowComma', { key: split, field: before }), at: [...path, split] };
    }
  }
  const shape = shapeAt(schema, path);
  const allowed = shape?.kind === 'object' ? shape.fields.map((f) => f.key) : [];
  return { message: t('check.fields.unknown', { keys, allowed }), at };
}

/** The shape at `path` of a record's schema (list positions skipped), or undefined. */
function shapeAt(schema: unknown, path: readonly (string | number)[]): Shape | undefined {
  const shape = recordShape(schema as Parameters<typeof recordShape>[0]);
  if (!path.length) return shape;
  let s = fieldAt(shape, path)?.shape;
  while (s?.kind === 'array') s = s.item;
  return s;
}
