/** Reading the data files of a built site, and the content they were made from (the Luyang example). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { exampleDir, LUYANG_EXAMPLE } from './example-content.ts';

/** Bytes of a file under dist/data/. */
export const dataBytes = (dist: string, path: string) => readFileSync(join(dist, 'data', path));
/** A JSON file under dist/data/, parsed. */
export const dataJson = <T = any>(dist: string, path: string): T => JSON.parse(readFileSync(join(dist, 'data', path), 'utf8'));

/** A CSV file under dist/data/: whether it starts with a BOM, its header and its records as objects. */
export function dataCsv(dist: string, path: string): { bom: boolean; header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(join(dist, 'data', path), 'utf8');
  const bom = text.startsWith('\uFEFF');
  const records: string[][] = parse(bom ? text.slice(1) : text, { relax_column_count: false });
  const [header = [], ...body] = records;
  return { bom, header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** The Luyang example the global setup builds (examples/luyang-2017), validated the way the build validates it. */
export function luyangContent() {
  const { content, problems } = validateContent(readContent(exampleDir(LUYANG_EXAMPLE)));
  if (problems.length) throw new Error(`the Luyang example is invalid: ${problems.length} problem(s)`);
  return content;
}
