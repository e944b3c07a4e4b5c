/**
 * The spreadsheet round trip on a content tree: export a programme's records to .xlsx, and import
 * an edited workbook back to YAML (scripts/export-xlsx.ts, scripts/import-xlsx.ts; the mapping is
 * src/lib/sheets/). Both read the tree as `npm run check` does (src/io/read-content.ts).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseYaml, readContent, readContentTree, type RawContent, type RawFile } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { readNoticeBody } from '../../src/lib/content/notice.ts';
import type { QuotableParagraph } from '../../src/lib/content/quote-match.ts';
import { importWorkbook, newCheckProblems, type ExistingFile, type ImportResult, type ImportWrite } from '../../src/lib/sheets/import.ts';
import { programmeLevels, SHEET_TYPES, workbookOf } from '../../src/lib/sheets/workbook.ts';
import { programmeOf, type RecordTypeName } from '../../src/schemas/record-types.ts';
import { t } from '../../src/i18n/index.ts';
import { USAGE_EXIT_CODE } from './exit-codes.ts';
import { CommandFailure } from './failure.ts';
import { readWorkbook, writeWorkbook } from './xlsx.ts';

/** The files of the record types a workbook holds, each with its data (parsed by its schema where valid, else as read). */
function sheetFiles(raw: RawContent) {
  return SHEET_TYPES.map(([type, entry]) => {
    const files = ([raw[type]].flat().filter(Boolean) as RawFile[]).map((f) => {
      const parsed = entry.schema.safeParse(f.data);
      return { file: f.file, raw: f.data, data: (parsed.success ? parsed.data : f.data) as object };
    });
    return { type, files };
  });
}

/** The tree's files with `writes` in place of (or beside) those they replace; the tree as read is left as it is. */
function withWrites(records: RawContent, writes: readonly ImportWrite[]): RawContent {
  // Every type a sheet holds is a list of files (the one singleton, site.yaml, has no sheet).
  const files = { ...records } as unknown as Record<string, RawFile[]>;
  for (const w of writes) files[w.type] = [...files[w.type]!.filter((f) => f.file !== w.path), parseYaml(w.text, w.path)];
  return files as unknown as RawContent;
}

/** Whether the tree has programme `programme`. */
export function hasProgramme(contentDir: string, programme: string): boolean {
  return readContent(contentDir).programmes.some((f) => (f.data as { id?: string } | undefined)?.id === programme);
}

/** Writes programme `programme`'s workbook to `out`; returns how many records and sheets it holds. */
export async function exportProgramme(contentDir: string, programme: string, out: string): Promise<{ records: number; sheets: number }> {
  const records: Partial<Record<RecordTypeName, object[]>> = {};
  for (const { type, files } of sheetFiles(readContent(contentDir))) records[type] = files.map((f) => f.data);
  const model = workbookOf(programme, records);
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.partial`;
  writeFileSync(temporary, await writeWorkbook(model));
  renameSync(temporary, out);
  return { records: model.sheets.reduce((n, s) => n + s.rows.length, 0), sheets: model.sheets.length };
}

/**
 * Imports the workbook at `file` into programme `programme` of the tree: writes the changed and new
 * records' files, or, if anything in the workbook is wrong (by the sheets' own reading, or by the
 * content check of the tree it would leave), nothing at all.
 */
export async function importProgramme(contentDir: string, programme: string, file: string): Promise<ImportResult> {
  let sheets: Awaited<ReturnType<typeof readWorkbook>>;
  const bytes = readFileSync(file);
  try {
    sheets = await readWorkbook(bytes);
  } catch (error) {
    // Not a zip at all: an .xls or .et saved under the name, or another file.
    if (!isZip(bytes)) throw new CommandFailure(t('sheets.usage.notWorkbook', { path: file }), USAGE_EXIT_CODE);
    // A zip that ExcelJS cannot read: an .xlsx written by another program (ExcelJS fails on the way
    // some write cell notes, exceljs#2797), which Excel or WPS writes again the way it reads.
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandFailure(t('sheets.usage.unreadableWorkbook', { path: file, reason }), USAGE_EXIT_CODE);
  }
  const existing = new Map<string, ExistingFile>();
  const present: Partial<Record<RecordTypeName, string[]>> = {};
  // The tree read once: for the existing records, the notices' paragraphs and the content check before and after.
  const tree = readContentTree(contentDir);
  const raw = tree.records;
  const typed = sheetFiles(raw);
  for (const { type, files } of typed) {
    for (const f of files) existing.set(f.file, { text: readFileSync(join(contentDir, f.file), 'utf8'), data: f.raw });
    present[type] = files.filter((f) => programmeOf(type, f.data) === programme).map((f) => String((f.data as { id?: string }).id ?? type));
  }
  const sources = new Map<string, readonly QuotableParagraph[]>();
  for (const s of raw.sources) {
    const id = (s.data as { id?: string } | undefined)?.id;
    if (id && s.body !== undefined) sources.set(id, readNoticeBody(s.body, s.bodyLine ?? 1).paragraphs);
  }
  const programmeFile = raw.programmes.find((f) => (f.data as { id?: string } | undefined)?.id === programme);
  const defaultSource = ((programmeFile?.data as { source?: string } | undefined)?.source as string | undefined) ?? null;
  // A level cell holds the programme's own label (县级), as its export offered.
  const programmes = typed.find((f) => f.type === 'programmes')?.files.map((f) => f.data);
  const levels = programmeLevels(programme, programmes);
  const result = importWorkbook({ programme, sheets, existing, present, sources, defaultSource, levels });
  if (result.problems.length === 0 && result.writes.length > 0) {
    // The content check of the tree as the import would leave it, before anything is written.
    const before = validateContent(raw, tree.unplaced).problems;
    const refused = newCheckProblems(result.rows, before, validateContent(withWrites(raw, result.writes), tree.unplaced).problems);
    if (refused.length) return { ...result, writes: [], problems: refused };
  }
  for (const w of result.writes) {
    const path = join(contentDir, w.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, w.text);
  }
  return result;
}

/** Whether the bytes begin as a zip archive does (an .xlsx is one; an .xls or .et is not). */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
