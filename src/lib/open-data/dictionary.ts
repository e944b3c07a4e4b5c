/**
 * The data dictionary: one row per field of a published file, generated from the same JSON Schema
 * (for JSON) or column definitions (for CSV) that describe the files, with an example taken from
 * the real data. Nothing in it is written by hand, so it cannot drift from the files.
 */
import { t } from '../../i18n/index.ts';
import type { Cell, Column, FieldType } from './columns.ts';

/** A JSON Schema node, as produced by `z.toJSONSchema`. */
export type SchemaNode = { [key: string]: unknown };

/** One documented field. */
export interface DictionaryRow {
  /** Dotted path; `[]` marks the elements of an array, e.g. `records[].changes[].kind`. */
  path: string;
  /** Type in words (from the wording, src/i18n). */
  type: string;
  /** Meaning, from the schema's description (`.describe()` in src/schemas). */
  description: string;
  /** A real value from the published file, or empty when the data has none. */
  example: string;
  /** For a field only some records have, the records that have it, e.g. `kind = amount`. */
  condition: string | null;
}

const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const nodes = (v: unknown): SchemaNode[] => (Array.isArray(v) ? v.filter(isNode) : []);

/** The non-null part of a nullable node (`anyOf: [X, {type: null}]`), and whether it was nullable. */
function unwrapNullable(node: SchemaNode): { inner: SchemaNode; nullable: boolean } {
  // A nullable scalar without constraints comes out as `type: [X, 'null']` instead.
  if (Array.isArray(node.type) && node.type.length === 2 && node.type.includes('null')) {
    return { inner: { ...node, type: node.type.find((t) => t !== 'null') }, nullable: true };
  }
  const branches = nodes(node.anyOf);
  const nonNull = branches.filter((b) => b.type !== 'null');
  if (branches.length === 2 && nonNull.length === 1) return { inner: nonNull[0]!, nullable: true };
  return { inner: node, nullable: false };
}

const TYPE_WORDS: Record<string, string> = {
  string: t('data.dictionary.type.string'),
  integer: t('data.dictionary.type.integer'),
  number: t('data.dictionary.type.number'),
  boolean: t('data.dictionary.type.boolean'),
  object: t('data.dictionary.type.object'),
  array: t('data.dictionary.type.array'),
  null: 'null',
};

/** The type of a node in words, e.g. `枚举：provincial、municipal、district` or `整数 或 null`. */
export function typeLabel(node: SchemaNode): string {
  const { inner, nullable } = unwrapNullable(node);
  const label = innerTypeLabel(inner);
  return nullable ? t('data.dictionary.type.nullable', { type: label }) : label;
}

/** The type of a node that is not nullable itself, in words. */
function innerTypeLabel(inner: SchemaNode): string {
  if ('const' in inner) return t('data.dictionary.type.const', { value: JSON.stringify(inner.const) });
  if (Array.isArray(inner.enum)) return t('data.dictionary.type.enum', { values: inner.enum });
  if (inner.type === 'string' && inner.format === 'date') return t('data.dictionary.type.date');
  if (inner.type === 'string' && inner.format === 'uri') return t('data.dictionary.type.uri');
  if (inner.type === 'array') return t('data.dictionary.type.arrayOf', { items: isNode(inner.items) ? typeLabel(inner.items) : t('data.dictionary.type.any') });
  if (inner.type === 'object' && !isNode(inner.properties) && isNode(inner.additionalProperties)) {
    const keys = isNode(inner.propertyNames) && Array.isArray(inner.propertyNames.enum) ? t('data.dictionary.type.keys', { keys: inner.propertyNames.enum }) : '';
    return t('data.dictionary.type.record', { keys, values: typeLabel(inner.additionalProperties) });
  }
  if (nodes(inner.oneOf).length) return t('data.dictionary.type.oneOf', { n: nodes(inner.oneOf).length });
  return typeof inner.type === 'string' ? (TYPE_WORDS[inner.type] ?? inner.type) : t('data.dictionary.type.any');
}

/** The discriminating constant of a union variant, e.g. `kind = amount`. */
function variantCondition(variant: SchemaNode): string | null {
  if (!isNode(variant.properties)) return null;
  for (const [key, prop] of Object.entries(variant.properties)) {
    if (isNode(prop) && typeof prop.const === 'string') return `${key} = ${prop.const}`;
  }
  return null;
}

/** Rows of every field under `node`, depth first, each field before its sub-fields. */
function walk(node: SchemaNode, prefix: string, condition: string | null): Omit<DictionaryRow, 'example'>[] {
  const { inner } = unwrapNullable(node);
  if (inner.type === 'array' && isNode(inner.items)) return walk(inner.items, `${prefix}[]`, condition);
  const variants = nodes(inner.oneOf);
  if (variants.length)
    return mergeVariants(
      variants.map((v) => walk(v, prefix, variantCondition(v) ?? condition)),
      condition,
    );
  if (!isNode(inner.properties)) return [];
  return Object.entries(inner.properties).flatMap(([key, child]) => {
    if (!isNode(child)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const own = unwrapNullable(child);
    const description = typeof child.description === 'string' ? child.description : typeof own.inner.description === 'string' ? own.inner.description : '';
    return [{ path, type: typeLabel(child), description, condition }, ...walk(child, path, condition)];
  });
}

/** Fields of union variants: once where every variant has them alike, else once per variant. */
function mergeVariants(perVariant: Omit<DictionaryRow, 'example'>[][], condition: string | null): Omit<DictionaryRow, 'example'>[] {
  const out: Omit<DictionaryRow, 'example'>[] = [];
  const seen = new Set<string>();
  for (const rows of perVariant) {
    for (const row of rows) {
      const same = perVariant.map((rs) => rs.find((r) => r.path === row.path));
      const shared = same.every((r) => r && r.type === row.type && r.description === row.description);
      const key = shared ? row.path : `${row.path}|${row.condition}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(shared ? { ...row, condition } : row);
    }
  }
  return out;
}

/**
 * Every value found at a dictionary path in a document. With a row's `condition` (`kind = coverage`),
 * only through objects that do not carry that key with another value: the field of one union
 * variant is read from the records of that variant alone.
 */
export function valuesAt(document: unknown, path: string, condition: string | null = null): unknown[] {
  const [conditionKey, conditionValue] = condition?.split(' = ') ?? [];
  const matches = (v: unknown) => conditionKey === undefined || !isNode(v) || !(conditionKey in v) || v[conditionKey] === conditionValue;
  let current: unknown[] = [document];
  for (const segment of path.split('.')) {
    const arrays = segment.match(/(\[\])+$/)?.[0].length ?? 0;
    const key = segment.slice(0, segment.length - arrays);
    current = current.flatMap((v) => (isNode(v) && matches(v) && key in v ? [v[key]] : []));
    for (let i = 0; i < arrays / 2; i++) current = current.flatMap((v) => (Array.isArray(v) ? v : []));
  }
  return current;
}

/** A short example of a value, for one table cell. */
export function exampleText(value: unknown, max = 40): string {
  if (value === undefined) return '';
  if (isNode(value)) return t('data.dictionary.example.nested');
  if (Array.isArray(value) && value.some(isNode)) return t('data.dictionary.example.nested');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The first informative value: not null, not an empty array or string, matching the row's condition. */
function example(document: unknown, row: Omit<DictionaryRow, 'example'>): string {
  const values = valuesAt(document, row.path, row.condition);
  const found = values.find((v) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  return exampleText(found ?? values[0]);
}

/** The dictionary of a published JSON file from its JSON Schema, with examples from the file itself. */
export function schemaDictionary(schema: SchemaNode, document: unknown): DictionaryRow[] {
  return walk(schema, '', null).map((row) => ({ ...row, example: example(document, row) }));
}

const FIELD_TYPE_WORDS: Record<FieldType, string> = {
  string: t('data.dictionary.type.string'),
  integer: t('data.dictionary.type.integer'),
  number: t('data.dictionary.type.number'),
  boolean: t('data.dictionary.type.boolean'),
};

/** One documented CSV column. */
export interface ColumnRow {
  name: string;
  title: string;
  type: string;
  description: string;
  example: string;
}

/** The dictionary of a CSV table from its column definitions, with the first non-empty value as example. */
export function columnDictionary<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): ColumnRow[] {
  return columns.map((c) => {
    // The first non-empty value, computed row by row only until found.
    let value: Cell | undefined;
    for (const r of rows) {
      const v = c.value(r);
      if (v !== null && v !== '') {
        value = v;
        break;
      }
    }
    return {
      name: c.name,
      title: c.title,
      type: c.enum ? t('data.dictionary.column.enumType', { type: FIELD_TYPE_WORDS[c.type], values: c.enum }) : FIELD_TYPE_WORDS[c.type],
      description: c.description,
      example: value === undefined ? '' : exampleText(typeof value === 'boolean' ? String(value) : value),
    };
  });
}
