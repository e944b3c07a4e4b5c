import { stringify } from 'csv-stringify/sync';
import type { Column } from './columns.ts';

/** CRLF line ends; booleans as `true`/`false` (numbers are written bare and null as an empty cell by default). */
const OPTIONS = { record_delimiter: 'windows', cast: { boolean: (value: boolean) => (value ? 'true' : 'false') } } as const;

/** A table's CSV text line by line: the header row's and each row's, each ending in CRLF. */
export interface CsvLines {
  header: string;
  rows: string[];
}

/**
 * A table as CSV lines, each row stringified once: the text of the table (or of any run of its
 * rows, or of one row under the header) is the header line followed by the rows' lines, exactly as
 * csv-stringify writes the table in one call, for it writes each record on its own.
 */
export function csvLines<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): CsvLines {
  return {
    header: stringify([columns.map((c) => c.name)], OPTIONS),
    rows: rows.map((row) => stringify([columns.map((c) => c.value(row))], OPTIONS)),
  };
}

/** The UTF-8 byte order mark, as text. */
export const BOM = '\uFEFF';

/**
 * A table as CSV text: one header row of the column names, CRLF line ends and quoting as RFC 4180
 * requires. Numbers are written bare, booleans as `true`/`false`, null as an empty cell. With `bom`,
 * the text starts with a UTF-8 byte order mark (so that Excel and WPS detect UTF-8); the rest is
 * the same either way (CSV_ENCODING_RULE in catalogue.ts).
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], bom: boolean): string {
  const lines = csvLines(columns, rows);
  return `${bom ? BOM : ''}${lines.header}${lines.rows.join('')}`;
}
