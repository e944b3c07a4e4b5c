import { stringify } from 'csv-stringify/sync';
import type { Column } from './columns.ts';

/**
 * A table as CSV text: one header row of the column names, CRLF line ends and quoting as RFC 4180
 * requires. Numbers are written bare, booleans as `true`/`false`, null as an empty cell. With `bom`,
 * the text starts with a UTF-8 byte order mark (so that Excel and WPS detect UTF-8); the rest is
 * the same either way (CSV_ENCODING_RULE in catalogue.ts).
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], bom: boolean): string {
  const records = rows.map((row) => columns.map((c) => c.value(row)));
  return stringify([columns.map((c) => c.name), ...records], {
    bom,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
