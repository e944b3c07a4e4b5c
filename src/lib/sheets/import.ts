/**
 * An edited workbook back to YAML files, as plain data (scripts/import-xlsx.ts reads the workbook
 * and writes the files): each row becomes a record of its sheet's type, its citations are located
 * in the notice (src/lib/content/quote-match.ts), it is validated by its schema, and only the
 * records that changed get their file written (src/lib/sheets/yaml-write.ts). Any problem refuses
 * the whole import, so that a workbook is taken in full or not at all.
 */
import { t } from '../../i18n/index.ts';
import { describeDifferences, locateQuote, type QuotableParagraph } from '../content/quote-match.ts';
import { filePathOf, programmeOf, recordTypeOf, type RecordTypeName } from '../../schemas/record-types.ts';
import type { ProgrammeLevel } from './fields.ts';
import { isKnownKey, isUnstated, recordOf, sheetTerms, type Cell } from './mapping.ts';
import { SHEET_TYPES, sheetName, sheetShape, typeOfSheet } from './workbook.ts';
import { sameData, withoutDefaults, yamlFor } from './yaml-write.ts';
import { issueMessages } from '../content/advice.ts';
import { formatProblem, type Problem } from '../content/problems.ts';

/** A sheet as read: its name and rows of cells (row 1 headers, row 2 column keys, then one row per record). */
export interface SheetRows {
  name: string;
  rows: Cell[][];
}

/** A file of the content tree as it is: its text and parsed data. */
export interface ExistingFile {
  text: string;
  data: unknown;
}

export interface ImportInput {
  programme: string;
  sheets: SheetRows[];
  /** The content tree's record files by path (relative to the content folder). */
  existing: ReadonlyMap<string, ExistingFile>;
  /** The ids of the programme's records already in the tree, by type (to name the ones a sheet leaves out). */
  present: Partial<Record<RecordTypeName, string[]>>;
  /** Every source's paragraphs, by source id. */
  sources: ReadonlyMap<string, readonly QuotableParagraph[]>;
  /** The source a citation without one cites: the programme's notice. */
  defaultSource: string | null;
  /** The levels the programme declares (its labels are what a level cell holds: 县级); null keeps the shared 省级/市级/区级. */
  levels: readonly ProgrammeLevel[] | null;
}

/** A sheet row the import read into a record, and the record's file. */
export interface ImportRow {
  /** Relative to the content folder, as the content check names files. */
  path: string;
  sheet: string;
  /** The row's number as the sheet shows it (1-based), and its record's id. */
  row: number;
  entry: string;
  /** The sheet's column keys, in column order (its row 2), and their Chinese headers (row 1). */
  keys: readonly string[];
  headers: readonly string[];
}

/** A record file the import writes, and the sheet row it comes from. */
export interface ImportWrite extends ImportRow {
  text: string;
  type: RecordTypeName;
}

export interface ImportResult {
  writes: ImportWrite[];
  /** Every row read into a record, written or unchanged: where the content check's problems of its file point. */
  rows: ImportRow[];
  unchanged: number;
  /** What refuses the import, one line each, naming sheet, row and column. */
  problems: string[];
  /** What the import did on its own (a citation's paragraph found), and what it left alone. */
  notes: string[];
}

/** A column's letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A column as a problem names it: C 列“名称”（name）. */
const columnName = (index: number, keys: readonly string[], headers: readonly string[]) =>
  t('sheets.problem.column', { letter: columnLetters(index), header: headers[index] ?? '', key: keys[index]! });

/**
 * A problem of `field` (a dotted path, '' for the whole record) of a sheet row, as one line: named
 * by the field's column (its own, or the first of its group), else by the field (or `noun` for the
 * whole record), in sheet terms (sheetTerms).
 */
function fieldProblem(origin: Omit<ImportRow, 'path'>, field: string, message: string, noun = ''): string {
  const index = field ? origin.keys.findIndex((k) => k === field || k.startsWith(`${field}.`)) : -1;
  const column = index >= 0 ? columnName(index, origin.keys, origin.headers) : '';
  const named = field || noun;
  return t('sheets.problem.line', {
    where: t('sheets.problem.where', { sheet: origin.sheet, row: origin.row, entry: origin.entry, column }),
    message: column || !named ? sheetTerms(message) : t('sheets.problem.field', { field: named, message: sheetTerms(message) }),
  });
}

// One rule for an empty cell, the mapping's: empty, spaces or the word null (a row of them is no row).
const isBlank = isUnstated;

export function importWorkbook(input: ImportInput): ImportResult {
  const result: ImportResult = { writes: [], rows: [], unchanged: 0, problems: [], notes: [] };
  const known = SHEET_TYPES.map(([type]) => sheetName(type));
  for (const sheet of input.sheets) {
    const type = typeOfSheet(sheet.name);
    if (!type) {
      if (sheet.name !== t('sheets.readme') && sheet.name !== t('sheets.codes')) result.problems.push(t('sheets.problem.unknownSheet', { sheet: sheet.name, known }));
      continue;
    }
    const entry = recordTypeOf(type);
    const shape = sheetShape(type, input.levels);
    const keys = (sheet.rows[1] ?? []).map((k) => (isBlank(k) ? '' : String(k).trim()));
    const headers = (sheet.rows[0] ?? []).map((h) => (isBlank(h) ? '' : String(h).trim()));
    // The row's id is named beside its number: an editor who sorted or filtered the sheet still finds it.
    let rowEntry = '';
    const where = (row: number, key?: string) => {
      const index = key === undefined ? -1 : keys.indexOf(key);
      return t('sheets.problem.where', { sheet: sheet.name, row, entry: rowEntry, column: index >= 0 ? columnName(index, keys, headers) : (key ?? '') });
    };
    keys.forEach((k, i) => {
      if (k && !isKnownKey(shape, k))
        result.problems.push(
          t('sheets.problem.line', {
            where: t('sheets.problem.where', { sheet: sheet.name, row: 2, entry: '', column: columnName(i, keys, headers) }),
            message: t('sheets.problem.unknownColumn', { key: k }),
          }),
        );
    });
    const seen = new Map<string, number>();
    // Every row's id, imported or refused: a refused row is reported as such, not also as a row left out.
    const attempted = new Set<string>();
    for (let r = 2; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      const rowNumber = r + 1;
      if (row.every(isBlank)) continue;
      const cells = new Map<string, Cell>();
      keys.forEach((k, i) => {
        if (k && isKnownKey(shape, k)) cells.set(k, row[i] ?? null);
      });
      const rowId = cells.get('id');
      rowEntry = typeof rowId === 'string' ? rowId.trim() : '';
      if (rowEntry) attempted.add(rowEntry);
      const { record, problems } = recordOf(shape, cells);
      for (const p of problems) result.problems.push(t('sheets.problem.line', { where: where(rowNumber, p.key), message: p.message }));
      if (problems.length) continue;
      if (
        !locateCitations(
          record,
          input,
          (key, message) => result.problems.push(t('sheets.problem.line', { where: where(rowNumber, key), message: message })),
          (key, message) => result.notes.push(t('sheets.import.located', { where: where(rowNumber, key), ...message })),
        )
      )
        continue;
      const parsed = entry.schema.safeParse(record);
      if (!parsed.success) {
        // Worded as the content check words it: Chinese and English, and what to write (advice.ts).
        for (const { issue, path: at, message } of issueMessages(entry.schema, record, parsed.error)) {
          const path = at.map(String);
          const key = [...path, ...('keys' in issue && Array.isArray(issue.keys) ? [String(issue.keys[0])] : [])].join('.');
          result.problems.push(fieldProblem({ sheet: sheet.name, row: rowNumber, entry: rowEntry, keys, headers }, key, message, entry.noun));
        }
        continue;
      }
      const data = parsed.data as Record<string, unknown>;
      const owner = programmeOf(type, data);
      if (owner !== input.programme) {
        result.problems.push(
          t('sheets.problem.line', {
            where: where(rowNumber, entry.programmeField ?? undefined),
            message: t('sheets.problem.wrongProgramme', { programme: String(owner), expected: input.programme }),
          }),
        );
        continue;
      }
      const id = String(data.id ?? type);
      const first = seen.get(id);
      if (first !== undefined) {
        result.problems.push(t('sheets.problem.line', { where: where(rowNumber, 'id'), message: t('sheets.problem.duplicateId', { id, row: first }) }));
        continue;
      }
      seen.set(id, rowNumber);
      const path = filePathOf(type, data);
      const existing = input.existing.get(path) ?? null;
      const before = existing ? entry.schema.safeParse(existing.data) : null;
      const same = before?.success === true && sameData(before.data, data);
      const text = yamlFor(withoutDefaults(shape, data), shape, existing?.text ?? null, same);
      const origin: ImportRow = { path, sheet: sheet.name, row: rowNumber, entry: id, keys, headers };
      result.rows.push(origin);
      if (text === null) result.unchanged++;
      else result.writes.push({ ...origin, text, type });
    }
    for (const id of input.present[type] ?? []) if (!seen.has(id) && !attempted.has(id)) result.notes.push(t('sheets.import.missingRow', { sheet: sheet.name, id }));
  }
  if (result.problems.length) result.writes = [];
  return result;
}

/**
 * Locates every citation of `record` in its source, in place: a missing source is the programme's
 * notice; a quote found word for word in another paragraph than the one given moves there (a note);
 * a quote found nowhere is a problem naming the nearest paragraph and the characters that differ.
 * Returns whether every citation was located.
 */
function locateCitations(
  record: Record<string, unknown>,
  input: ImportInput,
  problem: (key: string, message: string) => void,
  note: (key: string, params: { paragraph: string; found: string }) => void,
): boolean {
  let ok = true;
  for (const { path, citation } of collectCitationsLoose(record)) {
    const c = citation as { source?: string; paragraph?: string; quote?: string };
    if (!c.source && input.defaultSource) c.source = input.defaultSource;
    if (typeof c.quote !== 'string' || !c.source) continue;
    const paragraphs = input.sources.get(c.source);
    if (!paragraphs) {
      problem(`${path}.source`, t('sheets.problem.noSource', { source: c.source }));
      ok = false;
      continue;
    }
    const found = locateQuote(c.quote, paragraphs, c.paragraph);
    if (!found) {
      problem(`${path}.quote`, t('check.citations.quoteNotFound', { source: c.source, paragraph: c.paragraph ?? '' }));
      ok = false;
    } else if (found.differences.length) {
      problem(
        `${path}.quote`,
        t('check.citations.quoteNear', {
          source: c.source,
          paragraph: c.paragraph ?? '',
          found: found.paragraph,
          passage: found.passage,
          ...describeDifferences(found.differences),
        }),
      );
      ok = false;
    } else if (found.paragraph !== c.paragraph) {
      note(`${path}.paragraph`, { paragraph: c.paragraph ?? '', found: found.paragraph });
      c.paragraph = found.paragraph;
    }
  }
  return ok;
}

/** Every citation-like object of a record (a quote with a paragraph or source, either of which may still be missing). */
function collectCitationsLoose(value: unknown, path = ''): { path: string; citation: object }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitationsLoose(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === 'string' && ('paragraph' in o || 'source' in o || path.split('.').includes('citations'))) return [{ path, citation: o }];
    return Object.entries(o).flatMap(([k, v]) => collectCitationsLoose(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * What the content check finds in the tree with the import's files that it did not find before:
 * a figure its quote does not hold, a unit its paragraph does not name, a reference to no record.
 * A row can pass its schema and its citations' search and still be refused by the check, and an
 * editor should hear it from the import, named by the sheet's cell (of any row the workbook holds:
 * totals that no longer agree are the 计划 row's), rather than from the next `npm run check` by a
 * YAML line. What the tree had wrong before is not the workbook's doing, and
 * does not refuse it; nor does a warning.
 */
export function newCheckProblems(rows: readonly ImportRow[], before: readonly Problem[], after: readonly Problem[]): string[] {
  const key = (p: Problem) => `${p.file}\0${p.entry}\0${p.field}\0${p.message}`;
  const known = new Set(before.map(key));
  const byPath = new Map(rows.map((w) => [w.path, w]));
  return after
    .filter((p) => p.severity !== 'warning' && !known.has(key(p)))
    .map((p) => {
      const origin = byPath.get(p.file);
      return origin ? fieldProblem(origin, p.field, p.message) : formatProblem(p);
    });
}
