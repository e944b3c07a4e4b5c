/**
 * Writing and reading a programme's workbook (src/lib/sheets/workbook.ts) as .xlsx with ExcelJS:
 * a frozen two-row header (Chinese headers, then field keys), column widths for Chinese text, text
 * columns formatted as text (so that Excel and WPS never turn 2017-06-30 or 001 into a date or a
 * number), and a data-validation list on every coded column pointing at the codes sheet.
 */
import ExcelJS from 'exceljs';
import { t } from '../../src/i18n/index.ts';
import type { Cell } from '../../src/lib/sheets/mapping.ts';
import { columnLetters, type SheetRows } from '../../src/lib/sheets/import.ts';
import { codeListOf, type WorkbookModel } from '../../src/lib/sheets/workbook.ts';

/** ExcelJS's range validations (in its worksheet, not in its typings). */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows below the records that still get the validation lists, for records an editor adds. */
const SPARE_ROWS = 200;

/** Display width of text: a Chinese character is two columns wide. */
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/** A column's width: its header's or its widest cell's, between 8 and 60 (longer text wraps). */
const widthOf = (header: string, cells: Cell[]) => Math.min(60, Math.max(8, displayWidth(header) + 2, ...cells.map((c) => displayWidth(String(c ?? '')) + 2)));

/** Quotes a sheet name for a formula (`'代码表'!$A$2:$A$5`). */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

export async function writeWorkbook(model: WorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'minsheng';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const readme = wb.addWorksheet(t('sheets.readme'));
  readme.getColumn(1).width = 120;
  model.readme.forEach((line, i) => {
    const cell = readme.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });

  // The codes sheet first in memory (validation lists point at it), last in the tab order.
  const codesName = t('sheets.codes');
  const ranges = new Map<string, string>();
  const codeColumns: { header: string; labels: string[]; codes: string[] }[] = model.codes;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
    ws.columns = sheet.columns.map((c, i) => ({
      key: c.key,
      width: widthOf(
        c.header,
        sheet.rows.map((r) => r[i] ?? null),
      ),
    }));
    const header = ws.getRow(1);
    const keys = ws.getRow(2);
    sheet.columns.forEach((c, i) => {
      const h = header.getCell(i + 1);
      h.value = c.header;
      h.font = { bold: true };
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      h.alignment = { wrapText: true, vertical: 'top' };
      if (c.description) h.note = c.description;
      const k = keys.getCell(i + 1);
      k.value = c.key;
      k.font = { color: { argb: 'FF777777' }, size: 9 };
    });
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 3);
      cells.forEach((v, i) => {
        if (v !== null) row.getCell(i + 1).value = v;
      });
    });
    const last = sheet.rows.length + 2 + SPARE_ROWS;
    sheet.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      if (c.leaf.kind === 'text') {
        for (let r = 3; r <= last; r++) ws.getCell(r, i + 1).numFmt = '@';
      }
      for (let r = 3; r <= sheet.rows.length + 2; r++) ws.getCell(r, i + 1).alignment = { wrapText: (column.width ?? 0) >= 60, vertical: 'top' };
      const list = codeListOf(c.leaf);
      if (!list) return;
      let range = ranges.get(list.id);
      if (!range) {
        const at = codeColumns.findIndex((l) => l.codes.join('|') === list.codes.join('|') && l.labels.join('|') === list.labels.join('|'));
        const letter = columnLetters(2 * at);
        range = `${sheetRef(codesName)}!$${letter}$2:$${letter}$${list.labels.length + 1}`;
        ranges.set(list.id, range);
      }
      // One range per column: ExcelJS's squeezing of per-cell validations can emit overlapping ranges, which Excel refuses.
      const letter = columnLetters(i);
      (ws as unknown as RangeValidations).dataValidations.add(`${letter}3:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: 'stop',
        // Excel allows at most 32 characters of title and 225 of message.
        errorTitle: t('sheets.validation.title'),
        error: t('sheets.validation.error', { codes: codesName }),
      });
    });
  }
  const codes = wb.addWorksheet(codesName, { views: [{ state: 'frozen', ySplit: 1 }] });
  codeColumns.forEach((list, i) => {
    const labelColumn = 2 * i + 1;
    codes.getCell(1, labelColumn).value = t('sheets.codes.header', { field: list.header });
    codes.getCell(1, labelColumn + 1).value = t('sheets.codes.code');
    codes.getCell(1, labelColumn).font = { bold: true };
    codes.getCell(1, labelColumn + 1).font = { bold: true };
    codes.getColumn(labelColumn).width = Math.max(12, ...list.labels.map((l) => displayWidth(l) + 2));
    codes.getColumn(labelColumn + 1).width = Math.max(10, ...list.codes.map((c) => c.length + 2));
    list.labels.forEach((label, r) => {
      codes.getCell(r + 2, labelColumn).value = label;
      codes.getCell(r + 2, labelColumn + 1).value = list.codes[r]!;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's value as the mapping reads it: rich text as its text, a formula as its result, a date as yyyy-mm-dd. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Every sheet of a workbook file as rows of plain cells (row 1 first). */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      rows.push(Array.from({ length: width }, (_, i) => plainCell(row.getCell(i + 1).value)));
    }
    return { name: ws.name, rows };
  });
}
