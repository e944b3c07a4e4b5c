import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { citationParagraphs, joinValues, type Column } from '../../../src/lib/open-data/columns.ts';
import { csvLines, toCsv } from '../../../src/lib/open-data/csv.ts';

interface Row {
  name: string;
  n: number | null;
  ok: boolean;
  tags: string[];
}
const columns: Column<Row>[] = [
  { name: 'name', type: 'string', title: '名称', description: '', value: (r) => r.name },
  { name: 'n', type: 'number', title: '数', description: '', value: (r) => r.n },
  { name: 'ok', type: 'boolean', title: '是否', description: '', value: (r) => r.ok },
  { name: 'tags', type: 'string', title: '标签', description: '', value: (r) => joinValues(r.tags, 'tags') },
];

describe('toCsv', () => {
  const rows: Row[] = [
    { name: '就业扶持工程', n: 800, ok: true, tags: ['a', 'b'] },
    { name: 'says "hi", then\nleaves', n: null, ok: false, tags: [] },
  ];
  const text = toCsv(columns, rows, true);

  it('starts with a BOM, ends lines with CRLF and has one header row', () => {
    expect(text.startsWith('\uFEFFname,n,ok,tags\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('without the BOM, writes exactly the same text after it', () => {
    const plain = toCsv(columns, rows, false);
    expect(plain.startsWith('name,n,ok,tags\r\n')).toBe(true);
    expect(`\uFEFF${plain}`).toBe(text);
  });

  it('writes numbers bare, booleans as true/false, null as an empty cell, and quotes only where RFC 4180 needs it', () => {
    expect(text).toContain('\r\n就业扶持工程,800,true,a;b\r\n');
    expect(text).toContain('"says ""hi"", then\nleaves",,false,\r\n');
    expect(parse(text.slice(1))).toEqual([
      ['name', 'n', 'ok', 'tags'],
      ['就业扶持工程', '800', 'true', 'a;b'],
      ['says "hi", then\nleaves', '', 'false', ''],
    ]);
  });
});

describe('csvLines', () => {
  it('gives each row its own line, the same text csv-stringify writes for the whole table in one call', () => {
    // files.ts cuts every file of a table (twins, parts, chunks, one project's row) from these lines.
    const rows: Row[] = [
      { name: '就业扶持工程', n: 800, ok: true, tags: ['a', 'b'] },
      { name: 'says "hi", then\r\nleaves', n: null, ok: false, tags: [] },
      { name: '', n: 0, ok: true, tags: ['c'] },
    ];
    const lines = csvLines(columns, rows);
    const whole = stringify([columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => c.value(r)))], {
      record_delimiter: 'windows',
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    });
    expect(lines.rows).toHaveLength(rows.length);
    expect(`${lines.header}${lines.rows.join('')}`).toBe(whole);
    expect(toCsv(columns, rows.slice(1, 2), false)).toBe(`${lines.header}${lines.rows[1]}`);
  });
});

describe('multi-valued cells', () => {
  it('refuses a value containing the separator rather than publish an ambiguous cell', () => {
    expect(() => joinValues(['a;b'], 'aliases')).toThrow(/aliases/);
  });

  it('lists cited paragraphs once, prefixing other documents with their id', () => {
    const c = (source: string, paragraph: string) => ({ source, paragraph, quote: 'x' });
    expect(citationParagraphs([c('notice', 'p3'), c('notice', 'p3'), c('other', 'p1'), c('notice', 'p10')], 'notice')).toBe('p3;other#p1;p10');
    expect(citationParagraphs([], 'notice')).toBeNull();
  });
});
