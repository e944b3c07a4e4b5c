/**
 * The spreadsheet round trip (README, "Spreadsheet round trip") on a copy of the Luyang example:
 * export → import changes no byte; an edit writes back only what changed; a new row becomes a
 * block-style file; a wrong quote or code refuses the import, naming the sheet, row and column.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/io/read-content.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { exportProgramme, importProgramme } from '../../../scripts/lib/sheets.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';
import { CANGNAN_EXAMPLE, CANGNAN_PROGRAMME, exampleDir, LUYANG_EXAMPLE } from '../../support/example-content.ts';

const PROGRAMME = 'luyang-2017';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file of a content tree, by path relative to it. */
const treeBytes = (dir: string) => new Map(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f)]));

/** A fresh copy of the Luyang example with its exported workbook. */
async function exported() {
  const content = copyLuyangExample();
  const xlsx = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), `${PROGRAMME}.xlsx`);
  await exportProgramme(content, PROGRAMME, xlsx);
  return { content, xlsx };
}

/** Opens a workbook, lets `edit` change it, and saves it again. */
async function edit(xlsx: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  change(wb);
  await wb.xlsx.writeFile(xlsx);
}

/** The row of a sheet whose first cell is `id`, and the column number of each key of row 2. */
function locate(ws: ExcelJS.Worksheet, id: string) {
  const columns = new Map<string, number>();
  ws.getRow(2).eachCell((cell, n) => columns.set(String(cell.value), n));
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === id) row = n;
  });
  const cell = (key: string) => ws.getCell(row, columns.get(key)!);
  return { row, columns, cell };
}

describe('export and import of the Luyang example', () => {
  let content: string;
  let xlsx: string;
  beforeAll(async () => {
    ({ content, xlsx } = await exported());
  });

  it('changes no byte of any file', async () => {
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(result.writes).toEqual([]);
    expect(result.unchanged).toBe(67);
    const example = treeBytes(exampleDir(LUYANG_EXAMPLE));
    const after = treeBytes(content);
    expect([...after.keys()].sort()).toEqual([...example.keys()].sort());
    for (const [path, bytes] of example) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });

  it('is a workbook of well-formed OOXML parts, one sheet per record type, with frozen headers and validation lists', async () => {
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const parts = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(parts).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']));
    for (const part of parts.filter((p) => /\.(xml|rels|vml)$/.test(p))) expect(XMLValidator.validate(await zip.file(part)!.async('string')), part).toBe(true);
    // Excel refuses overlapping validation ranges and messages over 225 characters.
    for (const part of parts.filter((p) => p.startsWith('xl/worksheets/'))) {
      const xml = await zip.file(part)!.async('string');
      const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ranges).size, part).toBe(ranges.length);
      for (const m of xml.matchAll(/ error="([^"]*)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(225);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '计划', '项目', '补助标准', '时间节点', '监督管理', '更正', '代码表']);
    const projects = wb.getWorksheet('项目')!;
    expect(projects.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    const { cell } = locate(projects, 'legal-aid');
    expect(cell('name').value).toBe('城乡困难群体法律援助');
    expect(cell('level').value).toBe('省级');
    expect(cell('standing').value).toBe('继续实施');
    expect(cell('topics.0').value).toBe('法律援助');
    expect(cell('citations.0.paragraph').value).toBe('p19');
    expect(cell('level').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'代码表'!\$[A-Z]+\$2:\$[A-Z]+\$4$/)] });
    const header = (key: string) => projects.getCell(1, locate(projects, 'legal-aid').columns.get(key)!).value;
    expect(header('citations.1.quote')).toBe('出处2·引文');
    expect(header('targets.0.citations.0.quote')).toBe('量化目标1·出处1·引文');
  });
});

describe('an edited workbook', () => {
  it('writes back only the record that changed, and in it only the value that changed', async () => {
    const { content, xlsx } = await exported();
    const file = join(content, 'programmes', PROGRAMME, 'projects', 'legal-aid.yaml');
    const before = readFileSync(file, 'utf8');
    await edit(xlsx, (wb) => {
      // Still the notice's words (the check wants them verbatim), as a shorter name.
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('name').value = '法律援助';
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(result.writes.map((w) => w.path)).toEqual([`programmes/${PROGRAMME}/projects/legal-aid.yaml`]);
    expect(readFileSync(file, 'utf8')).toBe(before.replace('name: 城乡困难群体法律援助', 'name: "法律援助"'));
  });

  it('adds a citation typed into the spare column group, keeping every other line of the file', async () => {
    const { content, xlsx } = await exported();
    const file = join(content, 'programmes', PROGRAMME, 'projects', 'legal-aid.yaml');
    const before = readFileSync(file, 'utf8');
    await edit(xlsx, (wb) => {
      const { cell } = locate(wb.getWorksheet('项目')!, 'legal-aid');
      cell('citations.1.source').value = 'luyang-2017-notice';
      cell('citations.1.paragraph').value = 'p18';
      cell('citations.1.quote').value = '继续实施17项';
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(`${before}  - source: "luyang-2017-notice"\n    paragraph: "p18"\n    quote: "继续实施17项"\n`);
  });

  it('takes a coded field by its Chinese label and writes its code', async () => {
    const { content, xlsx } = await exported();
    await edit(xlsx, (wb) => {
      // A second topic in the spare column group, by its label (an editorial field: no quote to hold it).
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('topics.1').value = '养老';
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(readFileSync(join(content, 'programmes', PROGRAMME, 'projects', 'legal-aid.yaml'), 'utf8')).toMatch(
      /^topics: \[ ?"?legal-aid"?, "?elderly-care"? ?\]$|^ {2}- "?elderly-care"?$/m,
    );
  });

  it('makes a new row a new file, block style with quoted strings, its citation located in the notice', async () => {
    const { content, xlsx } = await exported();
    const quote = '加大督查督办力度，做到一旬一督查，一月一通报。';
    await edit(xlsx, (wb) => {
      const ws = wb.getWorksheet('监督管理')!;
      const { columns } = locate(ws, 'four-lists');
      const row = ws.getRow(ws.actualRowCount + 1);
      const set = (key: string, value: ExcelJS.CellValue) => {
        row.getCell(columns.get(key)!).value = value;
      };
      set('id', 'inspection-example');
      set('programme', PROGRAMME);
      set('name', '督查督办');
      set('order', 13);
      // Paragraph left empty: the import finds it.
      set('citations.0.quote', quote);
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(result.notes.join('\n')).toContain('p38');
    expect(readFileSync(join(content, 'programmes', PROGRAMME, 'oversight', 'inspection-example.yaml'), 'utf8')).toBe(
      [
        'id: "inspection-example"',
        'programme: "luyang-2017"',
        'name: "督查督办"',
        'purpose: null',
        'order: 13',
        'citations:',
        '  - source: "luyang-2017-notice"',
        '    paragraph: "p38"',
        `    quote: "${quote}"`,
        '',
      ].join('\n'),
    );
    expect(validateContent(readContent(content)).problems).toEqual([]);
  });

  it('is refused as a whole when a quote is not the notice’s words, naming the nearest paragraph and the characters that differ', async () => {
    const { content, xlsx } = await exported();
    const before = treeBytes(content);
    await edit(xlsx, (wb) => {
      const projects = locate(wb.getWorksheet('项目')!, 'legal-aid');
      projects.cell('name').value = '已改名';
      const programme = wb.getWorksheet('计划')!;
      const p = locate(programme, PROGRAMME);
      // The notice has full-width ， here.
      p.cell('statedTotals.provincial.citations.0.quote').value = '2017年,省政府确定实施33项民生工程。其中,我区实际实施22项';
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.writes).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^工作表“计划”第 3 行（luyang-2017） [A-Z]+ 列“[^”]+”（statedTotals\.provincial\.citations\.0\.quote）：/);
    expect(result.problems[0]).toContain('最接近的是 p5');
    expect(result.problems[0]).toContain('第 6 字“,”应为“，”（原文为全角）');
    expect(result.problems[0]).toContain('第 24 字“,”应为“，”（原文为全角）');
    const after = treeBytes(content);
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });

  it('is refused when a cell an entry needs is emptied, in Chinese with what to write, and does not call the row left out', async () => {
    const { content, xlsx } = await exported();
    await edit(xlsx, (wb) => {
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('name').value = null;
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.writes).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^工作表“项目”第 \d+ 行（legal-aid） [A-Z]+ 列“名称”（name）：此字段未填写 \/ Invalid input: expected string, received undefined。请补上此字段：按原文填写；原文未载明而此字段允许为空时，留空 \/ add the field$/,
      ),
    ]);
    expect(result.notes.filter((n) => n.includes('legal-aid'))).toEqual([]);
  });

  it('is refused, named by the cell, when the content check would refuse what it writes: a figure its quote does not hold', async () => {
    const { content, xlsx } = await exported();
    const before = treeBytes(content);
    await edit(xlsx, (wb) => {
      // The row passes its schema and its quote is the notice's; only the check compares 12 with “11个”.
      locate(wb.getWorksheet('项目')!, 'fitness-facilities').cell('targets.0.quantity').value = 12;
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.writes).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^工作表“项目”第 \d+ 行（fitness-facilities） [A-Z]+ 列“[^”]+”（targets\.0\.quantity）：目标数量 12 不在所引原文中/)]);
    const after = treeBytes(content);
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });

  it('is refused when a coded cell holds a value not on its list, listing the allowed labels', async () => {
    const { content, xlsx } = await exported();
    await edit(xlsx, (wb) => {
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('level').value = '国家级';
    });
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([expect.stringMatching(/^工作表“项目”第 \d+ 行（legal-aid） [A-Z]+ 列“层级”（level）：“国家级”不在列表中，只能填 省级、市级、区级/)]);
  });
});

describe('the workbook of a programme with levels of its own wording, and of one without levels', () => {
  /** A copy of the Luyang example whose district level is labelled 县级, as a county's list labels it. */
  async function countyLabelled() {
    const content = copyLuyangExample();
    const file = join(content, 'programmes', PROGRAMME, 'programme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('label: 区级', 'label: 县级'));
    const xlsx = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), `${PROGRAMME}.xlsx`);
    await exportProgramme(content, PROGRAMME, xlsx);
    return { content, xlsx };
  }
  /** The labels a cell's drop-down offers, read from the codes sheet its validation points at. */
  const offered = (wb: ExcelJS.Workbook, cell: ExcelJS.Cell) => {
    const [, column, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(cell.dataValidation.formulae?.[0]))!;
    const codes = wb.getWorksheet('代码表')!;
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => codes.getCell(`${column}${Number(from) + i}`).value);
  };

  it('offers the programme’s own level labels, shows them, and takes them back unchanged', async () => {
    const { content, xlsx } = await countyLabelled();
    const before = treeBytes(content);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const projects = wb.getWorksheet('项目')!;
    const district = readdirSync(join(content, 'programmes', PROGRAMME, 'projects')).find((f) =>
      /^level: district$/m.test(readFileSync(join(content, 'programmes', PROGRAMME, 'projects', f), 'utf8')),
    )!;
    const { cell } = locate(projects, district.replace(/\.yaml$/, ''));
    expect(cell('level').value).toBe('县级');
    expect(offered(wb, cell('level'))).toEqual(['省级', '市级', '县级']);
    const programme = wb.getWorksheet('计划')!;
    const totals = locate(programme, PROGRAMME).columns.get('statedTotals.district.implemented')!;
    expect(programme.getCell(1, totals).value).toBe('载明合计·县级·实施项数');
    const result = await importProgramme(content, PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(result.writes).toEqual([]);
    const after = treeBytes(content);
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });

  it('imports 县级 as the district code, and refuses the shared 区级 the programme does not use', async () => {
    const { content, xlsx } = await countyLabelled();
    await edit(xlsx, (wb) => {
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('level').value = '县级';
    });
    const taken = await importProgramme(content, PROGRAMME, xlsx);
    // Read as the district code: the content check counts it among the 县级 projects, one more than
    // the notice states, and so the import refuses it, as the check would.
    // Named by the 计划 row's cell, though the import writes no programme.yaml.
    expect(taken.problems).toContainEqual(
      expect.stringMatching(/^工作表“计划”第 3 行（luyang-2017） [A-Z]+ 列“[^”]+”（statedTotals\.district\.implemented）：县级实施项目：通知载明 8 项，逐项录入 9 项/),
    );
    expect(taken.problems.filter((p) => p.includes('不在列表中'))).toEqual([]);
    await edit(xlsx, (wb) => {
      locate(wb.getWorksheet('项目')!, 'legal-aid').cell('level').value = '区级';
    });
    const refused = await importProgramme(content, PROGRAMME, xlsx);
    expect(refused.problems).toEqual([expect.stringMatching(/（level）：“区级”不在列表中，只能填 省级、市级、县级/)]);
  });

  it('offers no level list for a programme without levels, and round-trips the Cangnan example unchanged', async () => {
    const content = mkdtempSync(join(tmpdir(), 'minsheng-cangnan-'));
    cpSync(exampleDir(CANGNAN_EXAMPLE), content, { recursive: true });
    const xlsx = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), `${CANGNAN_PROGRAMME}.xlsx`);
    await exportProgramme(content, CANGNAN_PROGRAMME, xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const { cell } = locate(wb.getWorksheet('项目')!, 'farmers-market-upgrade');
    expect(cell('level').value).toBeNull();
    expect(cell('level').dataValidation?.type).toBeUndefined();
    const before = treeBytes(content);
    const result = await importProgramme(content, CANGNAN_PROGRAMME, xlsx);
    expect(result.problems).toEqual([]);
    expect(result.writes).toEqual([]);
    const after = treeBytes(content);
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  });
});
