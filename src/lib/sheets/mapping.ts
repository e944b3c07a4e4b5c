/**
 * Records to spreadsheet rows and back, for any record type (src/lib/sheets/fields.ts reads its
 * fields from the schema). One row per record; nested fields are flattened to columns:
 *
 * - an object's fields become columns `parent.field`, headed `父·子` (`调整后·金额`);
 * - a list becomes numbered column groups, `citations.0.source`, `citations.0.paragraph`,
 *   `citations.0.quote`, `citations.1.…` headed `出处1·来源文件` …, as many groups as the record with
 *   the most items needs, and one empty group more for a list of the record itself (to add one);
 * - a coded field shows its Chinese label (a data-validation list of them), and is written back as its code.
 *
 * Row 2 of a sheet holds each column's key (the dotted path); import reads columns by it, so an
 * editor may add a group by copying columns and numbering their keys on.
 */
import { t } from '../../i18n/index.ts';
import type { Field, Leaf, Shape } from './fields.ts';

/** One column of a sheet. */
export interface Column {
  /** Dotted path of the field in the record, with 0-based list positions (`targets.0.citations.1.quote`). */
  key: string;
  header: string;
  description: string;
  leaf: Leaf;
}

/** A cell's value as written to or read from a sheet. */
export type Cell = string | number | boolean | null;

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v === '');

/** The number of groups a list gets: as many as the most items any record has (`values`), plus `spare`, at least one. */
const groupsFor = (values: unknown[], spare: number) => Math.max(1, Math.max(0, ...values.map((v) => (Array.isArray(v) ? v.length : 0))) + spare);

/**
 * The schema's and the check's words in a sheet's terms, for a column's note and an import's
 * message: "null" (what a YAML file writes for a fact the source does not state) reads as leaving
 * the cell blank, which is what a sheet does for it (valueOf).
 */
export function sheetTerms(text: string): string {
  // The Chinese halves first (为 null 时 → 留空时: the space goes only before Chinese text); what is left is English.
  const zh = text.replace(/(可)?(?:为|写) ?null(?: (?=[\u4e00-\u9fff]))?/g, (_, may: string | undefined) => `${may ?? ''}${t('sheets.note.blank')}`);
  return zh.replace(/\bnull\b/g, 'blank');
}

/** The columns of a shape, given the values at its place in every record (to size the lists). */
function columnsOf(shape: Shape, key: string, header: string, description: string, values: unknown[], depth: number): Column[] {
  if (shape.kind === 'leaf') return [{ key, header, description: sheetTerms(description), leaf: shape.leaf }];
  if (shape.kind === 'object') {
    return shape.fields.flatMap((f) =>
      columnsOf(
        f.shape,
        key ? `${key}.${f.key}` : f.key,
        header ? `${header}·${f.header}` : f.header,
        f.description,
        values.map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[f.key] : undefined)),
        depth + 1,
      ),
    );
  }
  const groups = groupsFor(values, depth === 1 ? 1 : 0);
  return Array.from({ length: groups }, (_, i) =>
    columnsOf(
      shape.item,
      `${key}.${i}`,
      `${header}${i + 1}`,
      description,
      values.map((v) => (Array.isArray(v) ? v[i] : undefined)),
      depth + 1,
    ),
  ).flat();
}

/** The columns of a record type's sheet for `records`. */
export function sheetColumns(shape: Shape & { kind: 'object' }, records: readonly object[]): Column[] {
  return columnsOf(shape, '', '', '', records as unknown[], 0);
}

/** The value at a dotted path of a record. */
function valueAt(record: unknown, key: string): unknown {
  let v: unknown = record;
  for (const part of key.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** What a cell shows for a leaf value: a coded value's label, yes/no for a boolean. */
export function cellOf(leaf: Leaf, value: unknown): Cell {
  if (isEmpty(value)) return null;
  if (leaf.kind === 'code') return leaf.labels[String(value)] ?? String(value);
  if (leaf.kind === 'boolean') return value === true ? t('sheets.boolean.true') : value === false ? t('sheets.boolean.false') : String(value);
  return value as Cell;
}

/** A record as one row of cells, in column order. */
export function rowOf(columns: readonly Column[], record: object): Cell[] {
  return columns.map((c) => cellOf(c.leaf, valueAt(record, c.key)));
}

/** Why a cell cannot be read, by column key. */
export interface CellProblem {
  key: string;
  message: string;
}

/**
 * A cell that stands for "not stated": empty, only spaces, or the word null. The field notes come
 * from the schema, which says a YAML file writes null there; an editor following them in a sheet
 * types it, and the word must not be published as the field's text.
 */
export const isUnstated = (cell: Cell | undefined) => isEmpty(cell) || (typeof cell === 'string' && (cell.trim() === '' || /^null$/i.test(cell.trim())));

/** Reads a cell into the value its field holds, or says why it cannot. Undefined for an empty cell (or one that says null). */
export function valueOf(leaf: Leaf, cell: Cell | undefined): { value: unknown } | { problem: string } {
  if (isUnstated(cell)) return { value: undefined };
  const text = typeof cell === 'string' ? cell : String(cell);
  switch (leaf.kind) {
    case 'number': {
      if (typeof cell === 'number') return { value: cell };
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) ? { value: n } : { problem: t('sheets.problem.notNumber', { value: text }) };
    }
    case 'boolean': {
      const yes = t('sheets.boolean.true');
      const no = t('sheets.boolean.false');
      if (cell === true || text === yes || /^true$/i.test(text)) return { value: true };
      if (cell === false || text === no || /^false$/i.test(text)) return { value: false };
      return { problem: t('sheets.problem.notBoolean', { value: text, yes, no }) };
    }
    case 'code': {
      const trimmed = text.trim();
      const code = leaf.codes.find((c) => c === trimmed || leaf.labels[c] === trimmed);
      return code !== undefined ? { value: code } : { problem: t('sheets.problem.notCode', { value: text, allowed: leaf.codes.map((c) => leaf.labels[c] ?? c) }) };
    }
    default:
      // Text as typed: a quote keeps its own spaces, and a number typed in a text column is its digits.
      return { value: text };
  }
}

/**
 * A record from one row, read through `shape` with the cells keyed by column key. A field whose
 * cells are all empty is left out, or null where the field is nullable; a list keeps its filled
 * groups in order. Problems name the column key of the cell.
 */
export function recordOf(shape: Shape & { kind: 'object' }, cells: ReadonlyMap<string, Cell>): { record: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const keys = [...cells.keys()];
  const read = (s: Shape, key: string): unknown => {
    if (s.kind === 'leaf') {
      const got = valueOf(s.leaf, cells.get(key));
      if ('problem' in got) {
        problems.push({ key, message: got.problem });
        return undefined;
      }
      return got.value;
    }
    if (s.kind === 'array') {
      // Every group present in the sheet, however many the editor made.
      const prefix = `${key}.`;
      const indices = [...new Set(keys.filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length).split('.')[0])))]
        .filter(Number.isInteger)
        .sort((a, b) => a - b);
      const items = indices.map((i) => read(s.item, `${key}.${i}`)).filter((v) => v !== undefined);
      return items.length ? items : undefined;
    }
    const entries = s.fields.map((f): [Field, unknown] => [f, read(f.shape, key ? `${key}.${f.key}` : f.key)]);
    if (entries.every(([, v]) => v === undefined)) return undefined;
    const out: Record<string, unknown> = {};
    // A union's row holds the fields of the variant its coded field names, and no other.
    const variant = s.variants ? s.variants.fields[String(entries.find(([f]) => f.key === s.variants!.key)?.[1])] : undefined;
    for (const [f, v] of entries) {
      if (variant && !variant.includes(f.key)) continue;
      if (v !== undefined) out[f.key] = v;
      else if (f.nullable) out[f.key] = null;
      else if (f.shape.kind === 'array' && !f.omittable) out[f.key] = [];
    }
    return out;
  };
  return { record: (read(shape, '') as Record<string, unknown> | undefined) ?? {}, problems };
}

/** The column keys a shape accepts: `known('citations.3.quote')` holds for any group number. */
export function isKnownKey(shape: Shape, key: string): boolean {
  let current: Shape = shape;
  for (const part of key.split('.')) {
    if (current.kind === 'array') {
      if (!/^\d+$/.test(part)) return false;
      current = current.item;
      continue;
    }
    if (current.kind !== 'object') return false;
    const f = current.fields.find((x) => x.key === part);
    if (!f) return false;
    current = f.shape;
  }
  return current.kind === 'leaf';
}
