/**
 * Column definitions of the published CSV tables. One definition drives the CSV header and cells,
 * the Table Schema in datapackage.json and the data dictionary, so the three cannot disagree.
 */
import type { Citation } from '../../schemas/citation.ts';

/** Table Schema field types used by the tables. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** One cell value; null is written as an empty cell. */
export type Cell = string | number | boolean | null;

/** One column of a published table. */
export interface Column<Row> {
  /** Stable English snake_case header name: part of the public interface. */
  name: string;
  type: FieldType;
  /** Short Chinese title for readers. */
  title: string;
  /** What the column holds, in Chinese, including how several values are joined. */
  description: string;
  /** Closed vocabulary of the column, where it has one. */
  enum?: readonly string[];
  /** True when every row has a value. */
  required?: boolean;
  value(row: Row): Cell;
}

/** A published CSV table. */
export interface Table<Row> {
  /** File name without extension, e.g. `projects`. */
  name: string;
  /** Chinese title. */
  title: string;
  /** Chinese description of what one row is. */
  description: string;
  columns: readonly Column<Row>[];
}

/** Separator of multi-valued cells; documented in every such column and in docs/open-data.md. */
export const MULTI_VALUE_SEPARATOR = ';';

/**
 * Joins the values of a multi-valued cell with {@link MULTI_VALUE_SEPARATOR}. A value containing
 * the separator would make the cell ambiguous, so it fails the build instead of being published.
 */
export function joinValues(values: readonly string[], column: string): string | null {
  const bad = values.find((v) => v.includes(MULTI_VALUE_SEPARATOR));
  if (bad !== undefined) throw new Error(`column ${column}: value "${bad}" contains the separator "${MULTI_VALUE_SEPARATOR}"`);
  return values.length ? values.join(MULTI_VALUE_SEPARATOR) : null;
}

/**
 * Cited paragraphs, deduplicated in citation order: `p12` for the programme's own notice, and
 * `<source>#p12` for any other source document.
 */
export function citationParagraphs(citations: readonly Citation[], mainSource: string): string | null {
  const refs = citations.map((c) => (c.source === mainSource ? c.paragraph : `${c.source}#${c.paragraph}`));
  return joinValues([...new Set(refs)], 'citation_paragraphs');
}

/** Description suffix of every multi-valued column. */
export const MULTI_NOTE = `多个值以英文分号“${MULTI_VALUE_SEPARATOR}”分隔，无值时为空。`;
