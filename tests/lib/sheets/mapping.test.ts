/**
 * Every field of every record type survives a sheet row (src/lib/sheets/mapping.ts): a record with
 * every field of the content model filled, including the fields of issue 15 (nameOrigin, category,
 * units, targets' measure, quantityMax, qualifier and reference), comes back the same from its row,
 * its coded fields shown as their Chinese labels.
 */
import { describe, expect, it } from 'vitest';
import { recordShape } from '../../../src/lib/sheets/fields.ts';
import { sheetTerms, recordOf, rowOf, sheetColumns, type Cell } from '../../../src/lib/sheets/mapping.ts';
import { projectSchema } from '../../../src/schemas/project.ts';
import { standardSchema } from '../../../src/schemas/standard.ts';
import { workbookOf } from '../../../src/lib/sheets/workbook.ts';

const cite = (paragraph: string, quote: string) => ({ source: 'cangnan-2017-announcement', paragraph, quote });

const FULL_PROJECT = projectSchema.parse({
  id: 'school-expansion',
  programme: 'cangnan-2017',
  name: '新建改扩建学校',
  nameOrigin: 'editorial',
  aliases: [{ name: '学校建设', citations: [cite('p5', '学校')] }],
  level: 'district',
  standing: 'new',
  category: 'education',
  order: 3,
  description: '新建改扩建中小学、幼儿园45所以上。',
  changes: [{ kind: 'raised', summary: '提高补助标准', citations: [cite('p6', '提高')] }],
  mergedFrom: ['a', 'b'],
  targets: [
    {
      item: '中小学、幼儿园',
      action: '新建改扩建',
      measure: 'count',
      quantity: 45,
      quantityMax: 50,
      unit: '所',
      qualifier: 'above',
      year: 2017,
      citations: [cite('p5', '45所以上')],
    },
    {
      item: '老年人',
      action: null,
      measure: 'share',
      quantity: 2.5,
      unit: '%',
      qualifier: 'at-least',
      reference: '老年人',
      citations: [cite('p7', '不少于2.5%的老年人'), cite('p8', '2.5%')],
    },
  ],
  units: [
    { name: '县教育局', role: 'lead', citations: [cite('p5', '牵头单位:县教育局')] },
    { name: '县财政局', role: 'co-operating', citations: [cite('p5', '配合单位:县财政局')] },
  ],
  topics: ['education'],
  groups: ['students', 'children'],
  citations: [cite('p5', '新建改扩建中小学、幼儿园45所以上')],
});

/** The record read back from its own row. */
function throughRow(schema: Parameters<typeof recordShape>[0], record: object) {
  const shape = recordShape(schema);
  const columns = sheetColumns(shape, [record]);
  const row = rowOf(columns, record);
  const cells = new Map<string, Cell>(columns.map((c, i) => [c.key, row[i]!]));
  const back = recordOf(shape, cells);
  return { columns, row, back, parsed: schema.parse(back.record) };
}

describe('a sheet row', () => {
  it('holds every field of a project, the new ones included, and gives it back', () => {
    const { columns, row, back, parsed } = throughRow(projectSchema, FULL_PROJECT);
    expect(back.problems).toEqual([]);
    expect(parsed).toEqual(FULL_PROJECT);
    const cell = (key: string) => row[columns.findIndex((c) => c.key === key)];
    expect(cell('nameOrigin')).toBe('本站拟定标题');
    expect(cell('units.0.role')).toBe('牵头单位');
    expect(cell('units.1.role')).toBe('配合单位');
    expect(cell('targets.0.qualifier')).toBe('以上');
    expect(cell('targets.1.measure')).toBe('比例');
    expect(cell('targets.1.citations.1.quote')).toBe('2.5%');
    expect(cell('level')).toBe('区级');
    expect(columns.find((c) => c.key === 'units.0.role')!.header).toBe('单位1·角色');
  });

  it('gives back a project without level or standing (a list without them) as null', () => {
    const bare = projectSchema.parse({ id: 'x', programme: 'p', name: '项目', order: 1, description: null, citations: [cite('p1', '项目')] });
    const { parsed } = throughRow(projectSchema, bare);
    expect(parsed).toEqual(bare);
    expect(parsed).toMatchObject({ level: null, standing: null, category: null, units: [] });
  });

  it('reads a cell that says null, or only spaces, as a fact not stated: never the word as the field’s text', () => {
    const shape = recordShape(projectSchema);
    const columns = sheetColumns(shape, [FULL_PROJECT]);
    const row = rowOf(columns, FULL_PROJECT);
    const cells = new Map<string, Cell>(columns.map((c, i) => [c.key, row[i]!]));
    cells.set('description', 'null');
    cells.set('category', ' NULL ');
    cells.set('targets.0.action', '   ');
    const back = recordOf(shape, cells);
    expect(back.problems).toEqual([]);
    expect(projectSchema.parse(back.record)).toMatchObject({ description: null, category: null, targets: [{ action: null }, {}] });
  });

  it('notes each column in a sheet’s terms: 留空, where the schema says a YAML file writes null', () => {
    expect(sheetTerms('原文未载明时为 null / Description in the source’s words, or null')).toBe('原文未载明时留空 / Description in the source’s words, or blank');
    expect(sheetTerms('政务服务热线，以文字填写（如 12345），可为 null / Hotline as text, or null')).toBe(
      '政务服务热线，以文字填写（如 12345），可留空 / Hotline as text, or blank',
    );
    expect(sheetTerms('来源文件对本地的自称；为 null 时网站写行政区简称 / or null: the site')).toBe('来源文件对本地的自称；留空时网站写行政区简称 / or blank: the site');
    expect(sheetTerms('发文日期；原文未载明时为 null / Date of issue if stated, else null')).toBe('发文日期；原文未载明时留空 / Date of issue if stated, else blank');
    // No column of any sheet tells an editor to type null.
    const notes = workbookOf('p', {}).sheets.flatMap((sheet) => sheet.columns.map((c) => `${sheet.name} ${c.key}: ${c.description}`));
    expect(notes.length).toBeGreaterThan(100);
    expect(notes.filter((n) => /null/i.test(n))).toEqual([]);
  });

  it('keeps each kind of standard to its own fields, an amount without a previous value included', () => {
    const amount = standardSchema.parse({
      id: 'elderly-allowance',
      programme: 'p',
      project: 'x',
      name: '高龄津贴',
      fundingBasis: null,
      rationale: null,
      kind: 'amount',
      unit: '元',
      per: '人',
      period: 'year',
      previous: null,
      current: { value: 1500, year: 2017 },
      citations: [cite('p9', '按1500元/人标准发放')],
    });
    const { back, parsed, columns, row } = throughRow(standardSchema, amount);
    expect(back.problems).toEqual([]);
    expect(parsed).toEqual(amount);
    expect(row[columns.findIndex((c) => c.key === 'period')]).toBe('年');
  });
});

describe('the codes sheet', () => {
  it('shows every coded column’s values in Chinese, each list named by its sheet and whole header', () => {
    const { codes } = workbookOf('p', {});
    expect(codes.flatMap((list) => list.labels.filter((label) => !/[\u4e00-\u9fff]/.test(label)).map((label) => `${list.header}: ${label}`))).toEqual([]);
    expect(codes.map((list) => list.header)).toEqual(expect.arrayContaining(['补助标准·类型', '监督管理·频次·单位', '项目·单位·角色']));
    expect(new Set(codes.map((list) => list.header)).size).toBe(codes.length);
  });
});
