/**
 * The workbook of one programme, as plain data (scripts/lib/xlsx.ts writes and reads it with
 * ExcelJS): one sheet per record type of the programme, from the record-type registry, an
 * instructions sheet (说明) and the lists of codes (代码表) the validation lists point at.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { programmeOf, recordTypesWhere, type RecordType, type RecordTypeName } from '../../schemas/record-types.ts';
import { levelsOf, recordShape, withProgrammeLevels, type Leaf, type ProgrammeLevel } from './fields.ts';
import { rowOf, sheetColumns, type Cell, type Column } from './mapping.ts';

/** A sheet of records: its record type, columns (row 1 headers, row 2 keys) and one row per record. */
export interface RecordSheet {
  type: RecordTypeName;
  name: string;
  columns: Column[];
  rows: Cell[][];
}

/** A list of codes with their labels, as the codes sheet shows it and validation lists use it. */
export interface CodeList {
  /** Header of its columns on the codes sheet. */
  header: string;
  codes: string[];
  labels: string[];
}

export interface WorkbookModel {
  readme: string[];
  sheets: RecordSheet[];
  codes: CodeList[];
}

/** The record types a programme's workbook holds: every type whose entries belong to a programme, except documents (a notice's body is not a table). */
export const SHEET_TYPES: [RecordTypeName, RecordType][] = recordTypesWhere((type) => type.programmeField !== null && !type.document);

/** The sheet name of a record type (`sheets.type.<type>`, else its name). */
export function sheetName(type: RecordTypeName): string {
  const key = `sheets.type.${type}`;
  return key in zhCN ? t(key as MessageKey & `sheets.type.${string}`) : type;
}

/** The record types of a workbook by sheet name. */
export const typeOfSheet = (name: string): RecordTypeName | undefined => SHEET_TYPES.find(([type]) => sheetName(type) === name || type === name)?.[0];

/** The number of the first paragraph a record cites (`p19` → 19), for listing records in the notice's order. */
function firstParagraph(record: object): number {
  const citations = (record as { citations?: { paragraph?: string }[] }).citations;
  const n = Number(citations?.[0]?.paragraph?.slice(1));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Records in the notice's order: by first cited paragraph, then their own order, then id. */
export function noticeOrder<R extends object>(records: readonly R[]): R[] {
  const orderOf = (r: object) => (r as { order?: number }).order ?? 0;
  const idOf = (r: object) => String((r as { id?: string }).id ?? '');
  return [...records].sort((a, b) => firstParagraph(a) - firstParagraph(b) || orderOf(a) - orderOf(b) || idOf(a).localeCompare(idOf(b)));
}

/**
 * The code list of a coded or yes/no leaf, keyed so that fields sharing a vocabulary and its labels
 * share one list (a programme's own level labels are a list of their own). None for a vocabulary
 * without codes (the levels of a programme that has none).
 */
export function codeListOf(leaf: Leaf): { id: string; codes: string[]; labels: string[] } | null {
  if (leaf.kind === 'code') {
    if (!leaf.codes.length) return null;
    const labels = leaf.codes.map((c) => leaf.labels[c] ?? c);
    return { id: `${leaf.codes.join('|')}=${labels.join('|')}`, codes: leaf.codes, labels };
  }
  if (leaf.kind === 'boolean') return { id: 'boolean', codes: ['true', 'false'], labels: [t('sheets.boolean.true'), t('sheets.boolean.false')] };
  return null;
}

/** The levels programme `programme` declares, from its record among `programmes`; null where it has none readable. */
export function programmeLevels(programme: string, programmes: readonly object[] | undefined): ProgrammeLevel[] | null {
  const record = programmes?.find((p) => (p as { id?: unknown }).id === programme);
  return record ? levelsOf(record) : null;
}

/** The fields of a record type's sheet in the workbook of a programme with `levels` (src/lib/sheets/fields.ts). */
export function sheetShape(type: RecordTypeName, levels: readonly ProgrammeLevel[] | null) {
  const entry = SHEET_TYPES.find(([t]) => t === type)![1];
  return withProgrammeLevels(recordShape(entry.schema), levels);
}

/** The workbook of programme `programme` from its records by type (already read and, where valid, parsed). */
export function workbookOf(programme: string, records: Partial<Record<RecordTypeName, object[]>>): WorkbookModel {
  const codes = new Map<string, CodeList>();
  const levels = programmeLevels(programme, records.programmes);
  const sheets = SHEET_TYPES.map(([type]): RecordSheet => {
    const own = noticeOrder((records[type] ?? []).filter((r) => programmeOf(type, r) === programme));
    const columns = sheetColumns(sheetShape(type, levels), own);
    for (const c of columns) {
      const list = codeListOf(c.leaf);
      // Named by its sheet and its whole header, group numbers aside (补助标准·类型, 计划·层级·代码): a last part alone (类型, 代码) names several.
      if (list && !codes.has(list.id)) codes.set(list.id, { header: `${sheetName(type)}·${c.header.replace(/\d+(?=·|$)/g, '')}`, codes: list.codes, labels: list.labels });
    }
    return { type, name: sheetName(type), columns, rows: own.map((r) => rowOf(columns, r)) };
  });
  const readme = [
    t('sheets.readme.title', { programme }),
    t('sheets.readme.rows'),
    t('sheets.readme.numbered'),
    t('sheets.readme.codes'),
    t('sheets.readme.blank'),
    t('sheets.readme.quotes'),
    t('sheets.readme.import', { programme }),
  ];
  return { readme, sheets, codes: [...codes.values()] };
}
