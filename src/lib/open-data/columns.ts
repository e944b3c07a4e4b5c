/**
 * Column definitions of the published CSV tables. One definition drives the CSV header and cells,
 * the Table Schema in datapackage.json and the data dictionary, so the three cannot disagree.
 */
import type { Citation } from '../../schemas/citation.ts';
import type { OpenDataContext } from './context.ts';

/** Table Schema field types used by the tables. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** One cell value; null is written as an empty cell. */
export type Cell = string | number | boolean | null;

/** One column of a published table. */
export interface Column<Row> {
  /** Stable English snake_case header name: part of the public interface. */
  name: string;
  type: FieldType;
  /** Short title for readers (from the wording, src/i18n). */
  title: string;
  /** What the column holds, including how several values are joined (from the wording). */
  description: string;
  /** Closed vocabulary of the column, where it has one. */
  enum?: readonly string[];
  /** True when every row has a value. */
  required?: boolean;
  value(row: Row): Cell;
}

/**
 * The columns of a published CSV table and the rows of the whole data set. Which files use it, and
 * their titles and descriptions, are in the catalogue (catalogue.ts).
 */
export interface Table<Row> {
  columns: readonly Column<Row>[];
  /**
   * The columns whose values together name one row and never repeat (Table Schema `primaryKey`):
   * the programme's id and the row's id within it, since ids are unique only within a programme.
   */
  primaryKey: readonly string[];
  /**
   * Columns naming a row of another table (Table Schema `foreignKeys`): their values, in order,
   * are the referenced table's primary key of a row it holds.
   */
  foreignKeys?: readonly ForeignKey[];
  /** Every row, in file order. */
  rows(ctx: OpenDataContext): Row[];
}

/** Columns of a table that name a row of another table by that table's primary key. */
export interface ForeignKey {
  /** This table's columns, in the order of the referenced table's primary key. */
  fields: readonly string[];
  /** The table whose rows they name. */
  table: Table<unknown>;
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
