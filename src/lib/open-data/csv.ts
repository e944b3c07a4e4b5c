import { stringify } from 'csv-stringify/sync';
import type { Column } from './columns.ts';

/**
 * A table as CSV text: UTF-8 byte order mark (so Excel detects UTF-8), one header row of the
 * column names, CRLF line ends and quoting as RFC 4180 requires. Numbers are written bare, booleans
 * as `true`/`false`, null as an empty cell.
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const records = rows.map((row) => columns.map((c) => c.value(row)));
  return stringify([columns.map((c) => c.name), ...records], {
    bom: true,
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
