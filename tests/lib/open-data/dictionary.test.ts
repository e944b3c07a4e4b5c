import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { columnDictionary, schemaDictionary, typeLabel, valuesAt, type SchemaNode } from '../../../src/lib/open-data/dictionary.ts';

const schema = z.object({
  records: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('amount'), id: z.string().describe('Id'), value: z.number().describe('Amount') }),
        z.object({ kind: z.literal('coverage'), id: z.string().describe('Id'), scope: z.string().nullable().describe('Who is covered') }),
      ]),
    )
    .describe('The records'),
  level: z.enum(['provincial', 'district']).describe('Level'),
});
const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as SchemaNode;
const doc = {
  records: [
    { kind: 'coverage', id: 'a', scope: null },
    { kind: 'amount', id: 'b', value: 800 },
    { kind: 'coverage', id: 'c', scope: '城乡义务教育学生' },
  ],
  level: 'district',
};

describe('schemaDictionary', () => {
  const rows = schemaDictionary(json, doc);
  const row = (path: string) => rows.find((r) => r.path === path);

  it('lists every field path with its type and description, shared union fields once', () => {
    expect(rows.map((r) => r.path)).toEqual(['records', 'records[].kind', 'records[].id', 'records[].value', 'records[].kind', 'records[].scope', 'level']);
    expect(row('records[].id')).toMatchObject({ type: '文本', description: 'Id', condition: null });
    expect(row('records[].value')).toMatchObject({ type: '数值', description: 'Amount', condition: 'kind = amount' });
    expect(row('level')?.type).toBe('枚举：provincial、district');
  });

  it('takes the first informative value of the real data as example', () => {
    expect(row('records[].scope')).toMatchObject({ type: '文本 或 null', example: '城乡义务教育学生', condition: 'kind = coverage' });
    expect(row('records[].value')?.example).toBe('800');
    expect(row('records')?.example).toBe('（见下级字段）');
  });

  it("takes a variant's example from that variant's records only", () => {
    const kinds = rows.filter((r) => r.path === 'records[].kind');
    expect(kinds.map((r) => [r.condition, r.example])).toEqual([
      ['kind = amount', 'amount'],
      ['kind = coverage', 'coverage'],
    ]);
    expect(row('records[].id')?.example).toBe('a'); // a field every variant shares: any record
    expect(schemaDictionary(json, { records: [{ kind: 'amount', id: 'b', value: 800 }], level: 'district' }).find((r) => r.path === 'records[].scope')?.example).toBe('');
  });

  it('reads values through arrays', () => {
    expect(valuesAt({ a: [{ b: [1, 2] }, { b: [3] }] }, 'a[].b[]')).toEqual([1, 2, 3]);
    expect(
      valuesAt(
        {
          a: [
            { k: 'x', b: { c: 1 } },
            { k: 'y', b: { c: 2 } },
          ],
        },
        'a[].b.c',
        'k = y',
      ),
    ).toEqual([2]);
    expect(typeLabel({ type: 'string', format: 'date' })).toBe('日期（yyyy-mm-dd）');
  });
});

describe('columnDictionary', () => {
  it('documents each column with an example from the first row that has one', () => {
    const rows = columnDictionary(
      [{ name: 'period', type: 'string', title: '周期', description: '月或年', enum: ['month', 'year'], value: (r: { p: string | null }) => r.p }],
      [{ p: null }, { p: 'month' }],
    );
    expect(rows).toEqual([{ name: 'period', title: '周期', type: '文本，取值：month、year', description: '月或年', example: 'month' }]);
  });
});
